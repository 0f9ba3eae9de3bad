import type { YAMLMap, YAMLSeq } from 'yaml'
import type { Editable } from './editable'
import { blankLineAbove, mapColumn, pairSpan, seqItemSpan } from './geometry'
import { linesInsertion } from './lines'
import type { NewValue } from './newValue'
import { renderEntry, renderSeqItem } from './render'
import { fail, type EditFailure, type TextEdit } from './textEdit'

/**
 * Add `key: value` after the last entry of a block map, at the map's own indentation. The
 * insertion point is the end of that entry's lines, so a comment block that follows at the
 * map's indentation (it introduces whatever comes next) stays below the new entry's neighbour.
 * Entries separated by blank lines get a blank line before the new one too.
 */
export function insertMapEntry(
  ed: Editable,
  map: YAMLMap,
  key: string,
  value: NewValue,
): TextEdit[] | EditFailure {
  const last = map.items[map.items.length - 1]
  const column = mapColumn(ed.text, map)
  const lines = renderEntry(key, value, column, ed.style)
  if (!last) return fail(`Cannot add ${key} to an empty map written in block style.`)
  const span = pairSpan(ed.text, last as never)
  const separated =
    map.items.length > 1 && span.ownLine && blankLineAbove(ed.text, span.commentsStart)
  return [linesInsertion(ed.text, span.end, separated ? ['', ...lines] : lines, ed.style.eol)]
}

/** Add `- value` after the last item of a block sequence, with the same dash column. */
export function appendSeqItem(
  ed: Editable,
  seq: YAMLSeq,
  value: NewValue,
): TextEdit[] | EditFailure {
  const index = seq.items.length - 1
  const span = index >= 0 ? seqItemSpan(ed.text, seq, index) : undefined
  if (!span) return fail('Cannot add to this list: its layout is not supported.')
  const lines = renderSeqItem(value, span.column, ed.style)
  const separated = seq.items.length > 1 && blankLineAbove(ed.text, span.commentsStart)
  return [linesInsertion(ed.text, span.end, separated ? ['', ...lines] : lines, ed.style.eol)]
}

/** Add top-level entries to a document that has none yet (empty or comments only). */
export function insertRootEntry(ed: Editable, key: string, value: NewValue): TextEdit[] {
  const lines = renderEntry(key, value, 0, ed.style)
  return [linesInsertion(ed.text, ed.text.length, lines, ed.style.eol)]
}
