import '@xyflow/react/dist/style.css'
import './canvas.css'
import { ReactFlowProvider } from '@xyflow/react'
import {
  selectActions,
  selectCanvasModel,
  selectDiagnostics,
  selectDocument,
  selectYamlParses,
} from '../store/selectors'
import { useDesigner } from '../store/useDesigner'
import { ServiceGraph } from './ServiceGraph'
import { describeError, firstError } from './staleBanner'

/** Shown while the text does not parse: the diagram is the last good one, and read-only. */
function StaleBanner() {
  const diagnostics = useDesigner(selectDiagnostics)
  const { revealLine } = useDesigner(selectActions)
  const error = firstError(diagnostics)
  return (
    <div className="canvas-banner" role="status" data-testid="canvas.banner">
      <span className="canvas-banner__text">
        The YAML has an error, so the diagram shows the last valid version and cannot be edited.
        {error && <strong> {describeError(error)}</strong>}
      </span>
      {error && (
        <button
          type="button"
          className="canvas-banner__action"
          data-testid="canvas.banner.reveal"
          onClick={() => revealLine(error.line, error.column)}
        >
          Show in editor
        </button>
      )}
    </div>
  )
}

/** The diagram of the service. Remounted per opened design, so the view fits each new one. */
export default function Canvas() {
  const { id } = useDesigner(selectDocument)
  const empty = useDesigner(selectCanvasModel).resources.length === 0
  const parses = useDesigner(selectYamlParses)
  const readOnly = useDesigner((state) => state.readOnly)
  return (
    <section
      className={`canvas${parses ? '' : ' is-stale'}`}
      data-testid="canvas"
      data-stale={parses ? 'false' : 'true'}
      aria-label="Service diagram"
    >
      <ReactFlowProvider key={id}>
        <ServiceGraph editable={parses && !readOnly} />
      </ReactFlowProvider>
      {!parses && <StaleBanner />}
      {empty && (
        <p className="canvas-empty">
          No resources yet. Drag one from the palette, or add a function under{' '}
          <code>functions:</code> in serverless.yml.
        </p>
      )}
    </section>
  )
}
