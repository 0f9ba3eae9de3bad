/**
 * Readers for the fields of a stored record. A stored record is untrusted input: it may have been
 * written by an older or newer release, edited in the browser's developer tools, or damaged. Each
 * reader either returns a value of the right type or throws a `RecordRefusal` naming the field,
 * which the validator turns into a reason shown to the user.
 */

/** What a saved design may hold. Anything beyond this is damage, not a design. */
export const LIMITS = {
  /** Characters of YAML text (2 MB of ASCII): far above any real serverless.yml. */
  yamlLength: 2 * 1024 * 1024,
  nameLength: 500,
  idLength: 200,
  positions: 10_000,
  /** A coordinate further out than this is a damaged value, not a layout. */
  coordinate: 1_000_000,
} as const

/** Thrown by the readers below and caught where a record is validated; it never escapes. */
export class RecordRefusal extends Error {}

export function refuse(reason: string): never {
  throw new RecordRefusal(reason)
}

export type UnknownRecord = Readonly<Record<string, unknown>>

export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An own property only: an inherited one (a polluted prototype) is not part of the record. */
export function field(record: UnknownRecord, name: string): unknown {
  return Object.hasOwn(record, name) ? record[name] : undefined
}

/** How a value reads in a reason: "a string", "null", "NaN", "an array". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'missing'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  const type = typeof value
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}

function describeLength(characters: number): string {
  const megabytes = characters / (1024 * 1024)
  return megabytes >= 1 ? `${megabytes} MB` : `${characters} characters`
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

export function isCoordinate(value: unknown): value is number {
  return isFiniteNumber(value) && Math.abs(value) <= LIMITS.coordinate
}

function present(record: UnknownRecord, name: string): unknown {
  const value = field(record, name)
  if (value === undefined) refuse(`field "${name}" is missing`)
  return value
}

export function requireString(
  record: UnknownRecord,
  name: string,
  rules: { readonly maxLength: number; readonly nonEmpty?: boolean },
): string {
  const value = present(record, name)
  if (typeof value !== 'string')
    refuse(`field "${name}" must be a string, not ${describeValue(value)}`)
  if (rules.nonEmpty === true && value.length === 0) refuse(`field "${name}" is empty`)
  if (value.length > rules.maxLength) {
    refuse(`field "${name}" is longer than the limit of ${describeLength(rules.maxLength)}`)
  }
  return value
}

/** Milliseconds since the epoch. */
export function requireTimestamp(record: UnknownRecord, name: string): number {
  const value = present(record, name)
  if (!isFiniteNumber(value))
    refuse(`field "${name}" must be a time in milliseconds, not ${describeValue(value)}`)
  return value
}

/**
 * A map of positions by resource id. The field itself must be an object; a single entry that is
 * not a usable point is dropped rather than refusing the design, because a resource without a
 * position is simply placed by the auto layout.
 */
export function collectPositions<P>(
  record: UnknownRecord,
  name: string,
  readPoint: (value: unknown) => P | undefined,
): Record<string, P> {
  const value = present(record, name)
  if (!isRecord(value)) refuse(`field "${name}" must be an object, not ${describeValue(value)}`)
  const ids = Object.keys(value)
  if (ids.length > LIMITS.positions) {
    refuse(`field "${name}" has more than ${LIMITS.positions} entries`)
  }
  const points: [string, P][] = []
  for (const id of ids) {
    const point = readPoint(field(value, id))
    if (point !== undefined) points.push([id, point])
  }
  // fromEntries defines own properties, so an id such as "__proto__" stays a plain key.
  return Object.fromEntries(points)
}
