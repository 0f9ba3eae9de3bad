import type { FunctionResource, ServiceModel } from '../model/types'
import type { Plain, PlainMap } from '../serverless'
import { apiKeyNotes } from './apiKeys'
import { httpAuthorizer, restAuthorizer, type AuthorizerContext } from './authorizers'
import { httpApiCors, mergeCors, restCors, withOptions } from './cors'
import {
  lambdaArn,
  type ApiDescription,
  type ApiKind,
  type Integration,
  type Operation,
  type RestCors,
  type SecurityScheme,
  type SecurityUse,
} from './model'
import { bool, mapAt, pascal, text, texts } from './plainValues'
import { ModelCollector, pathParameters, requestParameters, type SharedModels } from './requests'

/** Settings of an export; every one has a default from the design. */
export interface ApiExportOptions {
  /** Which API: `rest` (`http` events) or `http` (`httpApi` events). Default: `rest` when the
   * design has `http` events, else `http`. */
  readonly api?: ApiKind
  /** Region in the Lambda invocation URIs. Default: the design's region. */
  readonly region?: string
  /** Account in the Lambda ARNs. Default: the design's resolved account, else `123456789012`. */
  readonly account?: string
  /** `info.title`. Default: the API name the framework deploys, `<stage>-<service>`. */
  readonly title?: string
  /** `info.version`. Default: `1.0`. */
  readonly version?: string
}

/** The resolved configuration the export reads event details from. */
export interface ExportConfig {
  readonly value: PlainMap
  /** The account `${aws:accountId}` resolved to. */
  readonly accountId: string
}

export type Described =
  | { readonly ok: true; readonly api: ApiDescription }
  | { readonly ok: false; readonly error: string }

const METHODS = new Set(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'ANY'])

/** The API of one kind, as API Gateway would import it, from a design and its configuration. */
export function describeApi(
  model: ServiceModel,
  config: ExportConfig,
  options: ApiExportOptions = {},
): Described {
  const hasRoutes = (id: string) =>
    model.resources.some(
      (r) => r.id === id && r.kind !== 'function' && 'routes' in r && r.routes.length > 0,
    )
  const kind = options.api ?? (hasRoutes('restApi') || !hasRoutes('httpApi') ? 'rest' : 'http')
  const api = model.resources.find((r) => r.id === (kind === 'rest' ? 'restApi' : 'httpApi'))
  if (!api || api.kind === 'function' || !('routes' in api) || api.routes.length === 0) {
    return {
      ok: false,
      error:
        kind === 'rest'
          ? 'the design has no http events (REST API)'
          : 'the design has no httpApi events (HTTP API)',
    }
  }
  const provider = mapAt(config.value, 'provider') ?? {}
  const region = options.region ?? model.provider.region
  const account = options.account ?? config.accountId
  const functions = new Map<string, FunctionResource>()
  for (const r of model.resources) if (r.kind === 'function') functions.set(r.name, r)
  const functionName = (key: string) => {
    const fn = functions.get(key)
    return fn ? (fn.functionName ?? `${model.service}-${model.provider.stage}-${key}`) : undefined
  }
  const notes: string[] = []
  const schemes: Record<string, SecurityScheme> = {}
  const auth: AuthorizerContext = { region, account, functionName, schemes, notes }
  const shared: Record<string, PlainMap> = {}
  for (const [key, value] of Object.entries(
    mapAt(provider, 'apiGateway', 'request', 'schemas') ?? {},
  )) {
    const map = mapAt(value)
    if (map) shared[key] = map
  }
  const models = new ModelCollector(shared as SharedModels, notes)
  const httpApi = mapAt(provider, 'httpApi')
  const operations: Operation[] = []
  const cors = new Map<string, RestCors>()
  const seen = new Set<string>()
  const ids = new Set<string>()

  for (const route of api.routes) {
    const fnKey = route.functionId.slice('function:'.length)
    const fn = functions.get(fnKey)
    const eventItem = mapAt(config.value, 'functions', fnKey)?.['events']
    const raw = Array.isArray(eventItem) ? mapAt(eventItem[route.eventIndex]) : undefined
    const event: Plain | undefined = raw?.[kind === 'rest' ? 'http' : 'httpApi']
    const settings = mapAt(event) ?? {}
    const path = kind === 'rest' ? restPath(route.path) : httpPath(route.path)
    const method = route.method.toUpperCase()
    if (!METHODS.has(method)) {
      notes.push(`${method} ${path} is not an HTTP method API Gateway knows; it is left out.`)
      continue
    }
    if (path.includes('${')) {
      notes.push(`${method} ${path} holds an unresolved variable; it is left out.`)
      continue
    }
    const routeKey = `${method} ${path}`
    if (seen.has(routeKey)) {
      notes.push(`${routeKey} is declared more than once; the first declaration is exported.`)
      continue
    }
    seen.add(routeKey)
    const name = functionName(fnKey) ?? fnKey
    const functionArn = lambdaArn(region, account, name)
    const operationId = unique(ids, `${fnKey.replace(/[^A-Za-z0-9_]/g, '_')}`)
    const security: SecurityUse[] = []
    let integration: Integration = { type: 'aws_proxy', functionArn }
    let parameters = pathParameters(path)
    let bodies: Operation['bodies'] = []
    if (kind === 'rest') {
      const request = mapAt(settings, 'request')
      parameters = requestParameters(request, path)
      bodies = models.bodies(request, `${pascal(fnKey)}${pascal(method.toLowerCase())}`)
      integration = restIntegration(settings, functionArn, method, notes, routeKey)
      if (bool(settings['private']) === true) {
        schemes['api_key'] ??= { kind: 'apiKey' }
        security.push({ scheme: 'api_key', scopes: [] })
      }
      const authorizer = restAuthorizer(auth, settings['authorizer'] ?? null)
      if (authorizer) security.push(authorizer)
      const pathCors = restCors(settings['cors'])
      if (pathCors) {
        const existing = cors.get(path)
        cors.set(path, existing ? mergeCors(existing, pathCors) : pathCors)
        const merged = cors.get(path)!
        if (!merged.methods.includes(method)) {
          cors.set(path, { ...merged, methods: [...merged.methods, method] })
        }
      }
    } else {
      const authorizer = httpAuthorizer(
        auth,
        settings['authorizer'] ?? null,
        mapAt(httpApi, 'authorizers'),
      )
      if (authorizer) security.push(authorizer)
    }
    const summary = fn?.description
    operations.push({
      method,
      path,
      operationId,
      ...(summary !== undefined && { summary }),
      integration,
      parameters,
      bodies,
      security,
      validate: bodies.length > 0,
    })
  }
  if (operations.length === 0) {
    return {
      ok: false,
      error: `none of the ${kind === 'rest' ? 'http' : 'httpApi'} events can be exported: ${notes.join(' ')}`,
    }
  }
  for (const [path, c] of cors) {
    cors.set(path, { ...c, methods: withOptions(c.methods) })
  }
  const apiGateway = mapAt(provider, 'apiGateway')
  const keySource = text(apiGateway?.['apiKeySourceType'])?.toUpperCase()
  if (kind === 'rest') notes.push(...apiKeyNotes(provider))
  const stage = model.provider.stage
  const title =
    options.title ??
    (kind === 'rest'
      ? (text(provider['apiName']) ?? text(apiGateway?.['restApiName']))
      : text(httpApi?.['name'])) ??
    `${stage}-${model.service || 'service'}`
  const httpCors = kind === 'http' ? httpApiCors(httpApi?.['cors'], operations) : undefined
  const usesKeys = 'api_key' in schemes
  return {
    ok: true,
    api: {
      kind,
      title,
      version: options.version ?? '1.0',
      notes,
      stage,
      region,
      operations,
      cors: kind === 'rest' ? cors : new Map(),
      ...(httpCors && { httpCors }),
      securitySchemes: schemes,
      models: models.models,
      ...((usesKeys || keySource !== undefined) &&
        kind === 'rest' && {
          apiKeySource: keySource === 'AUTHORIZER' ? 'AUTHORIZER' : 'HEADER',
        }),
      binaryMediaTypes: kind === 'rest' ? texts(apiGateway?.['binaryMediaTypes']) : [],
      payloadFormatVersion: text(httpApi?.['payload']) ?? '2.0',
    },
  }
}

