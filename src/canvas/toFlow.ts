import type { Edge as FlowEdge, Node as FlowNode } from '@xyflow/react'
import type { Diagnostic } from '../model/diagnostics'
import type { Edge, Resource, ServiceModel } from '../model/types'
import { assertNever } from '../model/types'
import { NODE_SIZE, type PositionMap } from './layout'

/** What a resource node renders: the resource, and whether a diagnostic marks it an error. */
export type ResourceNodeData = { readonly resource: Resource; readonly hasError: boolean }
export type ResourceFlowNode = FlowNode<ResourceNodeData, 'resource'>

/** A diagram edge keeps the model edge it draws, so deleting it can name what to remove. */
export type ModelEdgeData = { readonly edge: Edge }
export type ModelFlowEdge = FlowEdge<ModelEdgeData>

/** How a connection behaves, which is what its line style tells. */
export const EdgeStyle = {
  /** The caller waits (API Gateway): solid. */
  sync: 'sync',
  /** Lambda's event queue, retried (S3, SNS, EventBridge, schedules): dashed. */
  async: 'async',
  /** Lambda polls in batches (SQS, streams): dotted, moving. */
  poll: 'poll',
  /** A function using a table, bucket, queue or topic: its own colour, arrow to the resource. */
  access: 'access',
} as const
export type EdgeStyle = (typeof EdgeStyle)[keyof typeof EdgeStyle]

export function edgeStyleOf(edge: Edge): EdgeStyle {
  switch (edge.kind) {
    case 'trigger':
      return edge.mode
    case 'access':
      return EdgeStyle.access
    default:
      return assertNever(edge, 'edge kind')
  }
}

/** The class the stylesheet draws an edge by (`edge-sync`, `edge-access`, …). */
export const edgeClassOf = (style: EdgeStyle) => `edge-${style}`

/** Marker colours follow the stylesheet's edge colours (React Flow draws markers in `<defs>`). */
const MARKER_COLOR: Readonly<Record<EdgeStyle, string>> = {
  sync: 'var(--edge-trigger)',
  async: 'var(--edge-trigger)',
  poll: 'var(--edge-trigger)',
  access: 'var(--edge-access)',
}

/** Stable across re-parses, so React Flow keeps the same DOM for the same edge. */
export function edgeId(edge: Edge): string {
  switch (edge.kind) {
    case 'trigger':
      return `trigger:${edge.from}->${edge.to}#${edge.eventIndex}`
    case 'access':
      return `access:${edge.from}->${edge.to}`
    default:
      return assertNever(edge, 'edge kind')
  }
}

/** Resources a diagnostic of severity error points at: their nodes get a red badge. */
export function resourcesWithErrors(diagnostics: readonly Diagnostic[]): ReadonlySet<string> {
  const ids = new Set<string>()
  for (const d of diagnostics) if (d.severity === 'error' && d.resourceId) ids.add(d.resourceId)
  return ids
}

// Every parse builds a new model, equal to the last one but for what was edited. Reusing the
// previous node and edge objects where nothing changed lets React Flow skip them, which keeps
// typing fluid on a design of hundreds of functions.
const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)

export interface NodeInputs {
  readonly model: ServiceModel
  /** Where every resource is; one without a position waits at the origin for its placement. */
  readonly positions: PositionMap
  readonly selected: ReadonlySet<string>
  readonly errors: ReadonlySet<string>
}

export function toFlowNodes(
  { model, positions, selected, errors }: NodeInputs,
  previous: ReadonlyMap<string, ResourceFlowNode> = new Map(),
): ResourceFlowNode[] {
  return model.resources.map((resource) => {
    const before = previous.get(resource.id)
    const position = positions[resource.id] ?? { x: 0, y: 0 }
    const hasError = errors.has(resource.id)
    const isSelected = selected.has(resource.id)
    const sameData =
      before !== undefined &&
      before.data.hasError === hasError &&
      sameValue(before.data.resource, resource)
    if (
      before &&
      sameData &&
      before.selected === isSelected &&
      before.position.x === position.x &&
      before.position.y === position.y
    ) {
      return before
    }
    return {
      id: resource.id,
      type: 'resource',
      position:
        before && before.position.x === position.x && before.position.y === position.y
          ? before.position
          : position,
      data: before && sameData ? before.data : { resource, hasError },
      selected: isSelected,
      // A fixed size: the layout plans with it, and nodes are drawn before they are measured.
      width: NODE_SIZE.width,
      height: NODE_SIZE.height,
    }
  })
}

export function toFlowEdges(
  model: ServiceModel,
  selected: ReadonlySet<string>,
  previous: ReadonlyMap<string, ModelFlowEdge> = new Map(),
): ModelFlowEdge[] {
  const known = new Set(model.resources.map((r) => r.id))
  const seen = new Set<string>()
  const edges: ModelFlowEdge[] = []
  for (const edge of model.edges) {
    const id = edgeId(edge)
    // React Flow warns about edges to unknown nodes and duplicate ids; a half-typed YAML can
    // produce both for a moment, so drop them here rather than flood the console.
    if (!known.has(edge.from) || !known.has(edge.to) || seen.has(id)) continue
    seen.add(id)
    const isSelected = selected.has(id)
    const before = previous.get(id)
    if (before && before.selected === isSelected && sameValue(before.data?.edge, edge)) {
      edges.push(before)
      continue
    }
    const style = edgeStyleOf(edge)
    edges.push({
      id,
      source: edge.from,
      target: edge.to,
      className: edgeClassOf(style),
      markerEnd: { type: 'arrowclosed', width: 16, height: 16, color: MARKER_COLOR[style] },
      selected: isSelected,
      data: { edge },
    })
  }
  return edges
}
