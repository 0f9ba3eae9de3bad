import { isAlias, isMap, isNode, isPair, isScalar, isSeq, type Node } from 'yaml'
import { LIMITS } from './limits'
import { longFormKey, shortTagName } from './tags'

/** A JSON-like value: what a YAML node means, with CloudFormation short tags in long form. */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain }

export class PlainLimitError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PlainLimitError'
  }
}

/**
 * Convert a YAML node to a plain value. `!Ref X` becomes `{ Ref: 'X' }`, `!GetAtt A.B` becomes
 * `{ 'Fn::GetAtt': ['A', 'B'] }` (as CloudFormation reads it), merge keys are applied, and aliases
 * are followed — with a budget, so an alias bomb throws `PlainLimitError` instead of hanging.
 */
export function toPlain(node: unknown, budget = { nodes: LIMITS.maxPlainNodes }): Plain {
  const spend = () => {
    if (--budget.nodes < 0) {
      throw new PlainLimitError(
        `The document expands to more than ${LIMITS.maxPlainNodes.toLocaleString('en-US')} values (aliases repeated too often).`,
      )
    }
  }
  const convert = (n: unknown, depth: number): Plain => {
    spend()
    if (depth > LIMITS.maxDepth) {
      throw new PlainLimitError(`The document nests more than ${LIMITS.maxDepth} levels deep.`)
    }
    if (n === null || n === undefined) return null
    if (isAlias(n)) {
      const target = n.source && findAnchor(n)
      return target ? convert(target, depth + 1) : null
    }
    const short = isNodeWithTag(n) ? shortTagName(n.tag) : undefined
    let value: Plain
    if (isScalar(n)) value = scalarValue(n.value)
    else if (isSeq(n)) value = n.items.map((item) => convert(item, depth + 1))
    else if (isMap(n)) {
      const out: { [key: string]: Plain } = {}
      for (const pair of n.items) {
        if (!isPair(pair)) continue
        const key = keyString(pair.key)
        if (key === '<<' && isMerge(pair.key)) {
          mergeInto(out, convert(pair.value, depth + 1))
          continue
        }
        out[key] = convert(pair.value, depth + 1)
      }
      value = out
    } else value = scalarValue(n)
    if (!short) return value
    if (short === 'GetAtt' && typeof value === 'string') {
      const dot = value.indexOf('.')
      return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] }
    }
    return { [longFormKey(short)]: value }
  }
  // Anchors are resolved against the document the alias lives in; we keep a side table keyed by
  // anchor name, filled as nodes are met (YAML requires an anchor before its aliases).
  const anchors = new Map<string, Node>()
  const findAnchor = (alias: { source: string }): Node | undefined => anchors.get(alias.source)
  const collect = (n: unknown) => {
    if (!n || typeof n !== 'object') return
    if (isNode(n) && !isAlias(n) && typeof n.anchor === 'string') anchors.set(n.anchor, n)
    if (isMap(n) || isSeq(n)) {
      for (const item of n.items as unknown[]) {
        if (isPair(item)) {
          collect(item.key)
          collect(item.value)
        } else collect(item)
      }
    }
  }
  collect(node)
  return convert(node, 0)
}

function isNodeWithTag(n: unknown): n is { tag?: string } {
  return typeof n === 'object' && n !== null && 'tag' in n
}

/** With `merge: true` the parser gives a `<<` key the value `Symbol('<<')`. */
function isMerge(key: unknown): boolean {
  if (!isScalar(key)) return false
  const v = key.value
  return (v === '<<' && key.type === 'PLAIN') || (typeof v === 'symbol' && v.description === '<<')
}

function mergeInto(out: { [key: string]: Plain }, source: Plain): void {
  const sources = Array.isArray(source) ? source : [source]
  for (const s of sources) {
    if (!s || typeof s !== 'object' || Array.isArray(s)) continue
    for (const [k, v] of Object.entries(s)) if (!(k in out)) out[k] = v
  }
}

/** Map keys as strings, the way the framework sees them (`200:` is the key "200"). */
export function keyString(key: unknown): string {
  if (isScalar(key)) {
    const v = key.value
    return typeof v === 'symbol' ? (v.description ?? '') : String(v)
  }
  if (key === null || key === undefined) return ''
  return String(key)
}

function scalarValue(value: unknown): Plain {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return value
  if (typeof value === 'bigint') return Number(value)
  if (value instanceof Date) return value.toISOString()
  return String(value)
}
