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

/** Swagger 2.0, as API Gateway exports a REST API (and imports an HTTP API). */
export function toSwagger2(api: ApiDescription): JsonObject {
  const paths: Record<string, JsonObject> = {}
  for (const op of api.operations) {
    const item = (paths[op.path] ??= {})
    item[methodKey(op.method)] = operation(api, op)
  }
  for (const [path, cors] of api.cors) {
    const item = paths[path]
    if (item && item['options'] === undefined) item['options'] = preflight(cors, path)
  }
  const securityDefinitions: JsonObject = {}
  for (const [name, scheme] of Object.entries(api.securitySchemes)) {
    securityDefinitions[name] = securitySchemeObject(scheme, 'swagger', api.region)
  }
  const info: JsonObject = { title: api.title, version: api.version }
  const text = description(api)
  if (text !== undefined) info['description'] = text
  return {
    swagger: '2.0',
    info,
    ...(api.kind === 'rest' && { basePath: `/${api.stage}` }),
    schemes: ['https'],
    paths,
    ...(Object.keys(securityDefinitions).length > 0 && { securityDefinitions }),
    ...(Object.keys(api.models).length > 0 && { definitions: { ...api.models } }),
    ...rootExtensions(api),
  }
}

function operation(api: ApiDescription, op: Operation): JsonObject {
  const parameters = op.parameters.map(parameter)
  const body = op.bodies.find((b) => b.contentType === 'application/json') ?? op.bodies[0]
  if (body) {
    parameters.push({
      name: body.model,
      in: 'body',
      required: true,
      schema: { $ref: `#/definitions/${body.model}` },
    })
  }
  return {
    ...(op.summary !== undefined && { summary: op.summary }),
    operationId: op.operationId,
    ...(op.bodies.length > 0 && { consumes: op.bodies.map((b) => b.contentType) }),
    produces: ['application/json'],
    ...(parameters.length > 0 && { parameters }),
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
  for (const name of Object.keys(corsHeaders(cors))) headers[name] = { type: 'string' }
  const parameters = pathParameters(path).map(parameter)
  return {
    consumes: ['application/json'],
    produces: ['application/json'],
    ...(parameters.length > 0 && { parameters }),
    responses: { '200': { description: '200 response', headers } },
    'x-amazon-apigateway-integration': corsIntegration(cors),
  }
}

function parameter(p: Parameter): JsonObject {
  return {
    // The Swagger 2.0 validators match parameter names to the template, `+` included.
    name: p.greedy ? `${p.name}+` : p.name,
    in: p.in,
    required: p.required,
    type: 'string',
  }
}
