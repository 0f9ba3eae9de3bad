import '@xyflow/react/dist/style.css'
import './canvas.css'
import {
  Background,
  BackgroundVariant,
  Controls,
  MarkerType,
  ReactFlow,
  applyNodeChanges,
  type DefaultEdgeOptions,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react'
import { useCallback, useMemo, useState } from 'react'
import { selectCanvasModel, selectDocument } from '../store/selectors'
import { useDesigner } from '../store/useDesigner'
import { layeredLayout } from './layout'
import { ResourceNode } from './ResourceNode'
import { toFlowEdges, toFlowNodes, type ResourceFlowNode } from './toFlow'

const nodeTypes: NodeTypes = { resource: ResourceNode }
const defaultEdgeOptions: DefaultEdgeOptions = {
  markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
}
const fitViewOptions = { padding: 0.15, maxZoom: 1.25 }

/**
 * Nodes of a fresh model keep what React Flow learned about the previous ones with the same id
 * (selection, measured size), so re-parsing on every keystroke does not flicker or deselect.
 */
function carryOver(next: ResourceFlowNode[], previous: ResourceFlowNode[]): ResourceFlowNode[] {
  const byId = new Map(previous.map((node) => [node.id, node]))
  return next.map((node) => {
    const before = byId.get(node.id)
    if (!before) return node
    return {
      ...node,
      selected: before.selected ?? false,
      ...(before.measured ? { measured: before.measured } : {}),
    }
  })
}

function ServiceGraph() {
  const model = useDesigner(selectCanvasModel)
  const laidOut = useMemo(() => toFlowNodes(model, layeredLayout(model)), [model])
  const edges = useMemo(() => toFlowEdges(model), [model])

  const [nodes, setNodes] = useState(laidOut)
  const [nodesFor, setNodesFor] = useState(laidOut)
  if (nodesFor !== laidOut) {
    // Adjusting state to a new model during render (not in an effect) avoids a frame with stale nodes.
    setNodesFor(laidOut)
    setNodes(carryOver(laidOut, nodes))
  }
  const onNodesChange = useCallback(
    (changes: NodeChange<ResourceFlowNode>[]) =>
      setNodes((current) => applyNodeChanges(changes, current)),
    [],
  )

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      defaultEdgeOptions={defaultEdgeOptions}
      // Positions come from the layout until the designer can store user-placed ones.
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
      fitView
      fitViewOptions={fitViewOptions}
      minZoom={0.2}
      colorMode="system"
    >
      <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
      <Controls showInteractive={false} position="bottom-left" />
    </ReactFlow>
  )
}

/** The diagram of the service. Remounted per opened design, so the view fits each new one. */
export default function Canvas() {
  const { id } = useDesigner(selectDocument)
  const empty = useDesigner(selectCanvasModel).resources.length === 0
  return (
    <section className="canvas" data-testid="canvas" aria-label="Service diagram">
      <ServiceGraph key={id} />
      {empty && (
        <p className="canvas-empty">
          No resources yet. Add a function under <code>functions:</code> in serverless.yml.
        </p>
      )}
    </section>
  )
}
