import type { Resource, ResourceId, ResourceKind, ServiceModel } from '../../model/types'
import { aKind, capitalized, kindNoun } from './labels'
import { findResource, hasAccess, hasTrigger, triggersFrom } from './serviceQueries'

/** How an edge drawn between two kinds behaves: the canvas draws each kind differently. */
export type ConnectionKind = 'sync' | 'async' | 'poll' | 'access'

/** Kinds that can trigger a function, and how they invoke it. */
const TRIGGER_MODE: Partial<Readonly<Record<ResourceKind, ConnectionKind>>> = {
  restApi: 'sync',
  httpApi: 'sync',
  websocketApi: 'sync',
  bucket: 'async',
  topic: 'async',
  schedule: 'async',
  eventBus: 'async',
  queue: 'poll',
  table: 'poll',
}

/** Kinds a function can be given access to (an environment variable and an IAM grant). */
const ACCESS_TARGETS: ReadonlySet<ResourceKind> = new Set(['table', 'bucket', 'queue', 'topic'])

/** The edge a connection from a `from` node to a `to` node would be, or null when none is. */
export function connectionKind(from: ResourceKind, to: ResourceKind): ConnectionKind | null {
  if (to === 'function') return TRIGGER_MODE[from] ?? null
  if (from === 'function' && ACCESS_TARGETS.has(to)) return 'access'
  return null
}

export type ConnectionCheck =
  | {
      readonly ok: true
      readonly kind: ConnectionKind
      readonly from: Resource
      readonly to: Resource
    }
  | { readonly ok: false; readonly reason: string }

/**
 * Whether the model allows the connection, and if not, why — in words for the person drawing
 * it. Looks at the model only, so it is cheap enough to run while an edge is being dragged.
 */
export function checkConnection(
  model: ServiceModel,
  fromId: ResourceId,
  toId: ResourceId,
): ConnectionCheck {
  const from = findResource(model, fromId)
  const to = findResource(model, toId)
  if (!from || !to) return refuse('That resource is no longer in the design.')
  if (from.id === to.id)
    return refuse(`${capitalized(aKind(from.kind))} cannot be connected to itself.`)
  if (from.kind === 'opaque' || to.kind === 'opaque') {
    return refuse('An opaque CloudFormation resource cannot be connected.')
  }
  const kind = connectionKind(from.kind, to.kind)
  if (kind === null) return refuse(wrongDirection(from.kind, to.kind))
  const problem =
    kind === 'access' ? accessProblem(model, from, to) : triggerProblem(model, from, to)
  return problem ? refuse(problem) : { ok: true, kind, from, to }
}

function refuse(reason: string): ConnectionCheck {
  return { ok: false, reason }
}

function isApi(kind: ResourceKind): boolean {
  return kind === 'restApi' || kind === 'httpApi' || kind === 'websocketApi'
}

function wrongDirection(from: ResourceKind, to: ResourceKind): string {
  if (from === 'function') {
    if (to === 'function') {
      return 'A function cannot call another function directly. Put a queue or a topic between them.'
    }
    if (isApi(to))
      return 'A function cannot trigger an API. Connect the API to the function instead.'
    if (to === 'schedule') {
      return 'A function cannot trigger a schedule. Connect the schedule to the function instead.'
    }
    return 'Publishing to an event bus is not drawn. Connect the event bus to a function to subscribe it.'
  }
  if (isApi(from)) return 'An API can only send requests to a function.'
  if (from === 'table')
    return 'A table can only be connected to a function, which then consumes its stream.'
  return `${capitalized(aKind(from))} can only trigger a function.`
}

const DUPLICATE_TRIGGER: Partial<Readonly<Record<ResourceKind, string>>> = {
  restApi: 'The REST API already sends requests to this function. Add more routes in its events.',
  httpApi: 'The HTTP API already sends requests to this function. Add more routes in its events.',
  websocketApi:
    'The WebSocket API already sends a route to this function. Add more routes in its events.',
  bucket: "This function already handles that bucket's events.",
  queue: 'This function already reads from that queue.',
  topic: 'This function is already subscribed to that topic.',
  schedule: 'This schedule already runs this function.',
  eventBus: 'This function already receives events from that bus.',
  table: "This function already consumes that table's stream.",
}

function triggerProblem(model: ServiceModel, from: Resource, fn: Resource): string | undefined {
  if (hasTrigger(model, from.id, fn.id)) {
    return DUPLICATE_TRIGGER[from.kind] ?? 'These two are already connected.'
  }
  if (from.kind === 'table' && from.origin !== 'resources') {
    return `The table ${from.name} is not declared in this service's resources, so its stream cannot be read from here.`
  }
  if (from.kind === 'schedule') {
    const same = model.resources.some(
      (r) =>
        r.kind === 'schedule' &&
        r.expression === from.expression &&
        triggersFrom(model, r.id).some((e) => e.to === fn.id),
    )
    if (same) return `This function already runs on ${from.expression}.`
  }
  return undefined
}

function accessProblem(model: ServiceModel, fn: Resource, target: Resource): string | undefined {
  const noun = kindNoun(target.kind)
  if (hasAccess(model, fn.id, target.id)) return `This function already uses that ${noun}.`
  if (target.origin !== 'resources') {
    return `Access can be drawn only to a ${noun} declared in this service's resources; ${target.name} is only named by an event. Grant it in serverless.yml instead.`
  }
  return undefined
}
