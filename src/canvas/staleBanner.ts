import type { Diagnostic } from '../model/diagnostics'

/** The problem the canvas names while it shows the last good model: the earliest error. */
export interface FirstError {
  readonly line: number
  readonly column: number
  readonly message: string
}

export function firstError(diagnostics: readonly Diagnostic[]): FirstError | undefined {
  let first: FirstError | undefined
  for (const d of diagnostics) {
    if (d.severity !== 'error' || !d.range) continue
    const { line, column } = d.range.start
    if (!first || line < first.line || (line === first.line && column < first.column)) {
      first = { line, column, message: d.message }
    }
  }
  return first
}

/** `Line 12: …`, with the message cut to its first line: YAML errors quote the text below. */
export function describeError(error: FirstError): string {
  const message = error.message.split('\n')[0]?.trim() ?? ''
  return `Line ${error.line}: ${message}`
}
