import { isPlainMap, type Plain, type PlainMap } from '../serverless'

/** Small readers over resolved configuration values. */

export function mapAt(value: Plain | undefined, ...keys: string[]): PlainMap | undefined {
  let current: Plain | undefined = value
  for (const key of keys) current = isPlainMap(current) ? current[key] : undefined
  return isPlainMap(current) ? current : undefined
}

/** A text with no unresolved variable; numbers as text. */
export function text(value: Plain | undefined): string | undefined {
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' && value !== '' && !value.includes('${') ? value : undefined
}

export function texts(value: Plain | undefined): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.map(text).filter((t): t is string => t !== undefined)
}

export function bool(value: Plain | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (value === 'true' || value === 'false') return value === 'true'
  return undefined
}

export function num(value: Plain | undefined): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value)
  return undefined
}

/** A name usable as a component key and a model name: letters and digits only. */
export function safeName(name: string, fallback: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter((w) => w !== '')
  const joined = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('')
  return joined === '' ? fallback : joined
}

/** `pascal('get-user')` → `GetUser`. */
export function pascal(name: string): string {
  const safe = safeName(name, 'X')
  return safe[0]!.toUpperCase() + safe.slice(1)
}
