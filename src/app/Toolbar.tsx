import { useId } from 'react'
import { selectDocument } from '../store/selectors'
import { useDesigner } from '../store/useDesigner'
import type { Example } from './exampleCatalog'

interface ToolbarProps {
  readonly examples: readonly Example[]
  /** The example the open design came from, if any. */
  readonly exampleName: string | undefined
  readonly onOpenExample: (example: Example) => void
}

export function Toolbar({ examples, exampleName, onOpenExample }: ToolbarProps) {
  const { name } = useDesigner(selectDocument)
  const examplesId = useId()

  return (
    <header className="toolbar" data-testid="toolbar">
      <div className="toolbar__brand">
        <svg className="toolbar__logo" viewBox="0 0 24 24" aria-hidden="true">
          <rect x="2" y="4" width="7" height="6" rx="1.5" />
          <rect x="15" y="14" width="7" height="6" rx="1.5" />
          <path d="M9 7h3a2 2 0 0 1 2 2v6a2 2 0 0 0 2 2" fill="none" />
        </svg>
        <span className="toolbar__product">Serverless Canvas</span>
      </div>
      <span className="toolbar__divider" aria-hidden="true" />
      <h1 className="toolbar__design" data-testid="toolbar.designName" title={name}>
        {name}
      </h1>
      <div className="toolbar__spacer" />
      <label className="toolbar__field" htmlFor={examplesId}>
        Examples
      </label>
      <select
        id={examplesId}
        className="toolbar__select"
        data-testid="toolbar.examples"
        value={exampleName ?? ''}
        onChange={(event) => {
          const example = examples.find((candidate) => candidate.name === event.target.value)
          if (example) onOpenExample(example)
        }}
      >
        {exampleName === undefined && (
          <option value="" disabled>
            Open an example…
          </option>
        )}
        {examples.map((example) => (
          <option key={example.name} value={example.name} title={example.summary}>
            {example.title}
          </option>
        ))}
      </select>
    </header>
  )
}
