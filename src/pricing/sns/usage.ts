import { checked, type Checked, type Fields } from '../metering/fields'

/** One topic's month, as the `sns` entries of USAGE.json give it. */
export interface SnsUsage {
  /** Default `topic`. */
  readonly name: string
  /** Messages published. Default 0. */
  readonly publishes: number
  /** Average message size, billed per started 64 KB chunk. Default 1 KB (one chunk). */
  readonly avgMessageKb: number
  /** Deliveries to HTTP/S endpoints. Default 0. (Deliveries to SQS and Lambda are free.) */
  readonly httpDeliveries: number
  /** Deliveries to email addresses. Default 0. */
  readonly emailDeliveries: number
}

const FIELDS = ['name', 'publishes', 'avgMessageKb', 'httpDeliveries', 'emailDeliveries'] as const

export function withDefaults(raw: unknown): Checked<SnsUsage> {
  return checked('sns', FIELDS, raw, read)
}

function read(f: Fields): SnsUsage {
  return {
    name: f.string('name', 'topic'),
    publishes: f.number('publishes', 0),
    avgMessageKb: f.number('avgMessageKb', 1),
    httpDeliveries: f.number('httpDeliveries', 0),
    emailDeliveries: f.number('emailDeliveries', 0),
  }
}
