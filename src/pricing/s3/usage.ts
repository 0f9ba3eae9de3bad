import { checked, type Checked, type Fields } from '../metering/fields'

/** One bucket's month, as the `s3` entries of USAGE.json give it. */
export interface S3Usage {
  /** Default `bucket`. */
  readonly name: string
  /** PUT, COPY, POST and LIST requests. Default 0. */
  readonly puts: number
  /** GET and other requests. Default 0. */
  readonly gets: number
  /** Average S3 Standard storage over the month, in GB (GB-months). Default 0. */
  readonly storageGb: number
}

export function withDefaults(raw: unknown): Checked<S3Usage> {
  return checked('s3', ['name', 'puts', 'gets', 'storageGb'], raw, read)
}

function read(f: Fields): S3Usage {
  return {
    name: f.string('name', 'bucket'),
    puts: f.number('puts', 0),
    gets: f.number('gets', 0),
    storageGb: f.number('storageGb', 0),
  }
}
