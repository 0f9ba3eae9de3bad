import type { Plain } from './plain'

/**
 * A value as one line of text for the inspector and the CLI: intrinsic functions in the short
 * form people write (`!Ref Table`, `!GetAtt Queue.Arn`), collections in flow style.
 */
export function displayValue(value: Plain): string {
  if (value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return `[${value.map(nested).join(', ')}]`
  const keys = Object.keys(value)
  if (keys.length === 1) {
    const key = keys[0]!
    const arg = value[key] ?? null
    if (key === 'Ref' && typeof arg === 'string') return `!Ref ${arg}`
    if (key === 'Fn::GetAtt' && Array.isArray(arg)) return `!GetAtt ${arg.map(nested).join('.')}`
    if (key === 'Fn::GetAtt' && typeof arg === 'string') return `!GetAtt ${arg}`
    if (key === 'Fn::Sub' && typeof arg === 'string') return `!Sub ${arg}`
    if (key.startsWith('Fn::')) return `!${key.slice(4)} ${nested(arg)}`
  }
  return `{${keys.map((k) => `${k}: ${nested(value[k] ?? null)}`).join(', ')}}`
}

function nested(value: Plain): string {
  if (typeof value === 'string' && (value === '' || /[,[\]{}:]/.test(value))) {
    return `'${value.replace(/'/g, "''")}'`
  }
  const text = displayValue(value)
  return typeof value === 'object' && value !== null && text.startsWith('!') ? `(${text})` : text
}
