import type { Edge, Resource, ResourceId, ServiceModel } from '../model/types'
import { assertNever } from '../model/types'

/**
 * A deterministic layered layout: event sources on the left, functions in the middle, the data
 * they use on the right. It is the starting layout of a design; user-placed positions will be
 * kept beside the YAML and take precedence once the designer can move nodes.
 */

export interface Point {
  readonly x: number
  readonly y: number
}

/** The box every node is laid out in; the node component renders at this size. */
export const NODE_SIZE = { width: 220, height: 72 } as const
const COLUMN_GAP = 140
const ROW_GAP = 28

export const LayoutColumn = { sources: 0, functions: 1, data: 2 } as const
export type LayoutColumn = (typeof LayoutColumn)[keyof typeof LayoutColumn]

/**
 * Queues, topics, buckets and tables appear in both roles; one that triggers a function is drawn
 * as a source so that the trigger edge runs left to right.
 */
export function columnOf(
  resource: Resource,
  triggerSources: ReadonlySet<ResourceId>,
): LayoutColumn {
  switch (resource.kind) {
    case 'restApi':
    case 'httpApi':
    case 'websocketApi':
    case 'schedule':
    case 'eventBus':
      return LayoutColumn.sources
    case 'function':
      return LayoutColumn.functions
    case 'table':
    case 'bucket':
    case 'queue':
    case 'topic':
      return triggerSources.has(resource.id) ? LayoutColumn.sources : LayoutColumn.data
    case 'opaque':
      return LayoutColumn.data
    default:
      return assertNever(resource, 'resource kind')
  }
}

/** Ids connected to `id` by any edge, in either direction. */
function neighboursOf(edges: readonly Edge[]): Map<ResourceId, ResourceId[]> {
  const neighbours = new Map<ResourceId, ResourceId[]>()
  const link = (a: ResourceId, b: ResourceId) => {
    const list = neighbours.get(a)
    if (list) list.push(b)
    else neighbours.set(a, [b])
  }
  for (const edge of edges) {
    link(edge.from, edge.to)
    link(edge.to, edge.from)
  }
  return neighbours
}

/**
 * Orders a column by the mean row of its neighbours in the column to its left (one barycentre
 * pass: few crossings, fully deterministic). Nodes without such neighbours keep document order
 * and go after the others.
 */
function orderByBarycentre(
  column: readonly ResourceId[],
  rowOnLeft: ReadonlyMap<ResourceId, number>,
  neighbours: ReadonlyMap<ResourceId, readonly ResourceId[]>,
): ResourceId[] {
  const keyed = column.map((id, documentIndex) => {
    const rows = (neighbours.get(id) ?? [])
      .map((n) => rowOnLeft.get(n))
      .filter((row): row is number => row !== undefined)
    const barycentre =
      rows.length === 0 ? Number.POSITIVE_INFINITY : rows.reduce((a, b) => a + b, 0) / rows.length
    return { id, barycentre, documentIndex }
  })
  keyed.sort((a, b) => a.barycentre - b.barycentre || a.documentIndex - b.documentIndex)
  return keyed.map((k) => k.id)
}

function rowsOf(column: readonly ResourceId[]): Map<ResourceId, number> {
  return new Map(column.map((id, row) => [id, row]))
}

/** Top-left position of every resource of the model, keyed by id. */
export function layeredLayout(model: ServiceModel): Map<ResourceId, Point> {
  const triggerSources = new Set(model.edges.filter((e) => e.kind === 'trigger').map((e) => e.from))
  const columns: [ResourceId[], ResourceId[], ResourceId[]] = [[], [], []]
  for (const resource of model.resources) {
    columns[columnOf(resource, triggerSources)].push(resource.id)
  }

  const neighbours = neighboursOf(model.edges)
  const sources = columns[LayoutColumn.sources]
  const functions = orderByBarycentre(columns[LayoutColumn.functions], rowsOf(sources), neighbours)
  const data = orderByBarycentre(columns[LayoutColumn.data], rowsOf(functions), neighbours)
  const ordered = [sources, functions, data]

  const heightOf = (count: number) => count * NODE_SIZE.height + Math.max(0, count - 1) * ROW_GAP
  const tallest = Math.max(...ordered.map((column) => heightOf(column.length)))

  const positions = new Map<ResourceId, Point>()
  ordered.forEach((column, columnIndex) => {
    // Centre each column against the tallest one, so short columns sit level with their peers.
    const top = (tallest - heightOf(column.length)) / 2
    column.forEach((id, row) => {
      positions.set(id, {
        x: columnIndex * (NODE_SIZE.width + COLUMN_GAP),
        y: top + row * (NODE_SIZE.height + ROW_GAP),
      })
    })
  })
  return positions
}
