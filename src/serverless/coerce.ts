import type { Plain } from './plain'
import { containsVariable } from './variableSyntax'

export type PlainMap = { readonly [key: string]: Plain }

export function isPlainMap(value: Plain | undefined): value is PlainMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A text still holding a variable we could not resolve: its type is unknown, not wrong. */
export function isUnresolved(value: Plain | undefined): boolean {
  return typeof value === 'string' && containsVariable(value)
}

/** Describe a value for a "wrong type" message. */
export function describe(value: Plain | undefined): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'an empty value'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a map'
  if (typeof value === 'string')
    return `'${value.length > 40 ? `${value.slice(0, 37)}...` : value}'`
  return String(value)
}

export type Coerced<T> =
  { readonly ok: true; readonly value: T | undefined } | { readonly ok: false }

/** A number, or a text that is one (`'512'`); absent and unresolved values are `undefined`. */
export function asNumber(value: Plain | undefined): Coerced<number> {
  if (value === undefined || value === null || isUnresolved(value))
    return { ok: true, value: undefined }
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value }
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) {
    return { ok: true, value: Number(value) }
  }
  return { ok: false }
}

export function asText(value: Plain | undefined): Coerced<string> {
  if (value === undefined || value === null) return { ok: true, value: undefined }
  if (typeof value === 'string') return { ok: true, value }
  if (typeof value === 'number' || typeof value === 'boolean')
    return { ok: true, value: String(value) }
  return { ok: false }
}

export function asBoolean(value: Plain | undefined): Coerced<boolean> {
  if (value === undefined || value === null || isUnresolved(value))
    return { ok: true, value: undefined }
  if (typeof value === 'boolean') return { ok: true, value }
  if (value === 'true' || value === 'false') return { ok: true, value: value === 'true' }
  return { ok: false }
}

/** A list as a list, a single value as a list of one; absent as empty. */
export function asList(value: Plain | undefined): readonly Plain[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

/** A text that is a resolved, usable name (no leftover variables). */
export function resolvedText(value: Plain | undefined): string | undefined {
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' && value !== '' && !containsVariable(value) ? value : undefined
}
