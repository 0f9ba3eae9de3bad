/**
 * The syntax of Serverless Framework variables: `${source:address, fallback, 'literal'}`, nested
 * (`${self:custom.${sls:stage}}`). Only scanning and splitting here; `variables.ts` resolves.
 * CloudFormation's own `${AWS::Region}` / `${Table.Arn}` (in `!Sub`) are not variables and are
 * recognised as such, so they are left alone.
 */

export interface VariableSpan {
  /** Offset of `$` in the text. */
  readonly start: number
  /** Offset just past the closing `}`. */
  readonly end: number
  /** The text between `${` and `}`. */
  readonly content: string
}

/** Top-level `${...}` spans of `text`, in order. An unclosed `${` ends the scan. */
export function findVariables(text: string): VariableSpan[] {
  const spans: VariableSpan[] = []
  let i = text.indexOf('${')
  while (i >= 0) {
    const end = closingBrace(text, i + 2)
    if (end < 0) break
    spans.push({ start: i, end: end + 1, content: text.slice(i + 2, end) })
    i = text.indexOf('${', end + 1)
  }
  return spans
}

/** Offset of the `}` that closes a `${` whose content starts at `from`, or -1. */
function closingBrace(text: string, from: number): number {
  let depth = 0
  let quote: string | null = null
  for (let i = from; i < text.length; i++) {
    const ch = text[i]
    if (quote) {
      if (ch === quote) quote = null
      continue
    }
    if (ch === "'" || ch === '"') {
      // A quote only opens a literal at the start of a fallback (`${a, 'x'}`), not inside words.
      const before = text.slice(from, i).trimEnd()
      if (before === '' || before.endsWith(',')) quote = ch
    } else if (ch === '{') depth++
    else if (ch === '}') {
      if (depth === 0) return i
      depth--
    }
  }
  return -1
}

/** Split on commas outside quotes, parentheses and nested `${}`. */
export function splitTopLevel(content: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quote: string | null = null
  let start = 0
  for (let i = 0; i < content.length; i++) {
    const ch = content[i]
    if (quote) {
      if (ch === quote) quote = null
      continue
    }
    if ((ch === "'" || ch === '"') && content.slice(start, i).trim() === '') quote = ch
    else if (ch === '{' || ch === '(') depth++
    else if ((ch === '}' || ch === ')') && depth > 0) depth--
    else if (ch === ',' && depth === 0) {
      parts.push(content.slice(start, i))
      start = i + 1
    }
  }
  parts.push(content.slice(start))
  return parts
}

export type VariableSource =
  | { readonly kind: 'literal'; readonly value: string | number | boolean }
  /** `self:custom.x`, `env:X`, `file(./a.yml):key`, `strToBool(true)`. */
  | {
      readonly kind: 'source'
      readonly name: string
      readonly argument?: string
      readonly address: string
      readonly text: string
    }
  | { readonly kind: 'none' }

/** One comma-separated part of a variable. */
export function parseSource(part: string): VariableSource {
  const text = part.trim()
  const quoted = /^'([^']*)'$/.exec(text) ?? /^"([^"]*)"$/.exec(text)
  if (quoted) return { kind: 'literal', value: quoted[1]! }
  if (/^-?\d+(\.\d+)?$/.test(text)) return { kind: 'literal', value: Number(text) }
  if (text === 'true' || text === 'false') return { kind: 'literal', value: text === 'true' }
  const call = /^([A-Za-z]\w*)\(([^)]*)\)(?::(.*))?$/s.exec(text)
  if (call) {
    return {
      kind: 'source',
      name: call[1]!,
      argument: call[2]!.trim(),
      address: call[3] ?? '',
      text,
    }
  }
  // `AWS::Region` has a double colon: CloudFormation, not a variable source.
  const plain = /^([A-Za-z]\w*):(?!:)(.*)$/s.exec(text)
  if (plain) return { kind: 'source', name: plain[1]!, address: plain[2]!.trim(), text }
  return { kind: 'none' }
}

/** Whether a span is a Serverless variable rather than CloudFormation `${...}` text. */
export function isVariable(span: VariableSpan): boolean {
  const first = (splitTopLevel(span.content)[0] ?? '').trim()
  // `${${opt:kind}:x}` builds its source from a nested variable.
  return first.startsWith('${') || parseSource(first).kind !== 'none'
}

/** Whether `text` still holds a Serverless variable (for example one that did not resolve). */
export function containsVariable(text: string): boolean {
  if (!text.includes('${')) return false
  return findVariables(text).some(isVariable)
}
