import { useState } from 'react'
import { selectActions, selectDocument } from '../../store/selectors'
import { useDesigner } from '../../store/useDesigner'

/** The open design's name; click (or Enter) to rename it in place. */
export function DesignNameField() {
  const { name } = useDesigner(selectDocument)
  const { renameDesign } = useDesigner(selectActions)
  const [draft, setDraft] = useState<string | null>(null)

  if (draft === null) {
    return (
      <button
        type="button"
        className="toolbar__design"
        data-testid="toolbar.designName"
        title={`${name} (click to rename)`}
        aria-label={`Design name: ${name}. Rename`}
        onClick={() => setDraft(name)}
      >
        {name}
      </button>
    )
  }

  const commit = () => {
    renameDesign(draft)
    setDraft(null)
  }
  return (
    <input
      className="toolbar__design-input"
      data-testid="toolbar.designNameInput"
      aria-label="Design name"
      value={draft}
      maxLength={200}
      // The field replaces the button the user just activated; focus follows.
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit()
        else if (event.key === 'Escape') setDraft(null)
      }}
    />
  )
}
