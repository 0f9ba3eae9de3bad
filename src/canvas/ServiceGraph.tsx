import {
  Background,
  BackgroundVariant,
  ReactFlow,
  useReactFlow,
  type EdgeChange,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { selectActions, selectCanvasModel, selectDiagnostics } from '../store/selectors'
import { useDesigner } from '../store/useDesigner'
import { CanvasTools } from './CanvasTools'
import { FIT_VIEW_OPTIONS } from './fitView'
import { registerDiagram } from './diagramPicture'
import { EdgeLegend } from './EdgeLegend'
import { ResourceNode } from './ResourceNode'
import {
  resourcesWithErrors,
  toFlowEdges,
  toFlowNodes,
  type ModelFlowEdge,
  type ResourceFlowNode,
} from './toFlow'
import { useCanvasEdits } from './useCanvasEdits'
import { usePlacement } from './usePlacement'
import { useSelectionSync } from './useSelectionSync'

const nodeTypes: NodeTypes = { resource: ResourceNode }
const DELETE_KEYS = ['Delete', 'Backspace']
/** Beyond this many nodes, off-screen nodes and edges are not rendered at all. */
const LARGE_DIAGRAM = 150

/**
 * The diagram. Everything it shows derives from the store (model, positions, diagnostics) plus
 * the local multi-selection; every change the user makes goes back through the store.
 */
export function ServiceGraph({ editable }: { readonly editable: boolean }) {
  const model = useDesigner(selectCanvasModel)
  const diagnostics = useDesigner(selectDiagnostics)
  const { moveNodes } = useDesigner(selectActions)
  const positions = usePlacement(model)
  const errors = useMemo(() => resourcesWithErrors(diagnostics), [diagnostics])
  const { selectedNodes, selectedEdges, onNodeSelectChanges, onEdgeSelectChanges } =
    useSelectionSync(positions)
  const edits = useCanvasEdits()
  const [connecting, setConnecting] = useState(false)
  // Pictures of the diagram (the Export dialog) are drawn from this instance.
  const flow = useReactFlow<ResourceFlowNode, ModelFlowEdge>()
  useEffect(
    () => registerDiagram(flow, () => document.querySelector('[data-testid="canvas"]')),
    [flow],
  )

  // The last objects handed to React Flow, so unchanged ones are handed over again as they are.
  const nodeCache = useRef<ReadonlyMap<string, ResourceFlowNode>>(new Map())
  const edgeCache = useRef<ReadonlyMap<string, ModelFlowEdge>>(new Map())
  const nodes = useMemo(() => {
    const next = toFlowNodes(
      { model, positions, selected: selectedNodes, errors },
      nodeCache.current,
    )
    nodeCache.current = new Map(next.map((n) => [n.id, n]))
    return next
  }, [model, positions, selectedNodes, errors])
  const edges = useMemo(() => {
    const next = toFlowEdges(model, selectedEdges, edgeCache.current)
    edgeCache.current = new Map(next.map((e) => [e.id, e]))
    return next
  }, [model, selectedEdges])

  const onNodesChange = useCallback(
    (changes: NodeChange<ResourceFlowNode>[]) => {
      onNodeSelectChanges(changes)
      let dragging = false
      const moves = changes.flatMap((c) => {
        if (c.type !== 'position' || !c.position) return []
        dragging ||= c.dragging === true
        return [
          { id: c.id, position: { x: Math.round(c.position.x), y: Math.round(c.position.y) } },
        ]
      })
      // Moves while the pointer is down; the last one (dragging false) ends one undo step.
      if (moves.length > 0) moveNodes(moves, dragging ? 'drag' : 'end')
    },
    [onNodeSelectChanges, moveNodes],
  )

  const onEdgesChange = useCallback(
    (changes: EdgeChange<ModelFlowEdge>[]) => onEdgeSelectChanges(changes),
    [onEdgeSelectChanges],
  )

  const onConnectStart = useCallback(() => setConnecting(true), [])
  const { onConnectEnd: explainRefusal } = edits
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: Parameters<typeof explainRefusal>[1]) => {
      setConnecting(false)
      explainRefusal(event, state)
    },
    [explainRefusal],
  )

  return (
    <ReactFlow<ResourceFlowNode, ModelFlowEdge>
      className={connecting ? 'is-connecting' : undefined}
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnectStart={onConnectStart}
      onConnect={edits.onConnect}
      onConnectEnd={onConnectEnd}
      isValidConnection={edits.isValidConnection}
      onBeforeDelete={edits.onBeforeDelete}
      onDragOver={edits.onDragOver}
      onDrop={edits.onDrop}
      nodesDraggable={editable}
      nodesConnectable={editable}
      edgesReconnectable={false}
      deleteKeyCode={editable ? DELETE_KEYS : null}
      onlyRenderVisibleElements={nodes.length > LARGE_DIAGRAM}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.05}
      colorMode="system"
    >
      <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
      <CanvasTools editable={editable} />
      <EdgeLegend />
    </ReactFlow>
  )
}
