import type { Architecture, ProviderSettings } from '../model/types'
import { isPlainMap, isUnresolved, type PlainMap } from './coerce'
import type { ParseContext } from './parseContext'
import type { Plain } from './plain'
import type { YamlPath } from './sourceMap'

export interface IamStatement {
  readonly statement: PlainMap
  readonly path: YamlPath
}

export interface ProviderInfo {
  readonly settings: ProviderSettings
  /** `provider.environment`, resolved. */
  readonly environment: PlainMap
  /** `provider.iam.role.statements` and the older `provider.iamRoleStatements`. */
  readonly iamStatements: readonly IamStatement[]
  /** `provider.s3`: settings of the buckets `s3` events create, by the key events use. */
  readonly s3Buckets: PlainMap
}

const ARCHITECTURES: readonly string[] = ['x86_64', 'arm64']

export function parseProvider(ctx: ParseContext): ProviderInfo {
  const raw = ctx.config['provider']
  const path = ['provider']
  const base = { region: ctx.settings.region, stage: ctx.settings.stage }
  if (!isPlainMap(raw)) {
    if (raw !== undefined && raw !== null && !isUnresolved(raw)) {
      ctx.wrongType(path, 'provider', 'a map', raw)
    }
    return { settings: base, environment: {}, iamStatements: [], s3Buckets: {} }
  }
  const name = ctx.text(raw, 'name', path, 'provider.name')
  const runtime = ctx.text(raw, 'runtime', path, 'provider.runtime')
  const memorySize = ctx.number(raw, 'memorySize', path, 'provider.memorySize')
  const timeout = ctx.number(raw, 'timeout', path, 'provider.timeout')
  const architecture = readArchitecture(ctx, raw, path, 'provider.architecture')
  const settings: ProviderSettings = {
    ...base,
    ...(name !== undefined && { name }),
    ...(runtime !== undefined && { runtime }),
    ...(memorySize !== undefined && { memorySize }),
    ...(timeout !== undefined && { timeout }),
    ...(architecture !== undefined && { architecture }),
  }
  return {
    settings,
    environment: readEnvironment(ctx, raw['environment'], [...path, 'environment']),
    iamStatements: [
      ...readStatements(ctx, child(child(raw['iam'], 'role'), 'statements'), [
        ...path,
        'iam',
        'role',
        'statements',
      ]),
      ...readStatements(ctx, raw['iamRoleStatements'], [...path, 'iamRoleStatements']),
    ],
    s3Buckets: isPlainMap(raw['s3']) ? raw['s3'] : {},
  }
}

function child(value: Plain | undefined, key: string): Plain | undefined {
  return isPlainMap(value) ? value[key] : undefined
}

export function readArchitecture(
  ctx: ParseContext,
  map: PlainMap,
  path: YamlPath,
  what: string,
): Architecture | undefined {
  const value = map['architecture']
  if (value === undefined || value === null || isUnresolved(value)) return undefined
  if (typeof value === 'string' && ARCHITECTURES.includes(value)) return value as Architecture
  ctx.wrongType([...path, 'architecture'], what, "'x86_64' or 'arm64'", value)
  return undefined
}

export function readEnvironment(
  ctx: ParseContext,
  value: Plain | undefined,
  path: YamlPath,
): PlainMap {
  if (value === undefined || value === null) return {}
  if (isPlainMap(value)) return value
  if (!isUnresolved(value)) ctx.wrongType(path, 'environment', 'a map of names to values', value)
  return {}
}

export function readStatements(
  ctx: ParseContext,
  value: Plain | undefined,
  path: YamlPath,
): IamStatement[] {
  if (value === undefined || value === null || isUnresolved(value)) return []
  if (!Array.isArray(value)) {
    ctx.wrongType(path, 'IAM statements', 'a list', value)
    return []
  }
  const statements: IamStatement[] = []
  value.forEach((item, i) => {
    if (isPlainMap(item)) statements.push({ statement: item, path: [...path, i] })
    else if (!isUnresolved(item)) ctx.wrongType([...path, i], 'An IAM statement', 'a map', item)
  })
  return statements
}
