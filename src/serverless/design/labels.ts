import type { Resource, ResourceKind } from '../../model/types'

/** How messages name a kind of node, as a person reading the canvas would say it. */
const KIND_NOUN: Readonly<Record<ResourceKind, string>> = {
  function: 'function',
  restApi: 'REST API',
  httpApi: 'HTTP API',
  websocketApi: 'WebSocket API',
  table: 'table',
  bucket: 'bucket',
  queue: 'queue',
  topic: 'topic',
  schedule: 'schedule',
  eventBus: 'event bus',
  opaque: 'CloudFormation resource',
}

export function kindNoun(kind: ResourceKind): string {
  return KIND_NOUN[kind]
}

/** `a queue`, `an event bus`, `a REST API`. */
export function aKind(kind: ResourceKind): string {
  const noun = KIND_NOUN[kind]
  return /^[aeio]/i.test(noun) ? `an ${noun}` : `a ${noun}`
}

/** `the queue Jobs`, `the REST API`, `the default event bus`, `the schedule rate(1 hour)`. */
export function describeResource(resource: Resource): string {
  switch (resource.kind) {
    case 'restApi':
    case 'httpApi':
    case 'websocketApi':
      return `the ${KIND_NOUN[resource.kind]}`
    case 'schedule':
      return `the schedule ${resource.expression}`
    case 'eventBus':
      return resource.busName === 'default'
        ? 'the default event bus'
        : `the event bus ${resource.busName}`
    case 'function':
      return resource.name
    default:
      return `the ${KIND_NOUN[resource.kind]} ${resource.name}`
  }
}

export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
