import { Document, isNode, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml'
import { cfnCustomTags } from '../tags'
import { asIntrinsic } from './intrinsics'
import type { NewValue } from './newValue'
import type { DocStyle } from './style'

export type { NewValue } from './newValue'

/**
 * Build a `yaml` node for new content. Long-form intrinsics become short tags, so that
 * `{ 'Fn::GetAtt': ['Q', 'Arn'] }` is written `!GetAtt Q.Arn`; argument lists of tagged
 * sequences (`!Join`, `!Select`) are written in flow style, as people write them by hand.
 */
export function toNode(value: NewValue): Node {
  if (isNode(value)) {
    // A node moved into new content: its surrounding comments stay where they are in the text.
    const copy = value.clone() as Node
    copy.comment = null
    copy.commentBefore = null
    return copy
  }
  if (value === null || typeof value !== 'object') return new Scalar(value)
  if (Array.isArray(value)) {
    const seq = new YAMLSeq()
    for (const item of value) seq.items.push(toNode(item))
    return seq
  }
  const call = asIntrinsic(value)
  if (call) {
    const { tag, argument } = call
    let node: Node
    if (
      tag === 'GetAtt' &&
      Array.isArray(argument) &&
      argument.every((a) => typeof a === 'string')
    ) {
      node = new Scalar(argument.join('.'))
    } else {
      node = toNode(argument)
      if (node instanceof YAMLSeq) node.flow = true
    }
    node.tag = `!${tag}`
    return node
  }
  const map = new YAMLMap()
  for (const [key, item] of Object.entries(value as { [key: string]: NewValue })) {
    map.items.push(pairOf(key, item))
  }
  return map
}

function pairOf(key: string, value: NewValue) {
  const map = new YAMLMap()
  map.set(new Scalar(key), toNode(value))
  return map.items[0]!
}

/** Stringify a node as a whole document at column 0, in the file's style; no final newline. */
export function stringifyNode(node: Node, style: DocStyle): string {
  const doc = new Document(null, { customTags: cfnCustomTags })
  doc.contents = node as never
  const out = doc.toString({
    indent: style.indent,
    // The yaml package writes flush sequences only for a 2-space indent (with more, the dash
    // lands between levels); otherwise indent them, which is as valid and as readable.
    indentSeq: style.indentSeq || style.indent !== 2,
    singleQuote: style.singleQuote,
    lineWidth: 0,
    minContentWidth: 0,
    flowCollectionPadding: false,
  })
  return out.endsWith('\n') ? out.slice(0, -1) : out
}

/** A rendered value for a slot after `key:` or `-`: text for the indicator's line, then lines. */
export interface RenderedValue {
  /** Text right after the indicator, with its leading space (`' 128'`), or '' for a block. */
  readonly inline: string
  /** Following lines, already indented for a slot at `column`. */
  readonly lines: string[]
}

/** Render a value that follows `key:` where the key sits at `column`. */
export function renderPairValue(value: NewValue, column: number, style: DocStyle): RenderedValue {
  const map = new YAMLMap()
  map.set(new Scalar('k'), toNode(value))
  const [first = 'k:', ...rest] = stringifyNode(map, style).split('\n')
  return { inline: first.slice(2), lines: indentLines(rest, column) }
}

/** Render a value that follows `- ` where the dash sits at `column`. */
export function renderSeqItemValue(
  value: NewValue,
  column: number,
  style: DocStyle,
): RenderedValue {
  const seq = new YAMLSeq()
  seq.items.push(toNode(value))
  const [first = '-', ...rest] = stringifyNode(seq, style).split('\n')
  return { inline: first.slice(1), lines: indentLines(rest, column) }
}

/** The lines of a new `key: value` entry of a block map at `column`. */
export function renderEntry(
  key: string,
  value: NewValue,
  column: number,
  style: DocStyle,
): string[] {
  const { inline, lines } = renderPairValue(value, column, style)
  return [`${' '.repeat(column)}${renderKey(key, style)}:${inline}`, ...lines]
}

/** The lines of a new `- value` item of a block sequence whose dashes sit at `column`. */
export function renderSeqItem(value: NewValue, column: number, style: DocStyle): string[] {
  const { inline, lines } = renderSeqItemValue(value, column, style)
  return [`${' '.repeat(column)}-${inline}`, ...lines]
}

/** A map key, quoted only when it must be. */
export function renderKey(key: string, style: DocStyle, type?: Scalar['type']): string {
  const scalar = new Scalar(key)
  if (type && type !== 'BLOCK_FOLDED' && type !== 'BLOCK_LITERAL') scalar.type = type
  return stringifyNode(scalar, style)
}

/**
 * A scalar's text when it fits on one line, keeping the quoting the old value used when that
 * quoting can still write the new value; undefined when the value needs a block.
 */
export function renderInlineScalar(
  value: NewValue,
  style: DocStyle,
  previousType?: Scalar['type'],
): string | undefined {
  const node = toNode(value)
  if (
    node instanceof Scalar &&
    typeof node.value === 'string' &&
    previousType &&
    (previousType === 'QUOTE_SINGLE' || previousType === 'QUOTE_DOUBLE' || previousType === 'PLAIN')
  ) {
    node.type = previousType
  }
  const text = stringifyNode(node, style)
  return text.includes('\n') ? undefined : text
}

function indentLines(lines: readonly string[], column: number): string[] {
  const pad = ' '.repeat(column)
  return lines.map((line) => (line === '' ? line : pad + line))
}
