import { isAlias, isMap, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml'
import { isEditable, openEditable, usedAnchorsWithin, type Editable } from './editable'
import { editFlowNode } from './flow'
import { pairSpan, propsStart, rangeOf, seqItemSpan, type EntrySpan } from './geometry'
import { indentOf, isBlank, lineAt, nextLineStart, previousLineStart } from './lines'
import { findPair, formatPath, type Path } from './locate'
import { applyEdits, fail, ok, type EditFailure, type EditResult, type TextEdit } from './textEdit'

/**
 * Delete the entry at `path`: a map key with its whole value, or a sequence item. The comment
 * lines directly above the entry go with it; the comment above the next entry stays. A map or
 * list left empty is removed too (up to the top-level key), so no `environment:` with nothing
 * under it is left behind. Deleting what is not there changes nothing.
 */
export function deleteIn(text: string, path: Path): EditResult {
  const ed = openEditable(text)
  if (!isEditable(ed)) return ed
  const edits = planDeleteIn(ed, path)
  return Array.isArray(edits) ? ok(applyEdits(text, edits)) : edits
}

export function planDeleteIn(ed: Editable, path: Path): TextEdit[] | EditFailure {
  if (path.length === 0) return fail('Cannot delete the whole document.')
  // parents[i] is the collection in which path[i] is looked up.
  const parents: (YAMLMap | YAMLSeq)[] = []
  let node: unknown = ed.doc.contents
  for (let i = 0; i < path.length; i++) {
    if (!isMap(node) && !isSeq(node)) return []
    parents.push(node)
    if (node.flow) return planDeleteInFlow(ed, parents, path)
    node = childOf(node, path[i]!)
    if (node === undefined) return []
    if (i < path.length - 1 && isAlias(node)) {
      return fail(`${formatPath(path.slice(0, i + 1))} is an alias; edit the anchored value.`)
    }
  }
  // The entry to delete: the one at the path, or the ancestor the deletion would leave empty.
  let depth = parents.length - 1
  while (depth > 0 && parents[depth]!.items.length === 1) depth--
  return planDeleteEntry(ed, parents[depth]!, path[depth]!, path.slice(0, depth + 1))
}

/** Deleting inside a flow collection rewrites it, or drops it when it would become empty. */
function planDeleteInFlow(
  ed: Editable,
  parents: (YAMLMap | YAMLSeq)[],
  path: Path,
): TextEdit[] | EditFailure {
  const depth = parents.length - 1
  const flowNode = parents[depth]!
  const relative = path.slice(depth)
  // containers[i] is the collection inside the flow node in which relative[i] is looked up.
  const containers: (YAMLMap | YAMLSeq)[] = []
  let target: unknown = flowNode
  for (const key of relative) {
    if (!isMap(target) && !isSeq(target)) return []
    containers.push(target)
    target = childOf(target, key)
    if (target === undefined) return []
  }
  // Like block collections, a flow collection the deletion would leave empty goes too.
  let keep = containers.length - 1
  while (keep > 0 && containers[keep]!.items.length === 1) keep--
  if (keep === 0 && flowNode.items.length === 1 && depth > 0) {
    return planDeleteIn(ed, path.slice(0, depth))
  }
  return editFlowNode(ed, flowNode, { kind: 'delete', path: relative.slice(0, keep + 1) })
}

function childOf(node: YAMLMap | YAMLSeq, key: string | number): unknown {
  if (isMap(node) && typeof key === 'string') return findPair(node, key)?.value
  if (isSeq(node) && typeof key === 'number') return node.items[key]
  return undefined
}

function planDeleteEntry(
  ed: Editable,
  collection: YAMLMap | YAMLSeq,
  key: string | number,
  fullPath: Path,
): TextEdit[] | EditFailure {
  const { text } = ed
  let span: EntrySpan | undefined
  let value: Node | null
  let nextStart: number | undefined
  if (isMap(collection) && typeof key === 'string') {
    const pair = findPair(collection, key)
    if (!pair) return []
    value = pair.value
    span = pairSpan(text, pair)
    const next = collection.items[collection.items.indexOf(pair as never) + 1] as
      Pair<Node, Node | null> | undefined
    if (next) nextStart = propsStart(text, rangeOf(next.key)[0])
  } else if (isSeq(collection) && typeof key === 'number') {
    const item = collection.items[key] as Node | null | undefined
    if (item === undefined) return []
    value = item
    span = seqItemSpan(text, collection, key)
  } else {
    return fail(`${formatPath(fullPath)} does not name an entry.`)
  }
  if (!span)
    return fail(`${formatPath(fullPath)} is written in a layout that cannot be edited in place.`)
  const anchors = usedAnchorsWithin(ed.doc, value)
  if (anchors.length > 0) {
    return fail(`${formatPath(fullPath)} holds the anchor &${anchors[0]}, which is used elsewhere.`)
  }
  if (!span.ownLine) {
    // The first key of a `- key: value` item: the next key moves up onto the dash line.
    if (nextStart === undefined) return fail(`${formatPath(fullPath)} cannot be removed alone.`)
    return [{ start: span.start, end: nextStart, insert: '' }]
  }
  return [tidyBlankLines(text, span)]
}

/**
 * Remove the entry's lines, and the blank lines that separated it from its neighbours when
 * keeping them would leave two blank lines in a row (or one at the start or end of a block).
 */
function tidyBlankLines(text: string, span: EntrySpan): TextEdit {
  let start = span.commentsStart
  let end = span.end
  let blanksBefore = start
  for (let p = previousLineStart(text, start); p >= 0 && isBlank(lineAt(text, p));) {
    blanksBefore = p
    p = previousLineStart(text, p)
  }
  let blanksAfter = end
  while (blanksAfter < text.length && isBlank(lineAt(text, blanksAfter))) {
    blanksAfter = nextLineStart(text, blanksAfter)
  }
  const nextIsDedent =
    blanksAfter >= text.length || indentOf(lineAt(text, blanksAfter)) < span.column
  const previous = previousLineStart(text, blanksBefore)
  const firstInBlock =
    previous < 0 ||
    indentOf(lineAt(text, previous)) < span.column ||
    isHeaderLine(lineAt(text, previous))
  if (blanksBefore < start && (blanksAfter > end || nextIsDedent)) start = blanksBefore
  else if (blanksBefore === start && blanksAfter > end && firstInBlock) end = blanksAfter
  // The last line had no line break: take the one before it, so the file still ends without.
  if (end >= text.length && !text.endsWith('\n') && start > 0) {
    start -= text[start - 2] === '\r' ? 2 : 1
  }
  return { start, end, insert: '' }
}

/** `key:` with nothing after it opens a block: what follows it is the first entry. */
function isHeaderLine(line: string): boolean {
  return /:\s*(#.*)?$/.test(line) || /^\s*-\s*$/.test(line)
}
