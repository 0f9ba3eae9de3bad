import type { FunctionResource, ServiceModel } from '../../model/types'
import { EventSettings } from './EventSettings'
import { eventView } from './eventViews'
import { Section } from './fields'
import { removeEventPatch } from './functionPatches'
import type { FunctionSource } from './sourceConfig'
import { useApplyChange } from './useInspector'

interface Props {
  readonly fn: FunctionResource
  readonly model: ServiceModel
  readonly source: FunctionSource
}

/** What invokes the function: one block per event, with the settings of its type. */
export function EventsEditor({ fn, model, source }: Props) {
  const apply = useApplyChange()
  return (
    <Section title="Events">
      {source.events.length === 0 && (
        <p className="inspector-empty">
          No events: connect a source to this function on the canvas.
        </p>
      )}
      <ol className="inspector-list">
        {source.events.map((event) => (
          <li
            key={event.index}
            className="inspector-event"
            data-testid={`inspector.event.${event.index}`}
          >
            <header className="inspector-event__header">
              <span className="inspector-event__type">{event.type}</span>
              <button
                type="button"
                className="inspector-button inspector-button--icon"
                aria-label={`Remove event ${event.index + 1} (${event.type})`}
                data-testid={`inspector.event.${event.index}.remove`}
                onClick={() => apply(removeEventPatch(fn.name, event.index))}
              >
                ×
              </button>
            </header>
            <EventSettings
              fn={fn.name}
              index={event.index}
              view={eventView(event)}
              fifo={fifoSource(model, fn, event.index)}
            />
          </li>
        ))}
      </ol>
    </Section>
  )
}

/** An SQS event reading a FIFO queue takes batches of at most 10. */
function fifoSource(model: ServiceModel, fn: FunctionResource, index: number): boolean {
  const edge = model.edges.find(
    (e) => e.kind === 'trigger' && e.to === fn.id && e.eventIndex === index,
  )
  const from = edge && model.resources.find((r) => r.id === edge.from)
  return from?.kind === 'queue' && from.fifo
}
