import type { Plain } from '../serverless'
import { DEFAULT_CORS_HEADERS, type HttpCors, type Operation, type RestCors } from './model'
import { bool, mapAt, num, text, texts } from './plainValues'

/** CORS as the framework deploys it: per `http` event on REST APIs, per API on HTTP APIs. */

/** An `http` event's `cors`: `true`, or a map of origin(s), headers, allowCredentials, ... */
export function restCors(value: Plain | undefined): RestCors | undefined {
  if (value === undefined || value === null || bool(value) === false) return undefined
  const map = mapAt(value) ?? {}
  if (bool(value) !== true && !mapAt(value)) return undefined
  const origins = [...texts(map['origins']), ...texts(map['origin'])]
  const headers = texts(map['headers'])
  const maxAge = num(map['maxAge'])
  const cacheControl = text(map['cacheControl'])
  return {
    origins: origins.length > 0 ? origins : ['*'],
    headers: headers.length > 0 ? headers : DEFAULT_CORS_HEADERS,
    methods: texts(map['methods']).map((m) => m.toUpperCase()),
    allowCredentials: bool(map['allowCredentials']) ?? false,
    ...(maxAge !== undefined && { maxAge }),
    ...(cacheControl !== undefined && { cacheControl }),
  }
}

/** Several events on one path: the framework merges their CORS settings. */
export function mergeCors(a: RestCors, b: RestCors): RestCors {
  const union = (x: readonly string[], y: readonly string[]) => [...new Set([...x, ...y])]
  return {
    ...a,
    ...b,
    origins: union(a.origins, b.origins),
    headers: union(a.headers, b.headers),
    methods: union(a.methods, b.methods),
    allowCredentials: a.allowCredentials || b.allowCredentials,
  }
}

export function withOptions(methods: readonly string[]): string[] {
  const out = methods.filter((m) => m !== 'OPTIONS')
  return [...out, 'OPTIONS']
}

/** `provider.httpApi.cors`: `true` takes the framework's defaults; a map sets each part. */
export function httpApiCors(
  value: Plain | undefined,
  operations: readonly Operation[],
): HttpCors | undefined {
  if (value === undefined || value === null || bool(value) === false) return undefined
  const map = mapAt(value)
  if (bool(value) !== true && !map) return undefined
  const s = map ?? {}
  const routeMethods = operations.some((o) => o.method === 'ANY')
    ? ['*']
    : ['OPTIONS', ...new Set(operations.map((o) => o.method))]
  const origins = texts(s['allowedOrigins'])
  const headers = texts(s['allowedHeaders'])
  const methods = texts(s['allowedMethods'])
  const expose = texts(s['exposedResponseHeaders'])
  const credentials = bool(s['allowCredentials'])
  const maxAge = num(s['maxAge'])
  return {
    allowOrigins: origins.length > 0 ? origins : ['*'],
    allowHeaders: headers.length > 0 ? headers : DEFAULT_CORS_HEADERS,
    allowMethods: methods.length > 0 ? methods : routeMethods,
    ...(credentials !== undefined && { allowCredentials: credentials }),
    ...(expose.length > 0 && { exposeHeaders: expose }),
    ...(maxAge !== undefined && { maxAge }),
  }
}
