import { Handle, Position, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { useDesigner } from '../store/useDesigner'
import { KindIcon } from './KindIcon'
import { detailOf, kindLabel, titleOf } from './resourcePresentation'
import type { ResourceFlowNode } from './toFlow'

/**
 * One resource: its kind's icon and colour, its name and key figures. Connections start at the
 * right handle; while one is being drawn the left (target) handle grows over the whole node
 * (see canvas.css), so dropping anywhere on a node connects to it.
 */
function ResourceNodeView({ data, selected, isConnectable }: NodeProps<ResourceFlowNode>) {
  const { resource, hasError } = data
  const label = kindLabel(resource.kind)
  const title = titleOf(resource)
  const detail = detailOf(resource)
  // The last simulation's figures for this resource, if a run has been made.
  const figure = useDesigner((state) => state.nodeFigures[resource.id])
  const classes = ['resource-node', `kind-${resource.kind}`]
  if (selected) classes.push('is-selected')
  if (hasError) classes.push('has-error')
  return (
    <div
      className={classes.join(' ')}
      data-testid={`canvas.node.${resource.id}`}
      title={[`${label}: ${title}`, detail].filter(Boolean).join('\n')}
    >
      <Handle
        type="target"
        position={Position.Left}
        isConnectable={isConnectable}
        isConnectableStart={false}
        aria-label={`Connect to ${title}`}
      />
      <span className="resource-node__icon">
        <KindIcon kind={resource.kind} />
      </span>
      <span className="resource-node__text">
        <span className="resource-node__kind">{label}</span>
        <span className="resource-node__title">{title}</span>
        {detail && <span className="resource-node__detail">{detail}</span>}
        {figure && (
          <span
            className={`resource-node__figure${figure.alert ? ' is-alert' : ''}`}
            data-testid={`canvas.node.${resource.id}.figure`}
            data-alert={figure.alert}
          >
            {figure.text}
          </span>
        )}
      </span>
      {hasError && (
        <span
          className="resource-node__error"
          role="img"
          aria-label="Has errors"
          data-testid={`canvas.node.${resource.id}.error`}
        >
          !
        </span>
      )}
      <Handle
        type="source"
        position={Position.Right}
        isConnectable={isConnectable}
        aria-label={`Connect ${title} to…`}
      />
    </div>
  )
}

export const ResourceNode = memo(ResourceNodeView)
