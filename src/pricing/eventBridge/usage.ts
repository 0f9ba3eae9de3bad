import { checked, type Checked, type Fields } from '../metering/fields'

/** One event bus's month, as the `eventBridge` entries of USAGE.json give it. */
export interface EventBridgeUsage {
  /** Default `bus`. */
  readonly name: string
  /** Custom events put on the bus. Events from AWS services are free and not counted. Default 0. */
  readonly events: number
  /** Average event size, billed per started 64 KB chunk. Default 1 KB (one chunk). */
  readonly avgEventKb: number
}

/** Events can be up to 1 MB since January 2026 (L-1MB). */
const MAX_EVENT_KB = 1024

export function withDefaults(raw: unknown): Checked<EventBridgeUsage> {
  return checked('eventBridge', ['name', 'events', 'avgEventKb'], raw, read)
}

function read(f: Fields): EventBridgeUsage {
  return {
    name: f.string('name', 'bus'),
    events: f.number('events', 0),
    avgEventKb: f.number('avgEventKb', 1, MAX_EVENT_KB),
  }
}
