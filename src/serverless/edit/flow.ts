import { isMap, isScalar, isSeq, YAMLMap, type YAMLSeq, type Node } from 'yaml'
import type { Editable } from './editable'
import { propsStart, rangeOf } from './geometry'
import { findPair, formatPath, isEmptyValue, type Path } from './locate'
import type { NewValue } from './newValue'
import { stringifyNode, toNode } from './render'
import { fail, type EditFailure, type TextEdit } from './textEdit'
import { nestValue } from './nest'

/** A structural change to make inside a flow collection. */
export type FlowChange =
  | { readonly kind: 'set'; readonly path: Path; readonly value: NewValue }
  | { readonly kind: 'delete'; readonly path: Path }
  | { readonly kind: 'append'; readonly path: Path; readonly value: NewValue }

/**
 * Edit inside a flow collection (`{a: 1, b: [x, y]}`) by changing a copy of the node and
 * writing just that node again. Flow collections are short and rarely carry comments, so
 * re-rendering one is a small diff; everything around it stays as it was.
 */
export function editFlowNode(
  ed: Editable,
  node: YAMLMap | YAMLSeq,
  change: FlowChange,
): TextEdit[] | EditFailure {
  const copy = node.clone() as YAMLMap | YAMLSeq
  // Comments around the node stay in the text outside its range; do not write them twice.
  copy.comment = null
  copy.commentBefore = null
  const applied = applyChange(copy, change)
  if (applied !== true) return applied
  const [start, end] = rangeOf(node)
  return [{ start: propsStart(ed.text, start), end, insert: stringifyNode(copy, ed.style) }]
}

function applyChange(root: YAMLMap | YAMLSeq, change: FlowChange): true | EditFailure {
  const { path } = change
  if (path.length === 0) {
    if (change.kind !== 'append' || !isSeq(root)) return fail('Nothing to change.')
    root.items.push(toNode(change.value))
    return true
  }
  let node: Node = root
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!
    const last = i === path.length - 1
    const child = childOf(node, key)
    if (last) {
      if (change.kind === 'delete') return deleteChild(node, key)
      if (change.kind === 'set') return setChild(node, key, toNode(change.value))
      if (isSeq(child)) {
        child.items.push(toNode(change.value))
        return true
      }
      if (child === undefined || isEmptyValue(child))
        return setChild(node, key, toNode([change.value]))
      return fail(`${formatPath(path)} is not a list.`)
    }
    if (child === undefined || isEmptyValue(child)) {
      if (change.kind === 'delete') return true
      const rest = path.slice(i + 1)
      const value = change.kind === 'set' ? change.value : [change.value]
      return setChild(node, key, toNode(nestValue(rest, value)))
    }
    if (!isMap(child) && !isSeq(child))
      return fail(`${formatPath(path.slice(0, i + 1))} is not a map or list.`)
    node = child
  }
  return fail('Nothing to change.')
}

function childOf(node: Node, key: string | number): Node | null | undefined {
  if (isMap(node) && typeof key === 'string') {
    const pair = findPair(node, key)
    return pair ? pair.value : undefined
  }
  if (isSeq(node) && typeof key === 'number') return node.items[key] as Node | undefined
  return undefined
}

function setChild(node: Node, key: string | number, value: Node): true | EditFailure {
  if (isMap(node) && typeof key === 'string') {
    const pair = findPair(node, key)
    if (pair) pair.value = value
    else node.items.push(pairOf(key, value))
    return true
  }
  if (isSeq(node) && typeof key === 'number' && key <= node.items.length) {
    node.items[key] = value
    return true
  }
  return fail(`Cannot set ${String(key)} here.`)
}

function pairOf(key: string, value: Node) {
  const map = new YAMLMap()
  map.set(key, value)
  return map.items[0]!
}

function deleteChild(node: Node, key: string | number): true | EditFailure {
  if (isMap(node) && typeof key === 'string') {
    const pair = findPair(node, key)
    if (pair) node.items.splice(node.items.indexOf(pair), 1)
    return true
  }
  if (isSeq(node) && typeof key === 'number') {
    if (key < node.items.length) node.items.splice(key, 1)
    return true
  }
  if (isScalar(node)) return fail('Cannot delete inside a scalar.')
  return true
}
