import type {
  AccessEdge,
  Edge,
  FunctionResource,
  Resource,
  ResourceId,
  ServiceModel,
} from '../../model/types'
import type { Patch } from '../patches'
import { describeResource } from './labels'
import { findResource, triggersFrom } from './serviceQueries'

export type RemovalPlan =
  { readonly ok: true; readonly patches: Patch[] } | { readonly ok: false; readonly reason: string }

/** Delete one node: see `planRemovals`. */
export function planRemoval(model: ServiceModel, id: ResourceId): RemovalPlan {
  return planRemovals(model, [id], [])
}

/** Delete one edge: a trigger is its event, an access edge its variable and IAM grant. */
export function planEdgeRemoval(model: ServiceModel, edge: Edge): RemovalPlan {
  return planRemovals(model, [], [edge])
}

/**
 * Delete nodes and edges together (a multi-selection) as one list of patches:
 * - a function: the function, with its events;
 * - a resource declared in resources (table, bucket, queue, topic, event bus, opaque): the
 *   events it triggers, then the resource (the codec also removes variables, grants, onError
 *   and dead-letter settings that name it);
 * - a bucket, queue, topic or bus known only from events: those events, and `onError` settings
 *   naming it;
 * - a schedule: its event; an API: every event of that kind (http, httpApi or websocket);
 * - a trigger edge: its event; an access edge: `disconnectAccess`.
 *
 * Events are removed by index, so they go first, highest index first within each function;
 * patches that name things (access, resources, functions) follow. Work the selection already
 * covers is left out: a removed function's events and access edges go with it.
 */
export function planRemovals(
  model: ServiceModel,
  ids: readonly ResourceId[],
  edges: readonly Edge[],
): RemovalPlan {
  const plan = new RemovalBuilder(model)
  for (const id of ids) {
    const resource = findResource(model, id)
    if (!resource) return { ok: false, reason: 'That resource is no longer in the design.' }
    plan.removeNode(resource)
  }
  for (const edge of edges) {
    const problem = plan.removeEdge(edge)
    if (problem) return { ok: false, reason: problem }
  }
  return { ok: true, patches: plan.patches() }
}

class RemovalBuilder {
  private readonly events = new Map<string, Set<number>>()
  private readonly onErrorCleared = new Set<string>()
  private readonly accesses: { fn: string; target: ResourceId }[] = []
  private readonly resources = new Set<string>()
  private readonly functions = new Set<string>()
  private readonly removedIds = new Set<ResourceId>()

  constructor(private readonly model: ServiceModel) {}

  removeNode(resource: Resource): void {
    this.removedIds.add(resource.id)
    if (resource.kind === 'function') {
      this.functions.add(resource.name)
      return
    }
    // Every kind but a function triggers through events; a declared resource may be named
    // by a plain string there (`bucket: Uploads`), which removing the resource would not clean.
    for (const edge of triggersFrom(this.model, resource.id))
      this.removeEvent(edge.to, edge.eventIndex)
    if (resource.origin === 'resources') {
      this.resources.add(resource.name)
      return
    }
    for (const fn of this.functionsWithOnError(resource.id)) this.onErrorCleared.add(fn.name)
  }

  removeEdge(edge: Edge): string | undefined {
    if (edge.kind === 'trigger') {
      if (!this.edgeExists(edge)) return 'That connection is no longer in the design.'
      this.removeEvent(edge.to, edge.eventIndex)
      return undefined
    }
    return this.removeAccess(edge)
  }

  patches(): Patch[] {
    const live = (fn: string) => !this.functions.has(fn)
    const patches: Patch[] = []
    for (const [fn, indexes] of this.events) {
      if (!live(fn)) continue
      for (const index of [...indexes].sort((a, b) => b - a)) {
        patches.push({ op: 'removeEvent', function: fn, index })
      }
    }
    for (const fn of this.onErrorCleared) {
      if (live(fn))
        patches.push({ op: 'setFunctionProperty', name: fn, property: 'onError', value: undefined })
    }
    for (const { fn, target } of this.accesses) {
      if (live(fn) && !this.removedIds.has(target)) {
        patches.push({ op: 'disconnectAccess', function: fn, target })
      }
    }
    for (const name of this.resources) patches.push({ op: 'removeResource', name })
    for (const name of this.functions) patches.push({ op: 'removeFunction', name })
    return patches
  }

  private removeEvent(functionId: ResourceId, index: number): void {
    const fn = findResource(this.model, functionId)
    if (fn?.kind !== 'function') return
    let indexes = this.events.get(fn.name)
    if (!indexes) this.events.set(fn.name, (indexes = new Set()))
    indexes.add(index)
  }

  private removeAccess(edge: AccessEdge): string | undefined {
    const fn = findResource(this.model, edge.from)
    const target = findResource(this.model, edge.to)
    if (fn?.kind !== 'function' || !target) return 'That connection is no longer in the design.'
    if (target.origin !== 'resources') {
      return `The access of ${fn.name} to ${describeResource(target)} is written by name or ARN in serverless.yml; remove it there.`
    }
    if (!this.accesses.some((a) => a.fn === fn.name && a.target === target.id)) {
      this.accesses.push({ fn: fn.name, target: target.id })
    }
    return undefined
  }

  private edgeExists(edge: Edge): boolean {
    return this.model.edges.some(
      (e) =>
        e.kind === edge.kind &&
        e.from === edge.from &&
        e.to === edge.to &&
        (e.kind !== 'trigger' || (edge.kind === 'trigger' && e.eventIndex === edge.eventIndex)),
    )
  }

  private functionsWithOnError(id: ResourceId): FunctionResource[] {
    return this.model.resources.filter(
      (r): r is FunctionResource => r.kind === 'function' && r.onError === id,
    )
  }
}
