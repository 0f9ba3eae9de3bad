import type {
  AccessEdge,
  Edge,
  Resource,
  ResourceId,
  ResourceKind,
  ResourceOfKind,
  ServiceModel,
  TriggerEdge,
} from './types'

/** Resources by id. Build once per model and reuse: models hold hundreds of nodes. */
export function byId(model: ServiceModel): ReadonlyMap<ResourceId, Resource> {
  const map = new Map<ResourceId, Resource>()
  for (const resource of model.resources) map.set(resource.id, resource)
  return map
}

export function resourcesOfKind<K extends ResourceKind>(
  model: ServiceModel,
  kind: K,
): ResourceOfKind<K>[] {
  return model.resources.filter((r): r is ResourceOfKind<K> => r.kind === kind)
}

/** Edges that start or end at `id`. */
export function edgesOf(model: ServiceModel, id: ResourceId): Edge[] {
  return model.edges.filter((e) => e.from === id || e.to === id)
}

/** Trigger edges invoking the function `functionId`, in event order. */
export function triggersOf(model: ServiceModel, functionId: ResourceId): TriggerEdge[] {
  return model.edges
    .filter((e): e is TriggerEdge => e.kind === 'trigger' && e.to === functionId)
    .sort((a, b) => a.eventIndex - b.eventIndex)
}

/** Access edges from the function `functionId`. */
export function accessOf(model: ServiceModel, functionId: ResourceId): AccessEdge[] {
  return model.edges.filter((e): e is AccessEdge => e.kind === 'access' && e.from === functionId)
}

/**
 * The model without references to ids it does not contain: edges with a missing end, and
 * `onError` / `deadLetterQueue` pointing nowhere. Validation reports those; consumers such as the
 * canvas then only ever see edges between drawn nodes.
 */
export function withoutDanglingReferences(model: ServiceModel): ServiceModel {
  const ids = byId(model)
  let changed = false
  const resources = model.resources.map((r): Resource => {
    if (r.kind === 'function' && r.onError !== undefined && !ids.has(r.onError)) {
      changed = true
      const { onError: _dropped, ...rest } = r
      return rest
    }
    if (r.kind === 'queue' && r.deadLetterQueue !== undefined && !ids.has(r.deadLetterQueue)) {
      changed = true
      const { deadLetterQueue: _dropped, ...rest } = r
      return rest
    }
    return r
  })
  const edges = model.edges.filter((e) => ids.has(e.from) && ids.has(e.to))
  if (!changed && edges.length === model.edges.length) return model
  return { ...model, resources, edges }
}
