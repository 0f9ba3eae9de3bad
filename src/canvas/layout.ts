import dagre from '@dagrejs/dagre'
import type { Resource, ResourceId, ServiceModel } from '../model/types'
import { assertNever } from '../model/types'

/**
 * Automatic layout with dagre, reading left to right the way requests flow: event sources, then
 * the functions they invoke, then what those functions use. It places what has no position yet
 * and, on "Tidy up", everything; positions the user chose are otherwise never moved.
 */

export interface Point {
  readonly x: number
  readonly y: number
}

/** Stored positions by resource id (the store's `positions`). */
export type PositionMap = Readonly<Record<string, Point>>

/** The box every node is laid out in; the node component renders at exactly this size. */
export const NODE_SIZE = { width: 256, height: 76 } as const
export const RANK_GAP = 96
export const NODE_GAP = 28
/** Resources beyond which the layout trades some tidiness for speed. */
const BIG_DESIGN = 150

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

// Invisible rank anchors: a chain `column 0 → column 1 → column 2`, and an edge from the anchor
// of the column before a resource's home column to the resource, so a function is never left of
// column 1 and an unused table never left of column 2, whatever its edges say. The NUL prefix
// cannot occur in a resource id.
const anchorId = (column: number) => `\u0000anchor${column}`

/** Top-left position of every resource of the model, keyed by id, starting at (0, 0). */
export function autoLayout(model: ServiceModel): Map<ResourceId, Point> {
  const positions = new Map<ResourceId, Point>()
  if (model.resources.length === 0) return positions

  const graph = new dagre.graphlib.Graph({ multigraph: false })
  // Network simplex gives the tidiest ranks but grows quickly; big designs take the faster ranker.
  const ranker = model.resources.length > BIG_DESIGN ? 'tight-tree' : 'network-simplex'
  graph.setGraph({ rankdir: 'LR', ranksep: RANK_GAP, nodesep: NODE_GAP, ranker })
  graph.setDefaultEdgeLabel(() => ({}))

  const triggerSources = new Set(model.edges.filter((e) => e.kind === 'trigger').map((e) => e.from))
  for (const column of [0, 1]) graph.setNode(anchorId(column), { width: 0, height: 0 })
  graph.setEdge(anchorId(0), anchorId(1), { minlen: 1, weight: 1 })
  for (const resource of model.resources) {
    graph.setNode(resource.id, { width: NODE_SIZE.width, height: NODE_SIZE.height })
    const home = homeColumnOf(resource, triggerSources)
    if (home > 0) graph.setEdge(anchorId(home - 1), resource.id, { minlen: 1, weight: 1 })
  }
  for (const edge of model.edges) {
    // Self-loops and edges to resources not in the model carry no layering.
    if (edge.from === edge.to || !graph.hasNode(edge.from) || !graph.hasNode(edge.to)) continue
    graph.setEdge(edge.from, edge.to, { minlen: 1, weight: 2 })
  }

  dagre.layout(graph)

  let minX = Number.POSITIVE_INFINITY
  let minY = Number.POSITIVE_INFINITY
  for (const resource of model.resources) {
    const { x = 0, y = 0 } = graph.node(resource.id) as { x?: number; y?: number }
    const topLeft = { x: x - NODE_SIZE.width / 2, y: y - NODE_SIZE.height / 2 }
    minX = Math.min(minX, topLeft.x)
    minY = Math.min(minY, topLeft.y)
    positions.set(resource.id, topLeft)
  }
  for (const [id, point] of positions) {
    positions.set(id, { x: Math.round(point.x - minX), y: Math.round(point.y - minY) })
  }
  return positions
}

interface Box {
  readonly x: number
  readonly y: number
}

const overlaps = (a: Box, b: Box) =>
  Math.abs(a.x - b.x) < NODE_SIZE.width + NODE_GAP / 2 &&
  Math.abs(a.y - b.y) < NODE_SIZE.height + NODE_GAP / 2

/**
 * Positions for the resources of `model` that have none in `stored`. With nothing placed yet,
 * the whole layout. Otherwise each newcomer goes one rank right of a placed node that points at
 * it (or left of one it points at), else into its home column below everything, then down until
 * it overlaps no node. No dagre run here: this runs as the user types, on designs of hundreds of
 * functions. Stored positions are never changed; empty when every resource has a position.
 */
export function placeMissing(model: ServiceModel, stored: PositionMap): Record<string, Point> {
  const missing = model.resources.filter((r) => !stored[r.id])
  if (missing.length === 0) return {}
  if (missing.length === model.resources.length) return Object.fromEntries(autoLayout(model))

  const occupied: Box[] = model.resources.flatMap((r) => stored[r.id] ?? [])
  const bottom = Math.max(...occupied.map((b) => b.y)) + NODE_SIZE.height + NODE_GAP
  const left = Math.min(...occupied.map((b) => b.x))
  const step = NODE_SIZE.width + RANK_GAP
  const triggerSources = new Set(model.edges.filter((e) => e.kind === 'trigger').map((e) => e.from))

  const placed: Record<string, Point> = {}
  const at = (id: ResourceId) => stored[id] ?? placed[id]
  for (const resource of missing) {
    let beside: Point | undefined
    for (const { from, to } of model.edges) {
      const upstream = to === resource.id ? at(from) : undefined
      const downstream = from === resource.id ? at(to) : undefined
      if (upstream) beside = { x: upstream.x + step, y: upstream.y }
      else if (downstream) beside = { x: downstream.x - step, y: downstream.y }
      if (beside) break
    }
    let candidate = beside ?? {
      x: left + homeColumnOf(resource, triggerSources) * step,
      y: bottom,
    }
    while (occupied.some((box) => overlaps(box, candidate))) {
      candidate = { x: candidate.x, y: candidate.y + NODE_SIZE.height + NODE_GAP }
    }
    occupied.push(candidate)
    placed[resource.id] = candidate
  }
  return placed
}

/**
 * A resource renamed in the text is a new id: give it the place of the one that vanished in the
 * same change, when exactly one of that kind vanished and one appeared, so it does not jump.
 */
export function inheritPositions(
  appeared: readonly Resource[],
  vanished: readonly Resource[],
  stored: PositionMap,
): Record<string, Point> {
  const inherited: Record<string, Point> = {}
  const byKind = (list: readonly Resource[], kind: Resource['kind']) =>
    list.filter((r) => r.kind === kind)
  for (const resource of appeared) {
    if (stored[resource.id]) continue
    const gone = byKind(vanished, resource.kind)
    const came = byKind(appeared, resource.kind)
    const from = gone.length === 1 && came.length === 1 ? stored[gone[0]!.id] : undefined
    if (from) inherited[resource.id] = from
  }
  return inherited
}
