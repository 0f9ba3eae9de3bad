/**
 * Strict reading of one USAGE.json entry: every field checked for its type, unknown fields
 * refused, and each error names the service and field so the user can fix the file.
 */
export type Checked<T> = { ok: true; usage: T } | { ok: false; error: string }

export class UsageError extends Error {}

export interface Fields {
  number(field: string, fallback: number, max?: number): number
  /** A number, or `null` (also when left out) for a default the caller resolves later. */
  numberOrNull(field: string): number | null
  string(field: string, fallback: string): string
  boolean(field: string, fallback: boolean): boolean
  oneOf<T extends string>(field: string, values: readonly T[], fallback: T): T
  has(field: string): boolean
  fail(field: string, problem: string): never
}

/** Runs `read` over `raw`, turning the first problem found into `{ ok: false, error }`. */
export function checked<T>(
  service: string,
  known: readonly string[],
  raw: unknown,
  read: (fields: Fields) => T,
): Checked<T> {
  try {
    return { ok: true, usage: read(fieldsOf(service, known, raw)) }
  } catch (e) {
    if (e instanceof UsageError) return { ok: false, error: e.message }
    throw e
  }
}

function fieldsOf(service: string, known: readonly string[], raw: unknown): Fields {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new UsageError(`${service}: each entry must be an object, got ${shown(raw)}`)
  }
  const record = raw as Record<string, unknown>
  const stray = Object.keys(record).find((key) => !known.includes(key))
  if (stray !== undefined) {
    throw new UsageError(`${service}.${stray}: unknown field (known: ${known.join(', ')})`)
  }
  const fail = (field: string, problem: string): never => {
    throw new UsageError(`${service}.${field}: ${problem}`)
  }
  const value = (field: string): unknown => record[field]
  const number = (field: string, fallback: number, max = Infinity): number => {
    const v = value(field)
    if (v === undefined) return fallback
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      return fail(field, `must be a number ≥ 0, got ${shown(v)}`)
    }
    if (v > max) return fail(field, `must be at most ${max}, got ${v}`)
    return v
  }
  return {
    fail,
    has: (field) => record[field] !== undefined,
    number,
    numberOrNull: (field) => (value(field) == null ? null : number(field, 0)),
    string(field, fallback) {
      const v = value(field)
      if (v === undefined) return fallback
      if (typeof v !== 'string' || v.trim() === '') {
        return fail(field, `must be a non-empty string, got ${shown(v)}`)
      }
      return v
    },
    boolean(field, fallback) {
      const v = value(field)
      if (v === undefined) return fallback
      if (typeof v !== 'boolean') return fail(field, `must be true or false, got ${shown(v)}`)
      return v
    },
    oneOf(field, values, fallback) {
      const v = value(field)
      if (v === undefined) return fallback
      const match = values.find((allowed) => allowed === v)
      if (match === undefined)
        return fail(field, `must be one of ${values.join(', ')}, got ${shown(v)}`)
      return match
    },
  }
}

function shown(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'object') return 'an object'
  return String(value)
}
