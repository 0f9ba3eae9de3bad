import {
  apiId,
  resourceId,
  scheduleId,
  type ResourceId,
  type ResourceKind,
  type ServiceModel,
} from '../../model/types'
import type { EventSpec, Patch } from '../patches'
import { aKind, capitalized } from './labels'
import { uniqueFunctionName, uniqueLogicalId, uniqueName } from './names'
import { readRaw } from './rawDocument'
import { freePath, freeRouteKey } from './routes'
import { apiRoutes, findFunction, nextEventIndex } from './serviceQueries'
import { defaultEventSource } from './triggerEvents'

export interface NewResourceOptions {
  /**
   * The node the new one is placed beside (the selection). When it is a function, a new API
   * route, schedule or event-bus rule triggers that function instead of a new one.
   */
  readonly near?: ResourceId
  /** The current `serverless.yml`: makes the id of a schedule added to an existing function exact. */
  readonly text?: string
}

export type NewResourcePlan =
  | { readonly ok: true; readonly patches: Patch[]; readonly id: ResourceId }
  | { readonly ok: false; readonly reason: string }

/** How often a new schedule runs: often enough to see it work, rarely enough to cost nothing. */
export const NEW_SCHEDULE_RATE = 'rate(5 minutes)'

/**
 * What adding a node from the palette writes, and the id of the node to select.
 *
 * - function: `newFunction`, `newFunction2`... with the default handler.
 * - table, bucket, queue, topic: a resource `NewTable`, `NewBucket`... (on-demand table keyed by
 *   `id`); no physical name, so CloudFormation makes one unique per stage.
 * - restApi, httpApi, websocketApi: an API exists in serverless.yml only through its events, so
 *   adding one adds a route — `GET /` (else `GET /<function>`), or the WebSocket `$default` route
 *   (else one named after the function) — to a new function `apiHandler` / `socketHandler`, or to
 *   the function the new node is placed near. The API is selected.
 * - schedule: `rate(5 minutes)` on a new function `scheduledJob`, or on the function near it.
 * - eventBus: a rule on a new function `eventHandler` (or the one near it) matching
 *   `source: <service>.events`; on the default bus, or, when the design already shows the default
 *   bus, on a new bus `${self:service}-${sls:stage}-bus` that the framework creates.
 */
export function planNewResource(
  model: ServiceModel,
  kind: ResourceKind,
  options: NewResourceOptions = {},
): NewResourcePlan {
  switch (kind) {
    case 'function': {
      const name = uniqueFunctionName(model, 'newFunction')
      return planned([{ op: 'addFunction', name }], resourceId('function', name))
    }
    case 'table':
    case 'bucket':
    case 'queue':
    case 'topic':
      return newDeclaredResource(model, kind)
    case 'restApi':
    case 'httpApi': {
      const handler = triggeredFunction(model, 'apiHandler', options.near)
      const path = freePath(apiRoutes(model, kind), ['/', `/${handler.name}`])
      const event: EventSpec =
        kind === 'restApi'
          ? { type: 'http', path, method: 'GET' }
          : { type: 'httpApi', path, method: 'GET' }
      return planned([...handler.patches, addEvent(handler.name, event)], apiId(kind))
    }
    case 'websocketApi': {
      const handler = triggeredFunction(model, 'socketHandler', options.near)
      const route = freeRouteKey(apiRoutes(model, kind), ['$default', handler.name])
      return planned(
        [...handler.patches, addEvent(handler.name, { type: 'websocket', route })],
        apiId(kind),
      )
    }
    case 'schedule': {
      const handler = triggeredFunction(model, 'scheduledJob', options.near)
      const existing = findFunction(model, resourceId('function', handler.name))
      const index = existing ? nextEventIndex(model, existing, readRaw(options.text)) : 0
      return planned(
        [...handler.patches, addEvent(handler.name, { type: 'schedule', rate: NEW_SCHEDULE_RATE })],
        scheduleId(handler.name, index),
      )
    }
    case 'eventBus':
      return newEventBusRule(model, options.near)
    case 'opaque':
      return {
        ok: false,
        reason: `${capitalized(aKind(kind))} is whatever serverless.yml declares under resources; add it there.`,
      }
  }
}

function planned(patches: Patch[], id: ResourceId): NewResourcePlan {
  return { ok: true, patches, id }
}

function addEvent(fn: string, event: EventSpec): Patch {
  return { op: 'addEvent', function: fn, event }
}

const NEW_RESOURCE_BASE = {
  table: 'NewTable',
  bucket: 'NewBucket',
  queue: 'NewQueue',
  topic: 'NewTopic',
} as const

function newDeclaredResource(
  model: ServiceModel,
  kind: keyof typeof NEW_RESOURCE_BASE,
): NewResourcePlan {
  const name = uniqueLogicalId(model, NEW_RESOURCE_BASE[kind])
  const patch: Patch =
    kind === 'table'
      ? { op: 'addTable', name, billingMode: 'PAY_PER_REQUEST', hashKey: { name: 'id', type: 'S' } }
      : kind === 'bucket'
        ? { op: 'addBucket', name }
        : kind === 'queue'
          ? { op: 'addQueue', name }
          : { op: 'addTopic', name }
  return planned([patch], resourceId(kind, name))
}

/** The function a new event source triggers: the one it is placed near, else a new one. */
function triggeredFunction(
  model: ServiceModel,
  base: string,
  near: ResourceId | undefined,
): { name: string; patches: Patch[] } {
  const nearFunction = near === undefined ? undefined : findFunction(model, near)
  if (nearFunction) return { name: nearFunction.name, patches: [] }
  const name = uniqueFunctionName(model, base)
  return { name, patches: [{ op: 'addFunction', name }] }
}

function newEventBusRule(model: ServiceModel, near: ResourceId | undefined): NewResourcePlan {
  const handler = triggeredFunction(model, 'eventHandler', near)
  const pattern = { source: [defaultEventSource(model)] }
  const buses = new Set(model.resources.flatMap((r) => (r.kind === 'eventBus' ? [r.busName] : [])))
  if (!buses.has('default')) {
    return planned(
      [...handler.patches, addEvent(handler.name, { type: 'eventBridge', pattern })],
      resourceId('eventBus', 'default'),
    )
  }
  // A bus per stage, as the framework names its own resources; the model shows it resolved.
  const resolvedBase = `${model.service}-${model.provider.stage}-bus`
  const resolved = uniqueName(resolvedBase, (name) => buses.has(name))
  const eventBus = `\${self:service}-\${sls:stage}-bus${resolved.slice(resolvedBase.length)}`
  return planned(
    [...handler.patches, addEvent(handler.name, { type: 'eventBridge', pattern, eventBus })],
    resourceId('eventBus', resolved),
  )
}
