/**
 * Import an API description into a design: one function per operation, routed by an `http`
 * (REST API) or `httpApi` (HTTP API) event, as patches for the codec to apply to the text.
 */
import type { ApiResource, FunctionResource, ServiceModel } from '../../model/types'
import { uniqueName } from '../../serverless/design/names'
import type { Patch } from '../../serverless'
import { normalizedFunctionName } from '../../serverless/patches/names'
import { readOpenApi, type SourceOperation } from './document'

export interface ImportOptions {
  /** `rest`: API Gateway REST API (`http` events); `http`: HTTP API (`httpApi` events). */
  readonly target: 'rest' | 'http'
  /** The design the patches apply to: its functions and routes are kept and not duplicated. */
  readonly existing: ServiceModel
}

export type ImportResult =
  | { readonly ok: true; readonly patches: Patch[]; readonly summary: string[] }
  | { readonly ok: false; readonly error: string }

/** Function keys stay this short, leaving room for a number that makes them unique. */
const MAX_NAME_LENGTH = 60
/** Descriptions longer than this are cut (Lambda allows 256 characters). */
const MAX_DESCRIPTION = 256
/** The methods an `http` / `httpApi` event takes. */
const ROUTABLE = new Set(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'ANY'])
const SEGMENT = /^(?:[A-Za-z0-9._~:@!$&'()*,;=-]+|\{[A-Za-z0-9._-]+\}|\{[A-Za-z0-9._-]+\+\})$/

/**
 * Plan the import of a Swagger 2.0 or OpenAPI 3.x document (a parsed object, or JSON / YAML
 * text) into `options.existing`. Never throws: bad input gives `ok: false` and why.
 *
 * Operations routed already (same method and path on the same API, path parameters compared
 * by position only), CORS pre-flight mocks, and methods or paths API Gateway cannot route are
 * skipped and listed in `summary`. An operation whose `x-amazon-apigateway-integration` invokes
 * a function of the design is routed to that function instead of a new one.
 *
 * @example
 * const plan = importOpenApi(text, { target: 'http', existing: parse(yaml).model })
 * if (plan.ok) applyPatches(yaml, plan.patches)
 */
export function importOpenApi(input: unknown, options: ImportOptions): ImportResult {
  try {
    return plan(input, options)
  } catch (error) {
    return { ok: false, error: `The API could not be imported: ${String(error)}` }
  }
}

function plan(input: unknown, options: ImportOptions): ImportResult {
  if (options.target !== 'rest' && options.target !== 'http') {
    return { ok: false, error: `Unknown target ${JSON.stringify(options.target)}: rest or http.` }
  }
  const read = readOpenApi(input)
  if (!read.ok) return read
  const apiKind = options.target === 'rest' ? 'restApi' : 'httpApi'
  const apiTitle = options.target === 'rest' ? 'REST API' : 'HTTP API'
  const functions = options.existing.resources.filter(
    (r): r is FunctionResource => r.kind === 'function',
  )
  const api = options.existing.resources.find((r): r is ApiResource => r.kind === apiKind)

  const routed = new Map<string, string>()
  for (const route of api?.routes ?? []) {
    routed.set(routeKey(route.method, route.path), nameOf(route.functionId))
  }
  const taken = new Set(functions.map((f) => normalizedFunctionName(f.name)))
  const corsPaths = new Set(
    read.document.operations
      .filter((o) => o.method === 'OPTIONS' && o.integrationType === 'mock')
      .map((o) => o.path),
  )

  const patches: Patch[] = []
  const summary: string[] = [...read.document.notes]
  let added = 0
  for (const operation of read.document.operations) {
    const label = `${operation.method} ${operation.path}`
    const problem = routeProblem(operation, corsPaths.has(operation.path))
    if (problem) {
      summary.push(`Skipped ${label}: ${problem}.`)
      continue
    }
    const key = routeKey(operation.method, operation.path)
    const owner = routed.get(key)
    if (owner !== undefined) {
      summary.push(`Skipped ${label}: the ${apiTitle} already routes it to ${owner}.`)
      continue
    }
    const target = existingTarget(operation, functions)
    const name = target ?? newFunctionName(operation, taken)
    if (target === undefined) {
      taken.add(normalizedFunctionName(name))
      const description = descriptionOf(operation.summary)
      patches.push({
        op: 'addFunction',
        name,
        props: { handler: `handler.${name}`, ...(description ? { description } : {}) },
      })
    }
    patches.push({ op: 'addEvent', function: name, event: eventOf(options.target, operation) })
    routed.set(key, name)
    added++
    summary.push(
      target === undefined
        ? `Added ${label} (${apiTitle}) to a new function ${name}.`
        : `Added ${label} (${apiTitle}) to the existing function ${name}, which its integration invokes.`,
    )
  }
  summary.unshift(
    `${added} of ${read.document.operations.length} operation${
      read.document.operations.length === 1 ? '' : 's'
    } imported into the ${apiTitle}.`,
  )
  return { ok: true, patches, summary }
}

function nameOf(functionId: string): string {
  return functionId.slice(functionId.indexOf(':') + 1)
}

/**
 * Routes that API Gateway would treat as the same: method, and the path with its parameter
 * names left out (`/users/{id}` and `/users/{userId}` clash).
 */
function routeKey(method: string, path: string): string {
  const normal = (path.startsWith('/') ? path : `/${path}`)
    .replace(/\{[^}]*\+\}/g, '{+}')
    .replace(/\{[^}+]*\}/g, '{}')
  return `${method.toUpperCase()} ${normal}`
}

