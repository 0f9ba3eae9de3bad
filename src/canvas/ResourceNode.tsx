import { Handle, Position, type NodeProps } from '@xyflow/react'
import { detailOf, presentationOf, titleOf } from './resourcePresentation'
import type { ResourceFlowNode } from './toFlow'

export function ResourceNode({ data, selected }: NodeProps<ResourceFlowNode>) {
  const { resource } = data
  const { label, glyph, tone } = presentationOf(resource.kind)
  const title = titleOf(resource)
  return (
    <div
      className={`resource-node tone-${tone}${selected ? ' is-selected' : ''}`}
      data-testid={`canvas.node.${resource.id}`}
      title={`${label}: ${title}`}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <span className="resource-node__badge" aria-hidden="true">
        {glyph}
      </span>
      <span className="resource-node__text">
        <span className="resource-node__kind">{label}</span>
        <span className="resource-node__title">{title}</span>
        <span className="resource-node__detail">{detailOf(resource)}</span>
      </span>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  )
}
