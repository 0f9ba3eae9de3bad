import type { Edge, Resource, ResourceId, ServiceModel } from '../model/types'
import { assertNever } from '../model/types'

/**
 * A deterministic layered layout that reads left to right the way requests flow: event sources,
 * then the functions they invoke, then what those functions use. A queue or topic between two
 * functions lands between them (API → producer → queue → consumer), so no edge runs backwards.
 *
 * It is the starting layout of a design; positions placed by the user will be kept beside the
 * YAML and take precedence once the designer can move nodes.
 */

export interface Point {
  readonly x: number
  readonly y: number
}

/** The box every node is laid out in; the node component renders at this size. */
export const NODE_SIZE = { width: 196, height: 72 } as const
export const COLUMN_GAP = 72
export const ROW_GAP = 28

/** Where a resource goes when edges do not push it further right. */
export const HomeColumn = { sources: 0, functions: 1, data: 2 } as const
export type HomeColumn = (typeof HomeColumn)[keyof typeof HomeColumn]

/**
 * Queues, topics, buckets and tables play both roles: one that triggers a function starts a
 * flow (left); one that is only used sits with the data (right).
 */
export function homeColumnOf(
  resource: Resource,
  triggerSources: ReadonlySet<ResourceId>,
): HomeColumn {
  switch (resource.kind) {
    case 'restApi':
    case 'httpApi':
    case 'websocketApi':
    case 'schedule':
    case 'eventBus':
      return HomeColumn.sources
    case 'function':
      return HomeColumn.functions
    case 'table':
    case 'bucket':
    case 'queue':
    case 'topic':
      return triggerSources.has(resource.id) ? HomeColumn.sources : HomeColumn.data
    case 'opaque':
      return HomeColumn.data
    default:
      return assertNever(resource, 'resource kind')
  }
}

type Adjacency = Map<ResourceId, ResourceId[]>

function adjacency(ids: readonly ResourceId[], edges: readonly Edge[]) {
  const successors: Adjacency = new Map(ids.map((id) => [id, []]))
  const predecessors: Adjacency = new Map(ids.map((id) => [id, []]))
  for (const { from, to } of edges) {
    const out = successors.get(from)
    const into = predecessors.get(to)
    // Edges to resources that are not in the model, and self-loops, carry no layering.
    if (!out || !into || from === to || out.includes(to)) continue
    out.push(to)
    into.push(from)
  }
  return { successors, predecessors }
}

/**
 * The edges that close a cycle (a function writing to the queue that invokes it), found by a
 * depth-first search in a fixed order. Ignoring them leaves a DAG to rank.
 */
function backEdges(order: readonly ResourceId[], successors: Adjacency): Set<string> {
  const back = new Set<string>()
  const state = new Map<ResourceId, 'open' | 'done'>()
  const visit = (id: ResourceId) => {
    state.set(id, 'open')
    for (const next of successors.get(id) ?? []) {
      const seen = state.get(next)
      if (seen === 'open') back.add(`${id}\n${next}`)
      else if (seen === undefined) visit(next)
    }
    state.set(id, 'done')
  }
  for (const id of order) if (!state.has(id)) visit(id)
  return back
}

/** Column of every resource: its home column, or one right of its furthest predecessor. */
function rankColumns(model: ServiceModel, successors: Adjacency): Map<ResourceId, number> {
  const triggerSources = new Set(model.edges.filter((e) => e.kind === 'trigger').map((e) => e.from))
  const home = new Map(model.resources.map((r) => [r.id, homeColumnOf(r, triggerSources)]))
  // Search from the left-most resources first, so cycles break at their downstream end.
  const searchOrder = [...model.resources]
    .sort((a, b) => (home.get(a.id) ?? 0) - (home.get(b.id) ?? 0))
    .map((r) => r.id)
  const back = backEdges(searchOrder, successors)
  const forward = (from: ResourceId) =>
    (successors.get(from) ?? []).filter((to) => !back.has(`${from}\n${to}`))

  // Kahn's algorithm over the forward edges, in search order: a deterministic topological order.
  const inDegree = new Map(searchOrder.map((id) => [id, 0]))
  for (const id of searchOrder)
    for (const to of forward(id)) inDegree.set(to, (inDegree.get(to) ?? 0) + 1)
  const column = new Map<ResourceId, number>(searchOrder.map((id) => [id, home.get(id) ?? 0]))
  const ready = searchOrder.filter((id) => inDegree.get(id) === 0)
  for (let i = 0; i < ready.length; i++) {
    const id = ready[i]!
    for (const to of forward(id)) {
      column.set(to, Math.max(column.get(to) ?? 0, (column.get(id) ?? 0) + 1))
      const remaining = (inDegree.get(to) ?? 0) - 1
      inDegree.set(to, remaining)
      if (remaining === 0) ready.push(to)
    }
  }
  return column
}

const heightOf = (count: number) => count * NODE_SIZE.height + Math.max(0, count - 1) * ROW_GAP

/** Top edge of each node: columns stacked and centred against the tallest one. */
function stack(columns: readonly (readonly ResourceId[])[]): Map<ResourceId, number> {
  const tallest = Math.max(0, ...columns.map((c) => heightOf(c.length)))
  const tops = new Map<ResourceId, number>()
  for (const column of columns) {
    const top = (tallest - heightOf(column.length)) / 2
    column.forEach((id, row) => tops.set(id, top + row * (NODE_SIZE.height + ROW_GAP)))
  }
  return tops
}

/**
 * Orders each column by the mean height of its neighbours on one side (the barycentre
 * heuristic): few crossings, no randomness. A node without such neighbours keeps its height.
 */
function sweep(columns: ResourceId[][], neighbours: Adjacency, leftToRight: boolean): void {
  const indexes = columns.map((_, i) => i)
  if (!leftToRight) indexes.reverse()
  for (const index of indexes.slice(1)) {
    const column = columns[index]!
    const tops = stack(columns)
    const key = new Map(
      column.map((id) => {
        const around = (neighbours.get(id) ?? [])
          .map((n) => tops.get(n))
          .filter((top): top is number => top !== undefined)
        const own = tops.get(id) ?? 0
        return [id, around.length === 0 ? own : around.reduce((a, b) => a + b, 0) / around.length]
      }),
    )
    const position = new Map(column.map((id, row) => [id, row]))
    column.sort(
      (a, b) =>
        (key.get(a) ?? 0) - (key.get(b) ?? 0) || (position.get(a) ?? 0) - (position.get(b) ?? 0),
    )
  }
}

/** Top-left position of every resource of the model, keyed by id. */
export function layeredLayout(model: ServiceModel): Map<ResourceId, Point> {
  const ids = model.resources.map((r) => r.id)
  const { successors, predecessors } = adjacency(ids, model.edges)
  const rank = rankColumns(model, successors)

  // Start from document order, then sweep right, left and right again.
  const columns: ResourceId[][] = []
  for (const id of ids) {
    const index = rank.get(id) ?? 0
    while (columns.length <= index) columns.push([])
    columns[index]!.push(id)
  }
  sweep(columns, predecessors, true)
  sweep(columns, successors, false)
  sweep(columns, predecessors, true)

  const tops = stack(columns)
  const positions = new Map<ResourceId, Point>()
  columns.forEach((column, index) => {
    for (const id of column) {
      positions.set(id, { x: index * (NODE_SIZE.width + COLUMN_GAP), y: tops.get(id) ?? 0 })
    }
  })
  return positions
}
