import type { Diagnostic, TextRange } from '../model/diagnostics'
import type { Resource, ResourceId } from '../model/types'
import type { Declaration } from './parseContext'
import type { SourceMap, YamlPath } from './sourceMap'

/**
 * Model paths name functions and resources by key (`['functions', 'api', 'timeout']`), but in the
 * text `functions` and `resources` may be lists of maps; rewrite the prefix to the real path.
 */
export function documentPath(
  path: YamlPath,
  functionPaths: ReadonlyMap<string, YamlPath>,
  resourcePaths: ReadonlyMap<string, YamlPath>,
): YamlPath {
  if (path[0] === 'functions' && typeof path[1] === 'string') {
    const real = functionPaths.get(path[1])
    if (real) return [...real, ...path.slice(2)]
  }
  if (path[0] === 'resources' && path[1] === 'Resources' && typeof path[2] === 'string') {
    const real = resourcePaths.get(path[2])
    if (real) return [...real, ...path.slice(3)]
  }
  return path
}

/** Where each resource is declared in the text. */
export function declarationRanges(
  resources: readonly Resource[],
  declarations: ReadonlyMap<ResourceId, Declaration>,
  sourceMap: SourceMap,
): Record<string, TextRange> {
  const ranges: Record<string, TextRange> = {}
  for (const resource of resources) {
    const declaration = declarations.get(resource.id)
    if (!declaration) continue
    ranges[resource.id] =
      (declaration.form === 'entry'
        ? sourceMap.declarationRange(declaration.path)
        : sourceMap.valueRange(declaration.path)) ?? sourceMap.nearestRange(declaration.path)
  }
  return ranges
}

/** Give every diagnostic a range: its path's, else its resource's declaration, else the nearest. */
export function withRanges(
  diagnostics: readonly Diagnostic[],
  sourceMap: SourceMap,
  ranges: Readonly<Record<string, TextRange>>,
  rewrite: (path: YamlPath) => YamlPath,
): Diagnostic[] {
  return diagnostics.map((d) => {
    if (d.range) return d
    const path = d.path && rewrite(d.path)
    const range =
      (path && sourceMap.valueRange(path)) ??
      (d.resourceId && ranges[d.resourceId]) ??
      (path ? sourceMap.nearestRange(path) : sourceMap.startRange())
    return { ...d, ...(path && { path }), range }
  })
}
