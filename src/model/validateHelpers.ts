import type { Severity } from './diagnostics'
import type { Resource, ResourceId } from './types'

export type Path = readonly (string | number)[]

export type Report = (
  severity: Severity,
  code: string,
  message: string,
  resourceId?: ResourceId,
  path?: Path,
) => void

/** Where a resource is declared; undefined for event-only and implicit ones. */
export function declarationPath(resource: Resource): Path | undefined {
  if (resource.origin === 'functions') return ['functions', resource.name]
  if (resource.origin === 'resources') return ['resources', 'Resources', resource.name]
  return undefined
}

export function propertyPath(resource: Resource, ...keys: string[]): Path | undefined {
  const base = declarationPath(resource)
  if (!base) return undefined
  return resource.origin === 'resources' ? [...base, 'Properties', ...keys] : [...base, ...keys]
}

export function eventPath(functionName: string, eventIndex: number): Path {
  return ['functions', functionName, 'events', eventIndex]
}

export function nameOfFunctionId(id: ResourceId): string {
  return id.slice(id.indexOf(':') + 1)
}
