import {
  corsHeaders,
  corsIntegration,
  description,
  integrationExtension,
  methodKey,
  rootExtensions,
  securitySchemeObject,
} from './extensions'
import type { ApiDescription, JsonObject, Operation, Parameter, RestCors } from './model'
import { pathParameters } from './requests'

/** OpenAPI 3.0.1, as API Gateway exports REST and HTTP APIs. */
export function toOpenApi3(api: ApiDescription): JsonObject {
  const paths: Record<string, JsonObject> = {}
  for (const op of api.operations) {
    const item = (paths[op.path] ??= {})
    item[methodKey(op.method)] = operation(api, op)
  }
  for (const [path, cors] of api.cors) {
    const item = paths[path]
    if (item && item['options'] === undefined) item['options'] = preflight(cors, path)
  }
  const securitySchemes: JsonObject = {}
  for (const [name, scheme] of Object.entries(api.securitySchemes)) {
    securitySchemes[name] = securitySchemeObject(scheme, 'openapi', api.region)
  }
  const components: JsonObject = {
    ...(Object.keys(api.models).length > 0 && { schemas: { ...api.models } }),
    ...(Object.keys(securitySchemes).length > 0 && { securitySchemes }),
  }
  const info: JsonObject = { title: api.title, version: api.version }
  const text = description(api)
  if (text !== undefined) info['description'] = text
  return {
    openapi: '3.0.1',
    info,
    servers: [server(api)],
    paths,
    ...(Object.keys(components).length > 0 && { components }),
    ...rootExtensions(api),
  }
}

/** API Gateway's invoke URL; the API id is only known once it is deployed. */
function server(api: ApiDescription): JsonObject {
  const host = `https://{apiId}.execute-api.${api.region}.amazonaws.com`
  const apiId = { default: 'apiId', description: 'The id API Gateway gives the API.' }
  return api.kind === 'rest'
    ? {
        url: `${host}/{basePath}`,
        variables: { apiId, basePath: { default: api.stage } },
      }
    : { url: host, variables: { apiId } }
}

function operation(api: ApiDescription, op: Operation): JsonObject {
  const parameters = op.parameters.map(parameter)
  const content: JsonObject = {}
  for (const body of op.bodies) {
    content[body.contentType] = { schema: { $ref: `#/components/schemas/${body.model}` } }
  }
  return {
    ...(op.summary !== undefined && { summary: op.summary }),
    operationId: op.operationId,
    ...(parameters.length > 0 && { parameters }),
    ...(op.bodies.length > 0 && { requestBody: { content, required: true } }),
    responses: { '200': { description: '200 response' } },
    ...(op.security.length > 0 && {
      security: [Object.fromEntries(op.security.map((s) => [s.scheme, [...s.scopes]]))],
    }),
    ...(op.validate && { 'x-amazon-apigateway-request-validator': 'body-and-params' }),
    'x-amazon-apigateway-integration': integrationExtension(api, op.integration),
  }
}

function preflight(cors: RestCors, path: string): JsonObject {
  const headers: JsonObject = {}
  for (const name of Object.keys(corsHeaders(cors))) {
    headers[name] = { schema: { type: 'string' } }
  }
  const parameters = pathParameters(path).map(parameter)
  return {
    ...(parameters.length > 0 && { parameters }),
    responses: { '200': { description: '200 response', headers } },
    'x-amazon-apigateway-integration': corsIntegration(cors),
  }
}

/** As API Gateway exports it: a greedy `{proxy+}` is the parameter `proxy`. */
function parameter(p: Parameter): JsonObject {
  return { name: p.name, in: p.in, required: p.required, schema: { type: 'string' } }
}
