import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml'
import type { TextRange } from '../model/diagnostics'
import { rangeAt } from './document'
import { keyString } from './plain'

export type YamlPath = readonly (string | number)[]

interface Found {
  /** The value node at the deepest segment reached. */
  readonly node: Node | null
  /** The map entry holding it, when the last segment reached was a map key. */
  readonly pair?: Pair<unknown, unknown>
  /** How many segments of the path were reached. */
  readonly depth: number
}

/**
 * From paths in the configuration to places in the text. Paths pass through aliases and merge
 * keys (`<<: *defaults`), pointing at the anchored text the value really comes from.
 */
interface MapIndex {
  readonly pairs: Map<string, Pair<unknown, unknown>>
  readonly merges: Node[]
}

export class SourceMap {
  private readonly mapIndexes = new WeakMap<YAMLMap, MapIndex>()

  constructor(
    private readonly doc: Document.Parsed | null,
    private readonly lineCounter: LineCounter,
    private readonly text: string,
  ) {}

  /** The range of the value at `path`, when the path exists in the text. */
  valueRange(path: YamlPath): TextRange | undefined {
    const found = this.find(path)
    if (found.depth < path.length) return undefined
    return this.nodeRange(found.node) ?? this.keyRange(found.pair)
  }

  /** A map entry from the start of its key to the end of its value; else the value's range. */
  declarationRange(path: YamlPath): TextRange | undefined {
    const found = this.find(path)
    if (found.depth < path.length) return undefined
    const key = found.pair?.key
    const keyStart = isNodeWithRange(key) ? key.range[0] : undefined
    const value = found.node
    const end = isNodeWithRange(value)
      ? value.range[1]
      : isNodeWithRange(key)
        ? key.range[1]
        : undefined
    if (keyStart !== undefined && end !== undefined) return this.span(keyStart, end)
    return this.nodeRange(value)
  }

  /** The range of `path`, else of its deepest ancestor present, else the start of the text. */
  nearestRange(path: YamlPath): TextRange {
    const found = this.find(path)
    return (
      (found.depth === path.length
        ? (this.nodeRange(found.node) ?? this.keyRange(found.pair))
        : (this.keyRange(found.pair) ?? this.nodeRange(found.node))) ?? this.startRange()
    )
  }

  startRange(): TextRange {
    return rangeAt(this.lineCounter, 0, Math.min(this.text.length, 1))
  }

  private find(path: YamlPath): Found {
    let node: Node | null = this.deref((this.doc?.contents as Node | null | undefined) ?? null)
    let pair: Pair<unknown, unknown> | undefined
    let depth = 0
    for (const segment of path) {
      const next = this.child(node, segment)
      if (!next) break
      node = next.node
      pair = next.pair
      depth++
    }
    return { node, ...(pair && { pair }), depth }
  }

  private child(
    node: Node | null,
    segment: string | number,
    seen = new Set<Node>(),
  ): { node: Node | null; pair?: Pair<unknown, unknown> } | undefined {
    if (!node || seen.has(node)) return undefined
    seen.add(node)
    if (isSeq(node)) {
      const index =
        typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1
      const item = node.items[index]
      return item === undefined ? undefined : { node: this.deref(item as Node) }
    }
    if (!isMap(node)) return undefined
    const { pairs, merges } = this.indexOf(node)
    const pair = pairs.get(String(segment))
    if (pair) return { node: this.deref(pair.value as Node | null), pair }
    // Merged maps lend their keys; an explicit key above always wins.
    for (const merge of merges) {
      const sources = isSeq(merge) ? (merge.items as Node[]) : [merge]
      for (const source of sources) {
        const found = this.child(this.deref(source), segment, seen)
        if (found) return found
      }
    }
    return undefined
  }

  /** Keys of a map, indexed once: ranges are looked up for every function of large files. */
  private indexOf(map: YAMLMap): MapIndex {
    let index = this.mapIndexes.get(map)
    if (index) return index
    index = { pairs: new Map(), merges: [] }
    for (const item of map.items) {
      if (!isPair(item)) continue
      const key = keyString(item.key)
      if (key === '<<') index.merges.push(item.value as Node)
      else if (!index.pairs.has(key)) index.pairs.set(key, item)
    }
    this.mapIndexes.set(map, index)
    return index
  }

  private deref(node: Node | null): Node | null {
    if (!isAlias(node) || !this.doc) return node
    try {
      return (node.resolve(this.doc) as Node | undefined) ?? null
    } catch {
      return null
    }
  }

  private nodeRange(node: unknown): TextRange | undefined {
    if (!isNodeWithRange(node)) return undefined
    return this.span(node.range[0], node.range[1])
  }

  /** A block collection's range runs on to the next line; end it at its last character. */
  private span(start: number, end: number): TextRange {
    let last = Math.min(end, this.text.length)
    while (last > start && /\s/.test(this.text[last - 1] ?? '')) last--
    return rangeAt(this.lineCounter, start, last)
  }

  private keyRange(pair: Pair<unknown, unknown> | undefined): TextRange | undefined {
    return this.nodeRange(pair?.key)
  }
}

function isNodeWithRange(node: unknown): node is { range: [number, number, number] } {
  return (
    typeof node === 'object' &&
    node !== null &&
    (isScalar(node) || isMap(node) || isSeq(node) || isAlias(node)) &&
    Array.isArray((node as { range?: unknown }).range)
  )
}
