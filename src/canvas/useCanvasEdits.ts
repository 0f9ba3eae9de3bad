import {
  useReactFlow,
  type Connection,
  type Edge as FlowEdge,
  type FinalConnectionState,
  type IsValidConnection,
  type OnBeforeDelete,
} from '@xyflow/react'
import { useCallback, type DragEvent } from 'react'
import type { Edge, ResourceId } from '../model/types'
import { canConnect, planConnection } from '../serverless/design/connections'
import { planNewResource } from '../serverless/design/newResources'
import { planRemovals } from '../serverless/design/removal'
import { selectActions } from '../store/selectors'
import { useDesigner, useDesignerStore } from '../store/useDesigner'
import { NODE_SIZE } from './layout'
import { RESOURCE_KIND_MIME, carriesResourceKind, droppedKind } from './paletteDrop'
import type { ModelFlowEdge, ResourceFlowNode } from './toFlow'

/**
 * How close (in flow units, from the drop point to a node's centre) a new API route, schedule or
 * rule must be dropped to a function to trigger it rather than come with a function of its own:
 * about one node's width, so "next to it" means what it looks like.
 */
const NEAR_DISTANCE = NODE_SIZE.width * 1.25

/** The function whose node is nearest `at`, if one is near enough. */
function functionNear(
  nodes: readonly ResourceFlowNode[],
  at: { readonly x: number; readonly y: number },
): ResourceId | undefined {
  let best: { id: ResourceId; distance: number } | undefined
  for (const node of nodes) {
    if (node.data.resource.kind !== 'function') continue
    const width = node.measured?.width ?? NODE_SIZE.width
    const height = node.measured?.height ?? NODE_SIZE.height
    const distance = Math.hypot(
      node.position.x + width / 2 - at.x,
      node.position.y + height / 2 - at.y,
    )
    if (distance <= NEAR_DISTANCE && (!best || distance < best.distance))
      best = { id: node.data.resource.id, distance }
  }
  return best?.id
}

/**
 * Edits made by drawing: connecting two nodes, deleting the selection, dropping a kind from the
 * palette. Each is planned against the model the canvas shows and applied as one undo step;
 * a refusal is told to the user and changes nothing. Callbacks read the store when called, so
 * they keep one identity and never re-render the graph.
 */
export function useCanvasEdits() {
  const store = useDesignerStore()
  const { applyPatches, notify } = useDesigner(selectActions)
  const { screenToFlowPosition, getNodes } = useReactFlow<ResourceFlowNode, ModelFlowEdge>()

  const model = useCallback(() => store.getState().lastGoodModel, [store])
  const plan = useCallback(
    (from: string, to: string) =>
      planConnection(model(), from as ResourceId, to as ResourceId, {
        text: store.getState().yamlText,
      }),
    [store, model],
  )

  const isValidConnection: IsValidConnection = useCallback(
    (connection) =>
      canConnect(model(), connection.source as ResourceId, connection.target as ResourceId),
    [model],
  )

  const onConnect = useCallback(
    (connection: Connection) => {
      const planned = plan(connection.source, connection.target)
      if (!planned.ok) notify('error', planned.reason)
      else applyPatches(planned.patches)
    },
    [plan, applyPatches, notify],
  )

  /** A connection dropped on a node that refuses it: say why (a valid one went to onConnect). */
  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode || !state.toNode) return
      if (state.fromNode.id === state.toNode.id) return
      const planned = plan(state.fromNode.id, state.toNode.id)
      if (!planned.ok) notify('error', planned.reason)
    },
    [plan, notify],
  )

  const onBeforeDelete: OnBeforeDelete<ResourceFlowNode, ModelFlowEdge> = useCallback(
    async ({ nodes, edges }) => {
      // React Flow adds the edges of deleted nodes; only the edges the user selected are meant.
      const chosenEdges: Edge[] = edges
        .filter((e: FlowEdge) => e.selected)
        .flatMap((e: ModelFlowEdge) => (e.data ? [e.data.edge] : []))
      const ids = nodes.map((n) => n.id as ResourceId)
      if (ids.length === 0 && chosenEdges.length === 0) return false
      const removal = planRemovals(model(), ids, chosenEdges)
      if (!removal.ok) notify('error', removal.reason)
      else applyPatches(removal.patches)
      // The text decides what is on the canvas: React Flow removes nothing itself.
      return false
    },
    [model, applyPatches, notify],
  )

  const onDragOver = useCallback((event: DragEvent) => {
    if (!carriesResourceKind([...event.dataTransfer.types])) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
  }, [])

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = droppedKind(event.dataTransfer.getData(RESOURCE_KIND_MIME))
      if (!kind) return
      event.preventDefault()
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY })
      const position = {
        x: Math.round(at.x - NODE_SIZE.width / 2),
        y: Math.round(at.y - NODE_SIZE.height / 2),
      }
      const near = functionNear(getNodes(), at)
      const added = planNewResource(model(), kind, {
        text: store.getState().yamlText,
        ...(near && { near }),
      })
      if (!added.ok) {
        notify('error', added.reason)
        return
      }
      applyPatches(added.patches, { select: added.id, positions: { [added.id]: position } })
    },
    [store, model, applyPatches, notify, screenToFlowPosition, getNodes],
  )

  return { isValidConnection, onConnect, onConnectEnd, onBeforeDelete, onDragOver, onDrop }
}