/** The framework trims slashes: `users/` and `/users/` are `/users`; `` is `/`. */
function restPath(path: string): string {
  const trimmed = path.replace(/\/{2,}/g, '/').replace(/^\/+|\/+$/g, '')
  return `/${trimmed}`
}

/** The HTTP API's catch-all `*` is its `$default` route, exported as `/$default`. */
function httpPath(path: string): string {
  return path === '*' ? '/$default' : path.replace(/\/{2,}/g, '/')
}

function unique(ids: Set<string>, base: string): string {
  let id = base === '' ? 'operation' : base
  for (let n = 2; ids.has(id); n++) id = `${base}${n}`
  ids.add(id)
  return id
}

/** `integration: lambda-proxy` (default), `lambda`, `http-proxy`, `http` or `mock`. */
function restIntegration(
  settings: PlainMap,
  functionArn: string,
  method: string,
  notes: string[],
  routeKey: string,
): Integration {
  const type = text(settings['integration'])?.toLowerCase().replace(/_/g, '-')
  switch (type) {
    case undefined:
    case 'lambda-proxy':
    case 'aws-proxy':
      return { type: 'aws_proxy', functionArn }
    case 'lambda':
    case 'aws':
      return { type: 'aws', functionArn }
    case 'mock':
      return { type: 'mock' }
    case 'http':
    case 'http-proxy': {
      const uri = text(mapAt(settings, 'request')?.['uri'])
      if (uri) return { type: type === 'http' ? 'http' : 'http_proxy', uri, httpMethod: method }
      notes.push(
        `${routeKey} is an ${type} integration without request.uri; exported as a Lambda proxy.`,
      )
      return { type: 'aws_proxy', functionArn }
    }
    default:
      notes.push(`${routeKey} has integration ${type}; exported as a Lambda proxy.`)
      return { type: 'aws_proxy', functionArn }
  }
}
