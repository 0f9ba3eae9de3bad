/**
 * Reading a Swagger 2.0 or OpenAPI 3.x document for import: checks that it is one, refuses
 * hostile or oversized input with a message naming the problem, and lists its operations.
 */
import { parseDocument } from 'yaml'

/** More operations than any API Gateway API a person would draw on a canvas. */
export const MAX_OPERATIONS = 500
/** Text larger than this is refused before it is parsed. */
export const MAX_TEXT_LENGTH = 5_000_000
/** Nesting deeper than this is refused: no real API description comes near it. */
const MAX_DEPTH = 100
/** Values visited while checking keys; a document with more is refused as too large. */
const MAX_VALUES = 1_000_000
/** Keys that would reach an object's prototype when copied naively. */
const HOSTILE_KEYS = new Set(['__proto__'])

export type OpenApiVersion = 'swagger2' | 'openapi3'

/** One operation of the document, as written there. */
export interface SourceOperation {
  /** Upper-case: GET, POST, ..., ANY for `x-amazon-apigateway-any-method`, TRACE. */
  readonly method: string
  /** The path key, as written (`/pets/{petId}`). */
  readonly path: string
  readonly operationId?: string
  readonly summary?: string
  /** From `x-amazon-apigateway-integration`: its `type`, lower-case, when given. */
  readonly integrationType?: string
  /** From `x-amazon-apigateway-integration`: the Lambda function its `uri` invokes. */
  readonly lambdaName?: string
}

export interface SourceDocument {
  readonly version: OpenApiVersion
  readonly title?: string
  readonly operations: readonly SourceOperation[]
  /** Path items skipped with the reason (a `$ref` path item, a path that is not an object). */
  readonly notes: readonly string[]
}

export type ReadResult =
  | { readonly ok: true; readonly document: SourceDocument }
  | { readonly ok: false; readonly error: string }

const METHODS: Readonly<Record<string, string>> = {
  get: 'GET',
  put: 'PUT',
  post: 'POST',
  delete: 'DELETE',
  options: 'OPTIONS',
  head: 'HEAD',
  patch: 'PATCH',
  trace: 'TRACE',
  'x-amazon-apigateway-any-method': 'ANY',
}

/** Read a parsed document (a plain object) or its JSON / YAML text. Never throws. */
export function readOpenApi(input: unknown): ReadResult {
  try {
    return readValue(typeof input === 'string' ? parseText(input) : input)
  } catch (error) {
    return { ok: false, error: error instanceof ImportError ? error.message : String(error) }
  }
}

class ImportError extends Error {}

function refuse(message: string): never {
  throw new ImportError(message)
}

function parseText(text: string): unknown {
  if (text.length > MAX_TEXT_LENGTH) {
    refuse(
      `The file is too large to import (over ${MAX_TEXT_LENGTH.toLocaleString('en')} characters).`,
    )
  }
  if (text.trim() === '') refuse('The file is empty: expected a Swagger 2.0 or OpenAPI 3 document.')
  // YAML 1.2 reads JSON too; aliases are capped so a "billion laughs" file cannot expand.
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false })
  const error = doc.errors[0]
  if (error) {
    refuse(`The file is not valid JSON or YAML: ${error.message.split('\n')[0]}`)
  }
  try {
    return doc.toJS({ maxAliasCount: 100 })
  } catch {
    // Only alias expansion fails here once the document parsed without errors.
    return refuse('The file expands too many YAML aliases (*name) to be imported safely.')
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  return `a ${typeof value}`
}

