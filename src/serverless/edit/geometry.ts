import { isMap, isPair, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml'
import {
  columnOf,
  indentOf,
  isBlank,
  isComment,
  lineAt,
  lineStart,
  nextLineStart,
  previousLineStart,
  startsItsLine,
} from './lines'

/**
 * Where things are in the text, from the parser's ranges. A node's `range` is
 * `[start, valueEnd, nodeEnd]`; `start` excludes its tag and anchor, and `valueEnd` of a block
 * collection is the start of the line after its last value.
 */

type Ranged = { range?: [number, number, number] | null }

export function rangeOf(node: unknown): [number, number, number] {
  const range = (node as Ranged | null)?.range
  if (!range) throw new Error('A node without a source range cannot be edited in place')
  return range
}

/**
 * Where a node's own content ends. A block collection's `valueEnd` may reach over comment lines
 * that follow its last value (at the end of a document it can reach the end of the file), so
 * descend to the last value instead.
 */
export function contentEnd(node: unknown): number {
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    const last = node.items[node.items.length - 1] as unknown
    if (last !== undefined) {
      if (isPair(last)) return contentEnd(last.value ?? last.key)
      return contentEnd(last)
    }
  }
  return rangeOf(node)[1]
}

/**
 * Start of a node including its properties: scans back over `!tag` and `&anchor` tokens (which
 * may sit on the line before a block collection).
 */
export function propsStart(text: string, offset: number): number {
  let start = offset
  for (;;) {
    let i = start
    while (i > 0 && /[ \t\r\n]/.test(text[i - 1]!)) i--
    let j = i
    while (j > 0 && !/[ \t\r\n]/.test(text[j - 1]!)) j--
    const token = text.slice(j, i)
    if (j < i && (token.startsWith('!') || token.startsWith('&'))) start = j
    else return start
  }
}

/** Offset of the `:` after a block or flow map key. */
export function colonAfterKey(text: string, key: Node): number {
  let i = rangeOf(key)[1]
  while (i < text.length && text[i] !== ':') i++
  return i
}

/** Offset of the `-` that introduces a block sequence item starting at `itemStart`. */
export function dashBefore(text: string, itemStart: number): number {
  let i = propsStart(text, itemStart)
  while (i > 0 && /[ \t\r\n]/.test(text[i - 1]!)) i--
  return text[i - 1] === '-' ? i - 1 : -1
}

/**
 * The line boundary after a value ending at `valueEnd`, extended over following comment lines
 * indented deeper than `column` (they are inside the entry, e.g. a commented-out property).
 */
export function blockEnd(text: string, valueEnd: number, column: number): number {
  let end = valueEnd > 0 && text[valueEnd - 1] === '\n' ? valueEnd : nextLineStart(text, valueEnd)
  while (end < text.length) {
    const line = lineAt(text, end)
    if (!isComment(line) || indentOf(line) <= column) break
    end = nextLineStart(text, end)
  }
  return end
}

/** Extend a line start upward over the comment lines directly above it at the same column. */
export function leadingCommentsStart(text: string, start: number, column: number): number {
  let at = start
  for (;;) {
    const previous = previousLineStart(text, at)
    if (previous < 0) return at
    const line = lineAt(text, previous)
    if (!isComment(line) || indentOf(line) !== column) return at
    at = previous
  }
}

/** The lines of one entry (a map pair or a sequence item) of a block collection. */
export interface EntrySpan {
  /** Offset where the entry's text starts: its line start, or its key on a `- key:` line. */
  readonly start: number
  /** Line start of the first comment line directly above the entry (or `start`). */
  readonly commentsStart: number
  /** Line boundary after the entry's last line. */
  readonly end: number
  /** Column of the key or of the dash. */
  readonly column: number
  /** False for the first key of a map written on its sequence item's `- ` line. */
  readonly ownLine: boolean
}

export function pairSpan(text: string, pair: Pair<Node, Node | null>): EntrySpan {
  const keyStart = propsStart(text, rangeOf(pair.key)[0])
  const column = columnOf(text, keyStart)
  const valueEnd = pair.value ? contentEnd(pair.value) : colonAfterKey(text, pair.key) + 1
  const ownLine = startsItsLine(text, keyStart)
  const start = ownLine ? lineStart(text, keyStart) : keyStart
  return {
    start,
    commentsStart: ownLine ? leadingCommentsStart(text, start, column) : start,
    end: blockEnd(text, valueEnd, column),
    column,
    ownLine,
  }
}

export function seqItemSpan(text: string, seq: YAMLSeq, index: number): EntrySpan | undefined {
  const item = seq.items[index] as Node | null
  const itemStart = item ? rangeOf(item)[0] : undefined
  if (itemStart === undefined) return undefined
  const dash = dashBefore(text, itemStart)
  if (dash < 0 || !startsItsLine(text, dash)) return undefined
  const column = columnOf(text, dash)
  const start = lineStart(text, dash)
  return {
    start,
    commentsStart: leadingCommentsStart(text, start, column),
    end: blockEnd(text, contentEnd(item), column),
    column,
    ownLine: true,
  }
}

/** Column of a block map's keys. */
export function mapColumn(text: string, map: YAMLMap): number {
  const first = map.items[0]
  return first
    ? columnOf(text, propsStart(text, rangeOf(first.key)[0]))
    : columnOf(text, rangeOf(map)[0])
}

/** True when blank lines stand directly above the line starting at `start`. */
export function blankLineAbove(text: string, start: number): boolean {
  const previous = previousLineStart(text, start)
  return previous >= 0 && isBlank(lineAt(text, previous))
}
