import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml'
import { keyString } from '../plain'

/** A path of map keys and sequence indexes, e.g. `['functions', 'api', 'events', 0]`. */
export type PathKey = string | number
export type Path = readonly PathKey[]

/** The pair of a map whose key reads as `key` (the way the framework reads keys). */
export function findPair(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  for (const item of map.items) {
    if (isPair(item) && keyString(item.key) === key) return item as Pair<Node, Node | null>
  }
  return undefined
}

/** The node at `path` (no alias is followed), null for an empty value, undefined when absent. */
export function nodeAt(root: unknown, path: Path): Node | null | undefined {
  let node: unknown = root
  for (const key of path) {
    if (isMap(node) && typeof key === 'string') {
      const pair = findPair(node, key)
      if (!pair) return undefined
      node = pair.value
    } else if (isSeq(node) && typeof key === 'number') {
      if (key < 0 || key >= node.items.length) return undefined
      node = node.items[key]
    } else {
      return undefined
    }
    if (node === null || node === undefined) return null
  }
  return (node ?? null) as Node | null
}

/** A scalar with no value (`key:` or `key: ~`), which we may replace by a collection. */
export function isEmptyValue(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null)
}

/** `functions.api.events[0]`, for messages. */
export function formatPath(path: Path): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? key : `.${key}`
  }
  return out === '' ? '(document)' : out
}
