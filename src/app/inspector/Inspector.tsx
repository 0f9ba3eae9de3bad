import './inspector.css'
import type { Resource, ServiceModel } from '../../model/types'
import { kindLabel } from '../../canvas/resourcePresentation'
import {
  selectActions,
  selectCanvasModel,
  selectParsed,
  selectSelectedId,
  selectYamlParses,
} from '../../store/selectors'
import { useDesigner } from '../../store/useDesigner'
import { FunctionInspector } from './FunctionInspector'
import {
  ApiInspector,
  EventBusInspector,
  NamedResourceInspector,
  OpaqueInspector,
  ScheduleInspector,
} from './OtherInspectors'
import { QueueInspector } from './QueueInspector'
import { ServiceSummary } from './ServiceSummary'
import { TableInspector } from './TableInspector'
import { useSourceConfig } from './useInspector'

/**
 * The settings of the selected resource, docked at the canvas's right edge. Every change is one
 * patch of `serverless.yml`; the fields read the model, so undo and YAML edits show at once.
 */
export function Inspector() {
  const model = useDesigner(selectCanvasModel)
  const selectedId = useDesigner(selectSelectedId)
  const parses = useDesigner(selectYamlParses)
  const resource = selectedId ? model.resources.find((r) => r.id === selectedId) : undefined
  return (
    <div className="inspector" data-testid="inspector">
      {resource ? (
        <>
          <InspectorHeader resource={resource} />
          {!parses && (
            <p className="inspector-stale" role="status">
              The YAML does not parse: fix it to edit here. Showing the last valid version.
            </p>
          )}
          {/* A disabled fieldset disables every control inside it in one place. */}
          <fieldset className="inspector-body" disabled={!parses}>
            <ResourceInspector key={resource.id} resource={resource} model={model} />
          </fieldset>
        </>
      ) : (
        <ServiceSummary model={model} />
      )}
    </div>
  )
}

function InspectorHeader({ resource }: { resource: Resource }) {
  const { revealLine, select } = useDesigner(selectActions)
  const range = useDesigner(selectParsed).ranges[resource.id]
  return (
    <header className="inspector-header">
      <span className="inspector-header__kind" data-testid="inspector.kind">
        {kindLabel(resource.kind)}
      </span>
      <h2 className="inspector-header__name" data-testid="inspector.title">
        {resource.name}
      </h2>
      <div className="inspector-header__actions">
        {range && (
          <button
            type="button"
            className="inspector-link"
            data-testid="inspector.reveal"
            onClick={() => revealLine(range.start.line, range.start.column)}
          >
            Show in serverless.yml
          </button>
        )}
        <button
          type="button"
          className="inspector-button inspector-button--icon"
          aria-label="Close the inspector (clear the selection)"
          data-testid="inspector.close"
          onClick={() => select(null, 'inspector')}
        >
          ×
        </button>
      </div>
    </header>
  )
}

function ResourceInspector({ resource, model }: { resource: Resource; model: ServiceModel }) {
  const config = useSourceConfig()
  switch (resource.kind) {
    case 'function':
      return <FunctionInspector fn={resource} model={model} config={config} />
    case 'table':
      return <TableInspector table={resource} />
    case 'queue':
      return <QueueInspector queue={resource} model={model} />
    case 'bucket':
    case 'topic':
      return <NamedResourceInspector resource={resource} config={config} />
    case 'schedule':
      return <ScheduleInspector schedule={resource} config={config} />
    case 'restApi':
    case 'httpApi':
    case 'websocketApi':
      return <ApiInspector api={resource} />
    case 'eventBus':
      return <EventBusInspector bus={resource} />
    case 'opaque':
      return <OpaqueInspector resource={resource} />
  }
}
