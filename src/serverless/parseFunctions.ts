import { FRAMEWORK_DEFAULTS } from '../model/defaults'
import { resourceId, type FunctionResource, type ResourceId } from '../model/types'
import { isPlainMap, isUnresolved, resolvedText, type PlainMap } from './coerce'
import { displayValue } from './display'
import type { ParseContext } from './parseContext'
import {
  readArchitecture,
  readEnvironment,
  readStatements,
  type IamStatement,
  type ProviderInfo,
} from './parseProvider'
import type { Plain } from './plain'
import type { YamlPath } from './sourceMap'

/** What later steps (events, edges) need to know about a function beyond its resource. */
export interface FunctionInfo {
  readonly key: string
  readonly id: ResourceId
  readonly path: YamlPath
  readonly settings: PlainMap
  /** Provider environment merged with the function's, resolved values. */
  readonly environment: PlainMap
  /** Statements of serverless-iam-roles-per-function (`functions.<name>.iamRoleStatements`). */
  readonly iamStatements: readonly IamStatement[]
}

/** Each `functions` entry as a function resource; `functions` may also be a list of maps. */
export function parseFunctions(
  ctx: ParseContext,
  provider: ProviderInfo,
  service: string | undefined,
): FunctionInfo[] {
  const raw = ctx.config['functions']
  const infos: FunctionInfo[] = []
  for (const { key, value, path } of entries(ctx, raw, ['functions'])) {
    const id = resourceId('function', key)
    if (isUnresolved(value)) continue
    if (value !== null && !isPlainMap(value)) {
      ctx.wrongType(path, `Function '${key}'`, 'a map of settings', value)
      continue
    }
    const settings: PlainMap = value ?? {}
    ctx.functionPaths.set(key, path)
    const environment = {
      ...provider.environment,
      ...readEnvironment(ctx, settings['environment'], [...path, 'environment']),
    }
    ctx.registry.add(
      'functions',
      toResource(ctx, key, id, path, settings, provider, environment, service),
      {
        path,
        form: 'entry',
      },
    )
    infos.push({
      key,
      id,
      path,
      settings,
      environment,
      iamStatements: readStatements(ctx, settings['iamRoleStatements'], [
        ...path,
        'iamRoleStatements',
      ]),
    })
  }
  return infos
}

function* entries(
  ctx: ParseContext,
  raw: Plain | undefined,
  path: YamlPath,
): Generator<{ key: string; value: Plain; path: YamlPath }> {
  if (raw === undefined || raw === null || isUnresolved(raw)) return
  if (isPlainMap(raw)) {
    for (const [key, value] of Object.entries(raw)) yield { key, value, path: [...path, key] }
    return
  }
  if (Array.isArray(raw)) {
    // The framework merges a list of maps (often `${file(...)}` each).
    for (const [i, item] of raw.entries()) {
      if (isPlainMap(item)) {
        for (const [key, value] of Object.entries(item))
          yield { key, value, path: [...path, i, key] }
      } else if (!isUnresolved(item))
        ctx.wrongType([...path, i], 'An entry of functions', 'a map', item)
    }
    return
  }
  ctx.wrongType(path, 'functions', 'a map of function names to settings', raw)
}

function toResource(
  ctx: ParseContext,
  key: string,
  id: ResourceId,
  path: YamlPath,
  settings: PlainMap,
  provider: ProviderInfo,
  environment: PlainMap,
  service: string | undefined,
): FunctionResource {
  const p = provider.settings
  const who = `functions.${key}`
  const num = (k: string) => ctx.number(settings, k, path, `${who}.${k}`, id)
  const text = (k: string) => ctx.text(settings, k, path, `${who}.${k}`, id)
  const handler = text('handler')
  const image = imageOf(settings['image'])
  const runtime = text('runtime') ?? p.runtime
  const reservedConcurrency = num('reservedConcurrency')
  const provisionedConcurrency = num('provisionedConcurrency')
  const ephemeralStorageSize = num('ephemeralStorageSize')
  const description = text('description')
  const explicitName = settings['name']
  const functionName =
    explicitName !== undefined && explicitName !== null
      ? resolvedText(explicitName)
      : service === undefined
        ? undefined
        : `${service}-${ctx.settings.stage}-${key}`
  const display: Record<string, string> = {}
  for (const [name, value] of Object.entries(environment)) display[name] = displayValue(value)
  return {
    kind: 'function',
    id,
    name: key,
    origin: 'functions',
    ...(functionName !== undefined && { functionName }),
    ...(handler !== undefined && { handler }),
    ...(image !== undefined && { image }),
    ...(runtime !== undefined && { runtime }),
    memorySize: num('memorySize') ?? p.memorySize ?? FRAMEWORK_DEFAULTS.memorySize,
    timeout: num('timeout') ?? p.timeout ?? FRAMEWORK_DEFAULTS.timeout,
    architecture:
      readArchitecture(ctx, settings, path, `${who}.architecture`) ??
      p.architecture ??
      FRAMEWORK_DEFAULTS.architecture,
    ...(reservedConcurrency !== undefined && { reservedConcurrency }),
    ...(provisionedConcurrency !== undefined && { provisionedConcurrency }),
    ...(ephemeralStorageSize !== undefined && { ephemeralStorageSize }),
    environment: display,
    ...(description !== undefined && { description }),
  }
}

/** `image: name` or `image: { name | uri }`. */
function imageOf(value: Plain | undefined): string | undefined {
  if (typeof value === 'string') return value
  if (isPlainMap(value)) {
    const named = value['name'] ?? value['uri']
    return typeof named === 'string' ? named : displayValue(value)
  }
  return undefined
}
