import type { Resource, ResourceKind } from '../model/types'
import { assertNever } from '../model/types'

/** Visual families; each has its own accent colour in the stylesheet (`.tone-<tone>`). */
export type ResourceTone =
  'compute' | 'api' | 'database' | 'storage' | 'messaging' | 'events' | 'other'

export interface KindPresentation {
  /** What the resource is, in words a user reads on the node. */
  readonly label: string
  /** A short mark drawn in the node's badge. */
  readonly glyph: string
  readonly tone: ResourceTone
}

export function presentationOf(kind: ResourceKind): KindPresentation {
  switch (kind) {
    case 'function':
      return { label: 'Function', glyph: 'λ', tone: 'compute' }
    case 'restApi':
      return { label: 'REST API', glyph: 'API', tone: 'api' }
    case 'httpApi':
      return { label: 'HTTP API', glyph: 'API', tone: 'api' }
    case 'websocketApi':
      return { label: 'WebSocket API', glyph: 'WS', tone: 'api' }
    case 'table':
      return { label: 'DynamoDB table', glyph: 'DB', tone: 'database' }
    case 'bucket':
      return { label: 'S3 bucket', glyph: 'S3', tone: 'storage' }
    case 'queue':
      return { label: 'SQS queue', glyph: 'Q', tone: 'messaging' }
    case 'topic':
      return { label: 'SNS topic', glyph: 'SNS', tone: 'messaging' }
    case 'schedule':
      return { label: 'Schedule', glyph: '⏱', tone: 'events' }
    case 'eventBus':
      return { label: 'Event bus', glyph: 'EB', tone: 'events' }
    case 'opaque':
      return { label: 'Resource', glyph: 'CF', tone: 'other' }
    default:
      return assertNever(kind, 'resource kind')
  }
}

function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? '' : 's'}`
}

/** The one line of facts under a node's name: what matters most about this resource at a glance. */
export function detailOf(resource: Resource): string {
  switch (resource.kind) {
    case 'function':
      return [
        resource.runtime ?? (resource.image ? 'container image' : undefined),
        `${resource.memorySize} MB`,
      ]
        .filter((part) => part !== undefined)
        .join(' · ')
    case 'restApi':
    case 'httpApi':
    case 'websocketApi':
      return plural(resource.routes.length, 'route')
    case 'table':
      return resource.billingMode === 'PAY_PER_REQUEST'
        ? 'On-demand'
        : `Provisioned · ${resource.rcu ?? '?'} RCU / ${resource.wcu ?? '?'} WCU`
    case 'bucket':
      return resource.bucketName ?? presentationOf(resource.kind).label
    case 'queue':
      return resource.fifo ? 'FIFO queue' : 'Standard queue'
    case 'topic':
      return resource.topicName ?? presentationOf(resource.kind).label
    case 'schedule':
      return resource.enabled ? 'Schedule' : 'Schedule (disabled)'
    case 'eventBus':
      return resource.busName === 'default' ? 'Default bus' : resource.busName
    case 'opaque':
      return resource.type
    default:
      return assertNever(resource, 'resource')
  }
}

/**
 * The node's heading. Implicit APIs have only their kind as a name, and a schedule is best known
 * by its expression; everything else by the name it has in `serverless.yml`.
 */
export function titleOf(resource: Resource): string {
  switch (resource.kind) {
    case 'restApi':
    case 'httpApi':
    case 'websocketApi':
      return presentationOf(resource.kind).label
    case 'schedule':
      return resource.expression
    default:
      return resource.name
  }
}
