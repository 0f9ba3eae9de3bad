/**
 * Strict reading of a JSON object at a path: unknown fields refused, each value checked for its
 * type and range, and every problem thrown as a `ScenarioError` naming the field's full path
 * (`traffic[0].pattern.rps: must be a number ≥ 0, got "ten"`).
 */
export class ScenarioError extends Error {}

/** The range a number must fall in; the message is built from it. */
export interface NumberRule {
  /** Inclusive lower bound. */
  readonly min?: number
  /** Exclusive lower bound. */
  readonly above?: number
  readonly max?: number
  readonly integer?: boolean
}

export const NON_NEGATIVE: NumberRule = { min: 0 }
export const POSITIVE: NumberRule = { above: 0 }

export function fail(path: string, problem: string): never {
  throw new ScenarioError(`${path}: ${problem}`)
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`
  return path === '' ? key : `${path}.${key}`
}

export function shown(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return JSON.stringify(value)
  return String(value)
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function listAt(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) fail(path, `must be a list, got ${shown(value)}`)
  return value
}

export function checkNumber(value: unknown, path: string, rule: NumberRule): number {
  const { min, above, max, integer } = rule
  const what = [
    integer ? 'a whole number' : 'a number',
    min !== undefined ? `≥ ${min}` : '',
    above !== undefined ? `> ${above}` : '',
    max !== undefined ? `and ≤ ${max}` : '',
  ]
    .filter(Boolean)
    .join(' ')
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!integer || Number.isInteger(value)) &&
    (min === undefined || value >= min) &&
    (above === undefined || value > above) &&
    (max === undefined || value <= max)
  if (!ok) fail(path, `must be ${what}, got ${shown(value)}`)
  return value
}

export function checkOneOf<T extends string>(
  value: unknown,
  path: string,
  options: readonly T[],
): T {
  const match = options.find((option) => option === value)
  if (match === undefined) {
    fail(path, `must be one of ${options.map((o) => `"${o}"`).join(', ')}, got ${shown(value)}`)
  }
  return match
}

/** The fields of one object, read by name. */
export interface Fields {
  readonly path: string
  has(key: string): boolean
  raw(key: string): unknown
  number(key: string, fallback: number, rule: NumberRule): number
  optionalNumber(key: string, rule: NumberRule): number | undefined
  requiredNumber(key: string, rule: NumberRule): number
  oneOf<T extends string>(key: string, options: readonly T[], fallback: T): T
  boolean(key: string, fallback: boolean): boolean
  string(key: string): string
  optionalString(key: string): string | undefined
}

/** `value` must be an object whose keys are all in `known`. */
export function fieldsOf(value: unknown, path: string, known: readonly string[]): Fields {
  if (!isObject(value)) fail(path || 'the scenario', `must be an object, got ${shown(value)}`)
  const stray = Object.keys(value).find((key) => !known.includes(key))
  if (stray !== undefined) {
    fail(join(path, stray), `unknown field (expected one of ${known.join(', ')})`)
  }
  const at = (key: string) => join(path, key)
  const present = (key: string) => value[key] !== undefined
  const requiredNumber = (key: string, rule: NumberRule) =>
    present(key) ? checkNumber(value[key], at(key), rule) : fail(at(key), 'is required')
  const string = (key: string): string => {
    const v = value[key]
    if (typeof v !== 'string' || v.trim() === '') {
      return present(key)
        ? fail(at(key), `must be a non-empty string, got ${shown(v)}`)
        : fail(at(key), 'is required')
    }
    return v
  }
  return {
    path,
    has: present,
    raw: (key) => value[key],
    number: (key, fallback, rule) => (present(key) ? requiredNumber(key, rule) : fallback),
    optionalNumber: (key, rule) => (present(key) ? requiredNumber(key, rule) : undefined),
    requiredNumber,
    oneOf: (key, options, fallback) =>
      present(key) ? checkOneOf(value[key], at(key), options) : fallback,
    boolean(key, fallback) {
      if (!present(key)) return fallback
      const v = value[key]
      return typeof v === 'boolean' ? v : fail(at(key), `must be true or false, got ${shown(v)}`)
    },
    string,
    optionalString: (key) => (present(key) ? string(key) : undefined),
  }
}

/** `{ [key]: value }`, or nothing when the value is absent: spread into a result object. */
export function whenDefined<T>(key: string, value: T | undefined): Record<string, T> {
  return value === undefined ? {} : { [key]: value }
}