function readValue(value: unknown): ReadResult {
  if (!isObject(value)) {
    refuse(`Expected a Swagger 2.0 or OpenAPI 3 document (an object), not ${describe(value)}.`)
  }
  checkKeys(value)
  const version = versionOf(value)
  const paths = value['paths']
  if (!isObject(paths) || Object.keys(paths).length === 0) {
    refuse('The document has no paths: there is no operation to import.')
  }
  const operations: SourceOperation[] = []
  const notes: string[] = []
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) {
      notes.push(`Skipped the path ${JSON.stringify(path)}: it is not an object.`)
      continue
    }
    if (typeof item['$ref'] === 'string') {
      notes.push(`Skipped the path ${JSON.stringify(path)}: path items by $ref are not followed.`)
      continue
    }
    for (const [key, operation] of Object.entries(item)) {
      const method = METHODS[key.toLowerCase()]
      if (method === undefined || !isObject(operation)) continue
      if (operations.length === MAX_OPERATIONS) {
        refuse(`The document has more than ${MAX_OPERATIONS} operations: too many to import.`)
      }
      operations.push(readOperation(method, path, operation))
    }
  }
  if (operations.length === 0) refuse('The document has paths but no operations to import.')
  const info = value['info']
  const title = isObject(info) && typeof info['title'] === 'string' ? info['title'] : undefined
  return { ok: true, document: { version, operations, notes, ...(title ? { title } : {}) } }
}

function versionOf(value: Record<string, unknown>): OpenApiVersion {
  const swagger = value['swagger']
  const openapi = value['openapi']
  if (swagger !== undefined) {
    if (String(swagger) === '2.0' || swagger === 2) return 'swagger2'
    refuse(`Only Swagger 2.0 is supported, not swagger: ${JSON.stringify(swagger)}.`)
  }
  if (openapi !== undefined) {
    if (typeof openapi === 'string' && /^3\.\d+(\.\d+)?(-[\w.]+)?$/.test(openapi)) {
      return 'openapi3'
    }
    refuse(`Only OpenAPI 3.x is supported, not openapi: ${JSON.stringify(openapi)}.`)
  }
  return refuse(
    'This is not a Swagger or OpenAPI document: it has no swagger: "2.0" or openapi: 3.x.',
  )
}

function readOperation(
  method: string,
  path: string,
  operation: Record<string, unknown>,
): SourceOperation {
  const result: {
    -readonly [K in keyof SourceOperation]: SourceOperation[K]
  } = { method, path }
  const id = operation['operationId']
  if (typeof id === 'string' && id.trim() !== '') result.operationId = id
  const summary = operation['summary'] ?? operation['description']
  if (typeof summary === 'string' && summary.trim() !== '') result.summary = summary
  const integration = operation['x-amazon-apigateway-integration']
  if (isObject(integration)) {
    if (typeof integration['type'] === 'string') {
      result.integrationType = integration['type'].toLowerCase()
    }
    const lambda = lambdaNameOf(integration['uri'])
    if (lambda !== undefined) result.lambdaName = lambda
  }
  return result
}

/**
 * The function a Lambda proxy integration invokes, from its URI:
 * `arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/arn:aws:lambda:<region>:<account>:function:<name>/invocations`,
 * also inside `Fn::Sub` (`${AWS::Region}` and the like stay in the other parts).
 */
export function lambdaNameOf(uri: unknown): string | undefined {
  const text =
    typeof uri === 'string'
      ? uri
      : isObject(uri) && typeof uri['Fn::Sub'] === 'string'
        ? uri['Fn::Sub']
        : undefined
  const match = text === undefined ? null : /:function:([A-Za-z0-9_-]{1,140})(?=[/:]|$)/.exec(text)
  return match?.[1]
}

/** Refuse prototype-polluting keys anywhere, cycles, and documents too deep or too large. */
function checkKeys(root: Record<string, unknown>): void {
  let visited = 0
  const onPath = new Set<object>()
  const visit = (value: unknown, depth: number, where: string): void => {
    if (typeof value !== 'object' || value === null) return
    if (++visited > MAX_VALUES) refuse('The document is too large to import.')
    if (depth > MAX_DEPTH) refuse(`The document nests deeper than ${MAX_DEPTH} levels at ${where}.`)
    if (onPath.has(value)) refuse(`The document refers to itself at ${where}.`)
    onPath.add(value)
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, depth + 1, `${where}[${index}]`))
    } else {
      for (const key of Object.keys(value)) {
        if (HOSTILE_KEYS.has(key)) {
          refuse(`The document has a key "${key}" at ${where}: refused, it is not valid OpenAPI.`)
        }
        visit((value as Record<string, unknown>)[key], depth + 1, `${where}.${key}`)
      }
    }
    onPath.delete(value)
  }
  visit(root, 0, '(root)')
}
