import { isMap, isScalar, isSeq, type Node } from 'yaml'
import { usedAnchorsWithin, type Editable } from './editable'
import { blockEnd, contentEnd, propsStart, rangeOf } from './geometry'
import { lineContentEnd, linesInsertion, nextLineStart, startsItsLine } from './lines'
import { renderInlineScalar, renderPairValue, renderSeqItemValue, type NewValue } from './render'
import { fail, type EditFailure, type TextEdit } from './textEdit'

/**
 * The place of a value in a block collection: after a map key's `:` or a sequence item's `-`.
 * Replacing a value is the same job in both.
 */
export interface Slot {
  readonly kind: 'pair' | 'item'
  /** Offset just past the `:` or the `-`. */
  readonly indicatorEnd: number
  /** Column of the key or the dash; nested content is indented from here. */
  readonly column: number
  readonly value: Node | null
}

/** Text edits that put `newValue` in the slot, touching as little of the old text as possible. */
export function replaceSlot(
  ed: Editable,
  slot: Slot,
  newValue: NewValue,
): TextEdit[] | EditFailure {
  const { text, style } = ed
  const eol = style.eol
  const old = slot.value
  const anchors = usedAnchorsWithin(ed.doc, old)
  if (anchors.length > 0) {
    return fail(
      `The value is shared through the anchor &${anchors[0]}; edit it where it is defined.`,
    )
  }
  const rendered =
    slot.kind === 'pair'
      ? renderPairValue(newValue, slot.column, style)
      : renderSeqItemValue(newValue, slot.column, style)
  const { inline, lines } = rendered
  const at = slot.indicatorEnd

  // An empty value (`key:`): write after the indicator, nested lines below it.
  if (!old || (isScalar(old) && old.value === null && rangeOf(old)[0] === rangeOf(old)[1])) {
    const edits: TextEdit[] = [{ start: at, end: at, insert: inline }]
    if (lines.length > 0) edits.push(linesInsertion(text, nextLineStart(text, at), lines, eol))
    return edits
  }

  const [valueStart, valueEnd] = rangeOf(old)
  const atLineBoundary = valueEnd > 0 && text[valueEnd - 1] === '\n'

  if ((isMap(old) || isSeq(old)) && !old.flow) {
    const stop = blockEnd(text, contentEnd(old), slot.column)
    if (startsItsLine(text, valueStart)) {
      // `key: !Tag # note` then the block below: keep the note, swap the rest.
      const lineEnd = lineContentEnd(text, at)
      const rest = text.slice(at, lineEnd)
      const comment = /(^|\s)#/.exec(rest)
      const inlineEnd = comment ? at + comment.index + (comment[1] ? 1 : 0) : lineEnd
      const trailing = comment ? ' ' : ''
      const blockStart = nextLineStart(text, at)
      return [
        { start: at, end: inlineEnd, insert: inline + trailing },
        { start: blockStart, end: stop, insert: lines.map((l) => l + eol).join('') },
      ]
    }
    // A map that starts on its item's line (`- a: 1`): replace the whole item value.
    const tail = stop === text.length && !text.endsWith('\n') ? '' : eol
    return [{ start: at, end: stop, insert: [inline, ...lines].join(eol) + tail }]
  }

  if (isScalar(old) && lines.length === 0 && inline !== '') {
    const scalar = renderInlineScalar(newValue, style, old.type) ?? inline.trimStart()
    return [{ start: propsStart(text, valueStart), end: valueEnd, insert: scalar }]
  }
  if (atLineBoundary) {
    // A block scalar (`|`) ends at a line boundary: its replacement must too.
    return [{ start: at, end: valueEnd, insert: [inline, ...lines].join(eol) + eol }]
  }
  const edits: TextEdit[] = [{ start: at, end: valueEnd, insert: inline }]
  if (lines.length > 0) edits.push(linesInsertion(text, nextLineStart(text, valueEnd), lines, eol))
  return edits
}
