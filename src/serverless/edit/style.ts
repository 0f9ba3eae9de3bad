import { isMap, isPair, isScalar, isSeq, visit, type Document } from 'yaml'
import { columnOf } from './lines'

/** How the file writes YAML, so that new lines look like their neighbours. */
export interface DocStyle {
  readonly eol: '\n' | '\r\n'
  /** Spaces per nesting level of block maps. */
  readonly indent: number
  /** `key:\n  - item` (true) or `key:\n- item` (false). */
  readonly indentSeq: boolean
  /** Quote character used when a new string needs quotes. */
  readonly singleQuote: boolean
}

export const DEFAULT_STYLE: DocStyle = { eol: '\n', indent: 2, indentSeq: true, singleQuote: true }

/**
 * Read the file's habits from its block collections: the most common step between a key and its
 * nested map, whether sequences under a key are indented, and which quote is used more often.
 */
export function detectStyle(text: string, doc: Document.Parsed, eol: '\n' | '\r\n'): DocStyle {
  const steps = new Map<number, number>()
  let seqIndented = 0
  let seqFlush = 0
  let single = 0
  let double = 0
  visit(doc, {
    Pair(_key, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) return
      const value = pair.value
      if (!(isMap(value) || isSeq(value)) || value.flow || !value.range) return
      const keyColumn = columnOf(text, pair.key.range[0])
      const valueColumn = columnOf(text, value.range[0])
      if (isMap(value) && valueColumn > keyColumn) {
        const step = valueColumn - keyColumn
        steps.set(step, (steps.get(step) ?? 0) + 1)
      }
      if (isSeq(value)) {
        if (valueColumn > keyColumn) seqIndented++
        else seqFlush++
      }
    },
    Scalar(_key, scalar) {
      if (scalar.type === 'QUOTE_SINGLE') single++
      else if (scalar.type === 'QUOTE_DOUBLE') double++
    },
  })
  let indent = DEFAULT_STYLE.indent
  let best = 0
  for (const [step, count] of steps) {
    if (count > best || (count === best && step < indent)) {
      indent = step
      best = count
    }
  }
  return {
    eol,
    indent,
    indentSeq: seqIndented >= seqFlush,
    singleQuote: single >= double,
  }
}