function routeProblem(operation: SourceOperation, cors: boolean): string | undefined {
  if (!ROUTABLE.has(operation.method)) return `API Gateway does not route ${operation.method}`
  if (operation.method === 'OPTIONS' && operation.integrationType === 'mock' && cors) {
    return 'a mock integration answering CORS pre-flight requests, not a function'
  }
  const path = operation.path
  if (path === '/') return undefined
  if (!path.startsWith('/')) return 'the path does not start with "/"'
  const segments = path.slice(1).split('/')
  if (path.length > 1000 || segments.some((s) => !SEGMENT.test(s))) {
    return 'the path has characters or segments API Gateway does not accept'
  }
  if (segments.slice(0, -1).some((s) => s.endsWith('+}'))) {
    return 'a greedy {name+} parameter may only be the last segment'
  }
  return undefined
}

/** A function of the design the operation's Lambda integration names, by deployed name or key. */
function existingTarget(
  operation: SourceOperation,
  functions: readonly FunctionResource[],
): string | undefined {
  const lambda = operation.lambdaName
  if (lambda === undefined) return undefined
  const match =
    functions.find((f) => f.functionName === lambda) ?? functions.find((f) => f.name === lambda)
  return match?.name
}

/** The operationId camelCased, else the method and path (`GET /pets/{id}` → `getPetsId`). */
function newFunctionName(operation: SourceOperation, taken: ReadonlySet<string>): string {
  const fromId = operation.operationId === undefined ? '' : camelCase([operation.operationId])
  const base =
    fromId !== ''
      ? fromId
      : camelCase([
          operation.method.toLowerCase(),
          operation.path === '/' ? 'root' : operation.path,
        ])
  const safe = /^[A-Za-z]/.test(base) ? base : `op${base.charAt(0).toUpperCase()}${base.slice(1)}`
  return uniqueName(safe.slice(0, MAX_NAME_LENGTH), (name) =>
    taken.has(normalizedFunctionName(name)),
  )
}

/** Words of ASCII letters and digits, joined in camelCase: `list-all_pets` → `listAllPets`. */
function camelCase(parts: readonly string[]): string {
  const words = parts.flatMap((p) => p.split(/[^A-Za-z0-9]+/)).filter((w) => w !== '')
  return words
    .map((w, i) =>
      i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join('')
}

function descriptionOf(summary: string | undefined): string | undefined {
  if (summary === undefined) return undefined
  // eslint-disable-next-line no-control-regex -- line breaks and controls become spaces
  const flat = summary.replace(/[\u0000-\u001f\u007f\u2028\u2029\s]+/g, ' ').trim()
  if (flat === '') return undefined
  return flat.length > MAX_DESCRIPTION ? `${flat.slice(0, MAX_DESCRIPTION - 1)}…` : flat
}

function eventOf(target: 'rest' | 'http', operation: SourceOperation) {
  return target === 'rest'
    ? { type: 'http' as const, path: operation.path, method: operation.method.toLowerCase() }
    : { type: 'httpApi' as const, path: operation.path, method: operation.method }
}
