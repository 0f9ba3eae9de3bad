import { isMap, type Scalar } from 'yaml'
import { isEditable, openEditable } from './editable'
import { rangeOf } from './geometry'
import { findPair, formatPath, nodeAt, type Path } from './locate'
import { renderKey } from './render'
import { applyEdits, fail, ok, type EditResult } from './textEdit'

/** Rename the key at `path` in place: its value, comments and position stay. */
export function renameKey(text: string, path: Path, newKey: string): EditResult {
  const ed = openEditable(text)
  if (!isEditable(ed)) return ed
  const oldKey = path[path.length - 1]
  if (typeof oldKey !== 'string') return fail('Only map keys can be renamed.')
  if (oldKey === newKey) return ok(text)
  const map = nodeAt(ed.doc.contents, path.slice(0, -1))
  if (!isMap(map)) return fail(`${formatPath(path.slice(0, -1))} is not a map.`)
  const pair = findPair(map, oldKey)
  if (!pair) return fail(`${formatPath(path)} does not exist.`)
  if (findPair(map, newKey))
    return fail(`${formatPath([...path.slice(0, -1), newKey])} already exists.`)
  const [start, end] = rangeOf(pair.key)
  const type = (pair.key as Scalar).type
  return ok(applyEdits(text, [{ start, end, insert: renderKey(newKey, ed.style, type) }]))
}
