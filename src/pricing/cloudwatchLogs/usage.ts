import { checked, type Checked, type Fields } from '../metering/fields'

/** One log group's (or a set of them) month, as the `cloudwatchLogs` entries of USAGE.json give it. */
export interface CloudwatchLogsUsage {
  /** Default `logs`. */
  readonly name: string
  /** GB ingested in the month (Standard log class). Default 0. */
  readonly ingestedGb: number
  /** GB archived over the month, compressed (GB-months). Default 0. */
  readonly storedGb: number
  /**
   * Vended logs (published by an AWS service, such as VPC Flow Logs), whose ingestion price falls
   * with volume. Default `false`: logs the application writes.
   */
  readonly vended: boolean
}

export function withDefaults(raw: unknown): Checked<CloudwatchLogsUsage> {
  return checked('cloudwatchLogs', ['name', 'ingestedGb', 'storedGb', 'vended'], raw, read)
}

function read(f: Fields): CloudwatchLogsUsage {
  return {
    name: f.string('name', 'logs'),
    ingestedGb: f.number('ingestedGb', 0),
    storedGb: f.number('storedGb', 0),
    vended: f.boolean('vended', false),
  }
}
