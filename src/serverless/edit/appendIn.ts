import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml'
import { isEditable, openEditable, type Editable } from './editable'
import { editFlowNode } from './flow'
import { appendSeqItem } from './insertEntry'
import { findPair, formatPath, isEmptyValue, type Path } from './locate'
import type { NewValue } from './newValue'
import { planSetIn } from './setIn'
import { applyEdits, fail, ok, type EditFailure, type EditResult, type TextEdit } from './textEdit'

/**
 * Append `value` to the list at `path`, in the list's own style (block `- item` or flow
 * `[a, b]`). A missing or empty value becomes a one-item list; a single value (IAM's
 * `Resource: X`) becomes a list holding it and the new item.
 */
export function appendIn(text: string, path: Path, value: NewValue): EditResult {
  const ed = openEditable(text)
  if (!isEditable(ed)) return ed
  const edits = planAppendIn(ed, path, value)
  return Array.isArray(edits) ? ok(applyEdits(text, edits)) : edits
}

export function planAppendIn(ed: Editable, path: Path, value: NewValue): TextEdit[] | EditFailure {
  let node: unknown = ed.doc.contents
  for (let i = 0; i < path.length; i++) {
    if ((isMap(node) || isSeq(node)) && node.flow) {
      return editFlowNode(ed, node, { kind: 'append', path: path.slice(i), value })
    }
    const key = path[i]!
    let child: unknown
    if (isMap(node) && typeof key === 'string') child = findPair(node, key)?.value
    else if (isSeq(node) && typeof key === 'number') child = node.items[key]
    else return fail(`${formatPath(path.slice(0, i))} is not a map or list.`)
    if (child === undefined || isEmptyValue(child)) return planSetIn(ed, path, [value])
    if (isAlias(child))
      return fail(`${formatPath(path.slice(0, i + 1))} is an alias; edit the anchored value.`)
    node = child
  }
  if (isSeq(node)) {
    if (node.flow) return editFlowNode(ed, node, { kind: 'append', path: [], value })
    return appendSeqItem(ed, node, value)
  }
  if (isScalar(node) || isMap(node)) return planSetIn(ed, path, [node as Node, value])
  return fail(`${formatPath(path)} is not a list.`)
}
