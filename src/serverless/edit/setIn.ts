import { isAlias, isMap, isSeq, type Node } from 'yaml'
import { isEditable, openEditable, type Editable } from './editable'
import { editFlowNode } from './flow'
import { colonAfterKey, dashBefore, propsStart, rangeOf } from './geometry'
import { appendSeqItem, insertMapEntry, insertRootEntry } from './insertEntry'
import { columnOf } from './lines'
import { findPair, formatPath, isEmptyValue, type Path } from './locate'
import { nestValue } from './nest'
import type { NewValue } from './newValue'
import { replaceSlot, type Slot } from './slot'
import { applyEdits, fail, ok, type EditFailure, type EditResult, type TextEdit } from './textEdit'

/**
 * Set the value at `path`, creating the missing maps on the way (`functions.x.environment.T`).
 * An existing value is replaced in place (its key, inline comment and, for strings, quoting
 * stay); a missing key is added after the last entry of its map.
 */
export function setIn(text: string, path: Path, value: NewValue): EditResult {
  const ed = openEditable(text)
  if (!isEditable(ed)) return ed
  const edits = planSetIn(ed, path, value)
  return Array.isArray(edits) ? ok(applyEdits(text, edits)) : edits
}

export function planSetIn(ed: Editable, path: Path, value: NewValue): TextEdit[] | EditFailure {
  if (path.length === 0) return fail('Cannot replace the whole document.')
  let node: unknown = ed.doc.contents
  if (isEmptyValue(node)) {
    const [first, ...rest] = path
    if (typeof first !== 'string') return fail('The document is not a list.')
    return insertRootEntry(ed, first, nestValue(rest, value))
  }
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!
    const rest = path.slice(i + 1)
    const here = formatPath(path.slice(0, i + 1))
    if ((isMap(node) || isSeq(node)) && node.flow) {
      return editFlowNode(ed, node, { kind: 'set', path: path.slice(i), value })
    }
    if (isMap(node)) {
      if (typeof key !== 'string')
        return fail(`${formatPath(path.slice(0, i))} is a map, not a list.`)
      const pair = findPair(node, key)
      if (!pair) return insertMapEntry(ed, node, key, nestValue(rest, value))
      const slot = pairSlot(ed.text, pair.key, pair.value)
      if (rest.length === 0) return replaceSlot(ed, slot, value)
      if (isEmptyValue(pair.value)) return replaceSlot(ed, slot, nestValue(rest, value))
      node = pair.value
    } else if (isSeq(node)) {
      if (typeof key !== 'number')
        return fail(`${formatPath(path.slice(0, i))} is a list, not a map.`)
      if (key === node.items.length) return appendSeqItem(ed, node, nestValue(rest, value))
      const item = node.items[key] as Node | null | undefined
      if (item === undefined) return fail(`${here} does not exist.`)
      const slot = itemSlot(ed.text, item)
      if (!slot) return fail(`${here} is written in a layout that cannot be edited in place.`)
      if (rest.length === 0) return replaceSlot(ed, slot, value)
      if (isEmptyValue(item)) return replaceSlot(ed, slot, nestValue(rest, value))
      node = item
    } else {
      return fail(`${formatPath(path.slice(0, i))} is a single value, not a map or list.`)
    }
    if (isAlias(node))
      return fail(`${here} is an alias (*${node.source}); edit the anchored value.`)
  }
  return fail('Nothing to set.')
}

export function pairSlot(text: string, key: Node, value: Node | null): Slot {
  const colon = colonAfterKey(text, key)
  return {
    kind: 'pair',
    indicatorEnd: colon + 1,
    column: columnOf(text, propsStart(text, rangeOf(key)[0])),
    value,
  }
}

export function itemSlot(text: string, item: Node | null): Slot | undefined {
  if (!item) return undefined
  const dash = dashBefore(text, rangeOf(item)[0])
  if (dash < 0) return undefined
  return { kind: 'item', indicatorEnd: dash + 1, column: columnOf(text, dash), value: item }
}
