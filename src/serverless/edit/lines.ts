/**
 * Line geometry over raw text. Offsets are UTF-16 indexes into the text as loaded (a BOM, if
 * any, counts as one character, as it does in the parser's ranges). Works for LF and CRLF.
 */

/** Offset of the first character of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** Offset just past the line holding `offset`, including its line break (or the text end). */
export function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset)
  return nl < 0 ? text.length : nl + 1
}

/** Offset where the content of the line holding `offset` ends, before `\r\n` or `\n`. */
export function lineContentEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset)
  const end = nl < 0 ? text.length : nl
  return end > 0 && text[end - 1] === '\r' && end - 1 >= offset ? end - 1 : end
}

/** The text of the line starting at `start`, without its line break. */
export function lineAt(text: string, start: number): string {
  return text.slice(start, lineContentEnd(text, start))
}

/** Column (0-based) of `offset` within its line. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset)
}

/** Leading spaces of a line's text. Tabs are not YAML indentation, so they are not counted. */
export function indentOf(line: string): number {
  let i = 0
  while (line[i] === ' ') i++
  return i
}

export function isBlank(line: string): boolean {
  return line.trim() === '' || line.trim() === '\uFEFF'
}

export function isComment(line: string): boolean {
  return line.trimStart().startsWith('#')
}

/** True when only spaces (or a BOM) stand between the start of the line and `offset`. */
export function startsItsLine(text: string, offset: number): boolean {
  return text.slice(lineStart(text, offset), offset).replace('\uFEFF', '').trim() === ''
}

/** Start offset of the line before the line starting at `start`, or -1 on the first line. */
export function previousLineStart(text: string, start: number): number {
  return start === 0 ? -1 : lineStart(text, start - 1)
}

/**
 * Insert whole lines at a line boundary `at` (a line start, or the text end). When the text does
 * not end with a line break and we append at its end, the break goes before the new lines.
 */
export function linesInsertion(
  text: string,
  at: number,
  lines: readonly string[],
  eol: string,
): { start: number; end: number; insert: string } {
  const body = lines.join(eol)
  if (at >= text.length && text.length > 0 && !text.endsWith('\n')) {
    return { start: text.length, end: text.length, insert: eol + body }
  }
  return { start: at, end: at, insert: body + eol }
}
