import type { Resource, ResourceKind } from '../model/types'
import { assertNever } from '../model/types'

/** What a resource is, in words a user reads on the node and in its tooltip. */
export function kindLabel(kind: ResourceKind): string {
  switch (kind) {
    case 'function':
      return 'Function'
    case 'restApi':
      return 'REST API'
    case 'httpApi':
      return 'HTTP API'
    case 'websocketApi':
      return 'WebSocket API'
    case 'table':
      return 'DynamoDB table'
    case 'bucket':
      return 'S3 bucket'
    case 'queue':
      return 'SQS queue'
    case 'topic':
      return 'SNS topic'
    case 'schedule':
      return 'Schedule'
    case 'eventBus':
      return 'Event bus'
    case 'opaque':
      return 'Resource'
    default:
      return assertNever(kind, 'resource kind')
  }
}

function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? '' : 's'}`
}

const numberFormat = new Intl.NumberFormat('en-US')

/**
 * The key figures of a resource, most important first: what a reader of the diagram needs at a
 * glance to reason about cost and behaviour. Shown joined on one line under the name.
 */
export function factsOf(resource: Resource): string[] {
  switch (resource.kind) {
    case 'function':
      return [
        resource.runtime ?? (resource.image ? 'container image' : 'no runtime'),
        `${resource.memorySize} MB`,
        resource.architecture,
      ]
    case 'restApi':
    case 'httpApi':
    case 'websocketApi':
      return [plural(resource.routes.length, 'route')]
    case 'table':
      return resource.billingMode === 'PAY_PER_REQUEST'
        ? ['On-demand']
        : ['Provisioned', `${resource.rcu ?? '?'} RCU`, `${resource.wcu ?? '?'} WCU`]
    case 'bucket':
      return resource.bucketName ? [resource.bucketName] : []
    case 'queue':
      return [resource.fifo ? 'FIFO' : 'Standard', ...(resource.deadLetterQueue ? ['DLQ'] : [])]
    case 'topic':
      return resource.topicName ? [resource.topicName] : []
    case 'schedule':
      return [
        ...(resource.invocationsPerMonth !== undefined
          ? [`${numberFormat.format(resource.invocationsPerMonth)} / month`]
          : []),
        ...(resource.enabled ? [] : ['disabled']),
      ]
    case 'eventBus':
      return [resource.busName === 'default' ? 'default bus' : resource.busName]
    case 'opaque':
      return [resource.type]
    default:
      return assertNever(resource, 'resource')
  }
}

/** The one line of facts under a node's name. */
export function detailOf(resource: Resource): string {
  return factsOf(resource).join(' · ')
}

/**
 * The node's heading. Implicit APIs have only their kind as a name, and a schedule is best known
 * by its rate; everything else by the name it has in `serverless.yml`.
 */
export function titleOf(resource: Resource): string {
  switch (resource.kind) {
    case 'restApi':
    case 'httpApi':
    case 'websocketApi':
      return kindLabel(resource.kind)
    case 'schedule':
      return resource.expression
    default:
      return resource.name
  }
}
