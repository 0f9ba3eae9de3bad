import { lazy, Suspense, useCallback, useState } from 'react'
import Canvas from '../canvas/Canvas'
import { selectActions } from '../store/selectors'
import { useDesigner } from '../store/useDesigner'
import { EditorStatus } from './EditorStatus'
import type { Example } from './exampleCatalog'
import { PanelErrorBoundary } from './PanelErrorBoundary'
import { Toolbar } from './Toolbar'

// Monaco is ~4 MB: load it after the canvas is up, never in the entry chunk.
const YamlEditor = lazy(() => import('../editor/YamlEditor'))

interface AppProps {
  readonly examples: readonly Example[]
  readonly initialExample: string | undefined
}

/** Reflect the open example in the address bar, so a reload or a shared link reopens it. */
function rememberExampleInUrl(name: string): void {
  const url = new URL(window.location.href)
  url.searchParams.set('example', name)
  window.history.replaceState(window.history.state, '', url)
}

export function App({ examples, initialExample }: AppProps) {
  const { openDesign } = useDesigner(selectActions)
  const [exampleName, setExampleName] = useState(initialExample)

  const openExample = useCallback(
    (example: Example) => {
      openDesign({ designId: crypto.randomUUID(), name: example.title, yamlText: example.yamlText })
      setExampleName(example.name)
      rememberExampleInUrl(example.name)
    },
    [openDesign],
  )

  return (
    <div className="app">
      <Toolbar examples={examples} exampleName={exampleName} onOpenExample={openExample} />
      <main className="workspace">
        <PanelErrorBoundary panel="The canvas">
          <Canvas />
        </PanelErrorBoundary>
        <section className="editor-pane" aria-label="serverless.yml">
          <header className="pane-header">
            <span className="pane-header__tab" aria-current="page">
              serverless.yml
            </span>
            <EditorStatus />
          </header>
          <PanelErrorBoundary panel="The editor">
            <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
              <YamlEditor />
            </Suspense>
          </PanelErrorBoundary>
        </section>
      </main>
    </div>
  )
}
