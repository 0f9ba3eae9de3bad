import { checked, type Checked, type Fields } from '../metering/fields'

/** One queue's month, as the `sqs` entries of USAGE.json give it. */
export interface SqsUsage {
  /** Default `queue`. */
  readonly name: string
  /** API actions (send, receive, delete... each counts). Default 0. */
  readonly requests: number
  /** Average payload of an action, billed per started 64 KB chunk. Default 1 KB (one chunk). */
  readonly avgMessageKb: number
  /** A FIFO queue. Default `false` (Standard). */
  readonly fifo: boolean
}

/** Messages can be up to 1 MiB since 2025–26 (L-1MB). */
const MAX_MESSAGE_KB = 1024

export function withDefaults(raw: unknown): Checked<SqsUsage> {
  return checked('sqs', ['name', 'requests', 'avgMessageKb', 'fifo'], raw, read)
}

function read(f: Fields): SqsUsage {
  return {
    name: f.string('name', 'queue'),
    requests: f.number('requests', 0),
    avgMessageKb: f.number('avgMessageKb', 1, MAX_MESSAGE_KB),
    fifo: f.boolean('fifo', false),
  }
}
