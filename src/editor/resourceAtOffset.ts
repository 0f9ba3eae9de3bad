import type { TextRange } from '../model/diagnostics'
import type { ResourceId } from '../model/types'

/**
 * The resource declared at `offset` in the text: the innermost one whose range contains it, so a
 * cursor on a `schedule` event inside a function picks the schedule, not the function.
 */
export function resourceAtOffset(
  ranges: Readonly<Record<string, TextRange>>,
  offset: number,
): ResourceId | null {
  let found: ResourceId | null = null
  let foundLength = Infinity
  for (const [id, range] of Object.entries(ranges)) {
    if (offset < range.start.offset || offset > range.end.offset) continue
    const length = range.end.offset - range.start.offset
    // Ties (two resources declared by the same text) go to the first, for a stable answer.
    if (length < foundLength) {
      found = id as ResourceId
      foundLength = length
    }
  }
  return found
}

/** 1-based first and last line a range covers; a range ending at a line's start stops before it. */
export function rangeLines(range: TextRange): { first: number; last: number } {
  const endsAtLineStart = range.end.column === 1 && range.end.line > range.start.line
  return { first: range.start.line, last: endsAtLineStart ? range.end.line - 1 : range.end.line }
}
