import type { Edge as FlowEdge, Node as FlowNode } from '@xyflow/react'
import type { Edge, Resource, ResourceId, ServiceModel } from '../model/types'
import { assertNever } from '../model/types'
import type { Point } from './layout'

/** What a resource node renders: the resource itself, nothing derived. */
export type ResourceNodeData = { readonly resource: Resource }
export type ResourceFlowNode = FlowNode<ResourceNodeData, 'resource'>

/** Class names the stylesheet draws edges by: solid sync calls, dashed async, dotted polling. */
export type EdgeStyleClass =
  'edge-trigger-sync' | 'edge-trigger-async' | 'edge-trigger-poll' | 'edge-access'

export function edgeStyleClass(edge: Edge): EdgeStyleClass {
  switch (edge.kind) {
    case 'trigger':
      return `edge-trigger-${edge.mode}`
    case 'access':
      return 'edge-access'
    default:
      return assertNever(edge, 'edge kind')
  }
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

export function toFlowNodes(
  model: ServiceModel,
  positions: ReadonlyMap<ResourceId, Point>,
): ResourceFlowNode[] {
  return model.resources.map((resource) => ({
    id: resource.id,
    type: 'resource',
    position: positions.get(resource.id) ?? { x: 0, y: 0 },
    data: { resource },
  }))
}

export function toFlowEdges(model: ServiceModel): FlowEdge[] {
  const known = new Set(model.resources.map((r) => r.id))
  const seen = new Set<string>()
  const edges: FlowEdge[] = []
  for (const edge of model.edges) {
    const id = edgeId(edge)
    // React Flow warns about edges to unknown nodes and duplicate ids; a half-typed YAML can
    // produce both for a moment, so drop them here rather than flood the console.
    if (!known.has(edge.from) || !known.has(edge.to) || seen.has(id)) continue
    seen.add(id)
    edges.push({ id, source: edge.from, target: edge.to, className: edgeStyleClass(edge) })
  }
  return edges
}
