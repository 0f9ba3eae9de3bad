import type { Plain } from '../../serverless/plain'
import { HTTP_METHODS, S3_EVENT_TYPES, type EventView } from './eventViews'
import { CommitInput, ReadOnly, SelectInput, options } from './fields'
import { eventPatch, unchanged, type FormChange } from './functionPatches'
import { useApplyChange } from './useInspector'
import {
  checkBatchSize,
  checkOptionalInteger,
  checkPath,
  checkScheduleExpression,
  type Checked,
} from './validation'

interface Props {
  /** The owning function's key and the event's index in its `events`. */
  readonly fn: string
  readonly index: number
  readonly view: EventView
  readonly fifo?: boolean
}

/** An event's own settings, each written with `updateEvent` on the owning function. */
export function EventSettings({ fn, index, view, fifo = false }: Props) {
  const ids = `inspector.event.${index}`
  const setting = (key: string, checked: Checked<Plain | undefined>, current: Plain | undefined) =>
    checkedSetting(fn, index, key, checked, current)
  switch (view.kind) {
    case 'api': {
      const method = view.method === '*' ? 'ANY' : view.method
      return (
        <>
          <CommitInput
            testId={`${ids}.path`}
            label="Path"
            value={view.path}
            commit={(raw) => setting('path', checkPath(raw), view.path)}
          />
          <SelectInput
            testId={`${ids}.method`}
            label="Method"
            value={method}
            options={options(HTTP_METHODS)}
            change={(choice) =>
              choice === method
                ? null
                : eventPatch(fn, index, {
                    method: view.type === 'http' ? choice.toLowerCase() : choice,
                  })
            }
          />
        </>
      )
    }
    case 'schedule':
      return <ScheduleSettings fn={fn} index={index} view={view} />
    case 'batch': {
      const source = view.type === 'stream' ? 'stream' : fifo ? 'sqsFifo' : 'sqs'
      return (
        <>
          <ReadOnly testId={`${ids}.source`} label="Source" value={view.summary} />
          <CommitInput
            testId={`${ids}.batchSize`}
            label="Batch size"
            numeric
            placeholder="Default (10 for SQS, 100 for streams)"
            value={view.batchSize === undefined ? '' : String(view.batchSize)}
            commit={(raw) =>
              setting(
                'batchSize',
                raw.trim() === ''
                  ? checkOptionalInteger(raw, { label: '', min: 1 })
                  : checkBatchSize(raw, source),
                view.batchSize,
              )
            }
          />
        </>
      )
    }
    case 's3':
      return (
        <>
          <ReadOnly testId={`${ids}.bucket`} label="Bucket" value={view.bucket} />
          <SelectInput
            testId={`${ids}.s3Event`}
            label="Event type"
            value={view.event}
            options={options(
              (S3_EVENT_TYPES as readonly string[]).includes(view.event)
                ? S3_EVENT_TYPES
                : [view.event, ...S3_EVENT_TYPES],
            )}
            change={(choice) =>
              choice === view.event ? null : eventPatch(fn, index, { event: choice })
            }
          />
        </>
      )
    case 'other':
      return <ReadOnly testId={`${ids}.summary`} label="Settings" value={view.summary || '—'} />
  }
}

/** The rate (when there is one to edit) and the on/off switch of a schedule event. */
export function ScheduleSettings(props: {
  fn: string
  index: number
  view: Extract<EventView, { kind: 'schedule' }>
}) {
  const { fn, index, view } = props
  const apply = useApplyChange()
  const ids = `inspector.event.${index}`
  return (
    <>
      {view.rate === undefined ? (
        <ReadOnly testId={`${ids}.rate`} label="Rates" value={view.summary} />
      ) : (
        <CommitInput
          testId={`${ids}.rate`}
          label="Rate"
          value={view.rate}
          placeholder="rate(5 minutes)"
          commit={(raw) =>
            checkedSetting(fn, index, 'rate', checkScheduleExpression(raw), view.rate)
          }
        />
      )}
      <div className="inspector-field inspector-field--inline">
        <input
          id={`${fn}-${index}-enabled`}
          type="checkbox"
          data-testid={`${ids}.enabled`}
          checked={view.enabled}
          onChange={(event) =>
            apply(eventPatch(fn, index, { enabled: event.target.checked ? undefined : false }))
          }
        />
        <label htmlFor={`${fn}-${index}-enabled`}>Enabled</label>
      </div>
    </>
  )
}

export function checkedSetting(
  fn: string,
  index: number,
  key: string,
  checked: Checked<Plain | undefined>,
  current: Plain | undefined,
): FormChange {
  if (!checked.ok) return checked
  if (checked.value === current) return unchanged
  return { ok: true, patch: eventPatch(fn, index, { [key]: checked.value }) }
}
