import { isAlias, isNode, visit, type Document, type Node } from 'yaml'
import { loadDocument } from '../document'
import { detectStyle, type DocStyle } from './style'
import { fail, type EditFailure } from './textEdit'

/** A parsed text ready for editing: the text stays the source of truth, the AST gives ranges. */
export interface Editable {
  readonly text: string
  readonly doc: Document.Parsed
  readonly style: DocStyle
}

/** Parse for editing; a file with YAML errors is not edited (the ranges could be wrong). */
export function openEditable(text: string): Editable | EditFailure {
  const loaded = loadDocument(text)
  if (!loaded.doc) return fail(loaded.diagnostics[0]?.message ?? 'The YAML could not be read.')
  const error = loaded.diagnostics.find((d) => d.severity === 'error')
  if (error) {
    const line = error.range ? ` (line ${error.range.start.line})` : ''
    const message = /[.!?]$/.test(error.message) ? error.message : `${error.message}.`
    return fail(`The YAML is not valid${line}: ${message} Fix it before editing.`)
  }
  return { text, doc: loaded.doc, style: detectStyle(text, loaded.doc, loaded.eol) }
}

export function isEditable(value: Editable | EditFailure): value is Editable {
  return !('ok' in value)
}

/**
 * Anchors inside `node` that an alias elsewhere uses: replacing or deleting such a node would
 * leave a dangling alias, so edits refuse it.
 */
export function usedAnchorsWithin(doc: Document.Parsed, node: Node | null): string[] {
  if (!node) return []
  const anchors = new Set<string>()
  const collect = (n: unknown) => {
    if (isNode(n) && !isAlias(n) && n.anchor) anchors.add(n.anchor)
  }
  collect(node)
  visit(node, { Node: (_key, n) => collect(n) })
  if (anchors.size === 0) return []
  // Aliases inside the node go away with it; only those elsewhere would dangle.
  const inside = new Set<unknown>()
  visit(node, { Alias: (_key, alias) => void inside.add(alias) })
  const used = new Set<string>()
  visit(doc, {
    Alias(_key, alias) {
      if (anchors.has(alias.source) && !inside.has(alias)) used.add(alias.source)
    },
  })
  return [...used]
}
