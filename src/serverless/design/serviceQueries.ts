import type {
  AccessEdge,
  ApiRoute,
  FunctionResource,
  Resource,
  ResourceId,
  ServiceModel,
  TriggerEdge,
} from '../../model/types'
import { rawEvents, type RawDocument } from './rawDocument'

/** Small look-ups over a model that the planners share. */

export function findResource(model: ServiceModel, id: ResourceId): Resource | undefined {
  return model.resources.find((r) => r.id === id)
}

export function findFunction(model: ServiceModel, id: ResourceId): FunctionResource | undefined {
  const found = findResource(model, id)
  return found?.kind === 'function' ? found : undefined
}

/** Trigger edges leaving a source node. */
export function triggersFrom(model: ServiceModel, id: ResourceId): TriggerEdge[] {
  return model.edges.filter((e): e is TriggerEdge => e.kind === 'trigger' && e.from === id)
}

export function hasTrigger(model: ServiceModel, from: ResourceId, to: ResourceId): boolean {
  return model.edges.some((e) => e.kind === 'trigger' && e.from === from && e.to === to)
}

export function hasAccess(model: ServiceModel, from: ResourceId, to: ResourceId): boolean {
  return model.edges.some(
    (e): e is AccessEdge => e.kind === 'access' && e.from === from && e.to === to,
  )
}

export function apiRoutes(
  model: ServiceModel,
  kind: 'restApi' | 'httpApi' | 'websocketApi',
): readonly ApiRoute[] {
  const api = model.resources.find((r) => r.kind === kind)
  return api?.kind === kind ? api.routes : []
}

/**
 * The index the next event appended to the function will have. Exact from the text (which
 * also holds events the model does not draw), else undefined: an index guessed from the drawn
 * events could name another event.
 */
export function exactNextEventIndex(
  raw: RawDocument | undefined,
  functionKey: string,
): number | undefined {
  return raw ? rawEvents(raw, functionKey)?.length : undefined
}

/** As `exactNextEventIndex`, falling back to the drawn events when only a guess is needed. */
export function nextEventIndex(
  model: ServiceModel,
  fn: FunctionResource,
  raw: RawDocument | undefined,
): number {
  const exact = exactNextEventIndex(raw, fn.name)
  if (exact !== undefined) return exact
  const drawn = model.edges.filter((e): e is TriggerEdge => e.kind === 'trigger' && e.to === fn.id)
  return drawn.reduce((next, e) => Math.max(next, e.eventIndex + 1), 0)
}
