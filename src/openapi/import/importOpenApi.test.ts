import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ApiResource, ServiceModel } from '../../model/types'
import { applyPatches, parse } from '../../serverless'
import { importOpenApi, minimalServiceYaml, readOpenApi, serviceNameFrom } from '.'

const REST_EXAMPLE = readFileSync(
  fileURLToPath(new URL('../../../public/examples/rest-api-dynamodb.yml', import.meta.url)),
  'utf8',
)

const PETSTORE_SWAGGER = {
  swagger: '2.0',
  info: { title: 'Swagger Petstore', version: '1.0.0' },
  basePath: '/v1',
  paths: {
    '/pets': {
      get: { operationId: 'listPets', summary: 'List all pets', responses: { 200: {} } },
      post: { operationId: 'createPets', summary: 'Create a pet', responses: { 201: {} } },
      options: {
        responses: { 200: {} },
        'x-amazon-apigateway-integration': { type: 'mock' },
      },
    },
    '/pets/{petId}': {
      get: { operationId: 'showPetById', summary: 'Info for a "specific" pet: #1' },
      delete: { responses: { 204: {} } },
    },
    '/users/{id}': {
      get: { operationId: 'readUser' },
      put: { operationId: 'writeUser' },
    },
    '/files/{proxy+}': { 'x-amazon-apigateway-any-method': { responses: {} } },
  },
}

const OPENAPI_3 = `openapi: 3.0.3
info:
  title: Orders
  version: '1'
paths:
  /orders:
    get:
      operationId: list-orders
      responses: { '200': { description: ok } }
    post:
      operationId: listOrders
  /orders/{orderId}:
    parameters:
      - { name: orderId, in: path, required: true, schema: { type: string } }
    get:
      summary: |
        Read one order,
        with its lines
    trace:
      operationId: traceOrder
  /:
    get:
      operationId: root
`

function model(text: string): ServiceModel {
  return parse(text).model
}

function routesOf(m: ServiceModel, kind: 'restApi' | 'httpApi'): string[] {
  const api = m.resources.find((r): r is ApiResource => r.kind === kind)
  return (api?.routes ?? []).map((r) => `${r.method} ${r.path} ${r.functionId}`)
}

function applied(base: string, input: unknown, target: 'rest' | 'http') {
  const plan = importOpenApi(input, { target, existing: model(base) })
  if (!plan.ok) throw new Error(plan.error)
  const result = applyPatches(base, plan.patches)
  if (!result.ok) throw new Error(result.error)
  const parsed = parse(result.text)
  expect(parsed.ok).toBe(true)
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  return { plan, text: result.text, model: parsed.model }
}

describe('importOpenApi: Swagger 2.0 into a new design', () => {
  it('adds one function and one http event per operation', () => {
    const {
      plan,
      model: m,
      text,
    } = applied(minimalServiceYaml('Pet Store'), PETSTORE_SWAGGER, 'rest')
    expect(routesOf(m, 'restApi')).toEqual([
      'GET /pets function:listPets',
      'POST /pets function:createPets',
      'GET /pets/{petId} function:showPetById',
      'DELETE /pets/{petId} function:deletePetsPetId',
      'GET /users/{id} function:readUser',
      'PUT /users/{id} function:writeUser',
      'ANY /files/{proxy+} function:anyFilesProxy',
    ])
    expect(text).toContain('service: pet-store\n')
    expect(text).toContain('handler: handler.showPetById')
    expect(plan.summary[0]).toBe('7 of 8 operations imported into the REST API.')
    expect(plan.summary).toContain(
      'Skipped OPTIONS /pets: a mock integration answering CORS pre-flight requests, not a function.',
    )
    const fn = m.resources.find((r) => r.id === 'function:showPetById')
    expect(fn).toMatchObject({ description: 'Info for a "specific" pet: #1' })
  })

  it('routes to an HTTP API with httpApi events', () => {
    const { model: m } = applied(minimalServiceYaml('pets'), PETSTORE_SWAGGER, 'http')
    expect(routesOf(m, 'httpApi')).toHaveLength(7)
    expect(routesOf(m, 'restApi')).toEqual([])
  })
})

describe('importOpenApi: OpenAPI 3 text into the REST example', () => {
  it('keeps existing functions, skips routes the design has, names new ones uniquely', () => {
    const { plan, model: m } = applied(REST_EXAMPLE, OPENAPI_3, 'rest')
    const routes = routesOf(m, 'restApi')
    expect(routes).toEqual([
      ...routesOf(model(REST_EXAMPLE), 'restApi'),
      'GET /orders function:listOrders',
      'POST /orders function:listOrders2',
      'GET /orders/{orderId} function:getOrdersOrderId',
      'GET / function:root',
    ])
    expect(plan.summary).toContain(
      'Skipped TRACE /orders/{orderId}: API Gateway does not route TRACE.',
    )
    expect(m.resources.find((r) => r.id === 'function:getOrdersOrderId')).toMatchObject({
      description: 'Read one order, with its lines',
    })
  })

  it('skips operations the design routes already, whatever the parameter names', () => {
    const doc = {
      openapi: '3.0.0',
      paths: {
        '/users/{userId}': { get: {}, patch: {} },
        '/users': { post: { operationId: 'createUser' } },
      },
    }
    const { plan, model: m } = applied(REST_EXAMPLE, doc, 'rest')
    expect(plan.summary).toEqual([
      '1 of 3 operations imported into the REST API.',
      'Skipped GET /users/{userId}: the REST API already routes it to getUser.',
      'Added PATCH /users/{userId} (REST API) to a new function patchUsersUserId.',
      'Skipped POST /users: the REST API already routes it to createUser.',
    ])
    expect(routesOf(m, 'restApi')).toContain('PATCH /users/{userId} function:patchUsersUserId')
    // The same document on the HTTP API of that design: nothing routed there yet.
    const http = importOpenApi(doc, { target: 'http', existing: model(REST_EXAMPLE) })
    expect(http.ok && http.summary[0]).toBe('3 of 3 operations imported into the HTTP API.')
    expect(http.ok && http.patches.map((p) => p.op)).toEqual([
      'addFunction',
      'addEvent',
      'addFunction',
      'addEvent',
      'addFunction',
      'addEvent',
    ])
    // createUser exists: the new function gets another name.
    expect(http.ok && http.patches[4]).toMatchObject({ op: 'addFunction', name: 'createUser2' })
  })

  it('routes to an existing function that the Lambda integration invokes', () => {
    const uri =
      'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:users-api-dev-getUser/invocations'
    const doc = {
      swagger: '2.0',
      paths: {
        '/people/{id}': {
          get: { 'x-amazon-apigateway-integration': { type: 'aws_proxy', uri } },
        },
        '/staff': {
          get: {
            'x-amazon-apigateway-integration': {
              uri: { 'Fn::Sub': uri.replace('users-api-dev-getUser', 'listUsers') },
            },
          },
        },
      },
    }
    const { plan, model: m } = applied(REST_EXAMPLE, doc, 'rest')
    expect(plan.patches.map((p) => p.op)).toEqual(['addEvent', 'addEvent'])
    expect(routesOf(m, 'restApi')).toContain('GET /people/{id} function:getUser')
    expect(routesOf(m, 'restApi')).toContain('GET /staff function:listUsers')
  })
})

describe('importOpenApi refuses bad input with a reason', () => {
  const existing = model(minimalServiceYaml('x'))
  const cases: [string, unknown, RegExp][] = [
    ['a number', 42, /not a number/],
    ['a list', [], /not a list/],
    ['null', null, /not null/],
    ['empty text', '  ', /empty/],
    ['broken YAML', 'openapi: [3.0', /not valid JSON or YAML/],
    [
      'JSON text without a version',
      '{"paths": {"/a": {"get": {}}}}',
      /no swagger: "2.0" or openapi: 3.x/,
    ],
    ['Swagger 1.2', { swagger: '1.2', paths: {} }, /Only Swagger 2.0/],
    ['OpenAPI 4', { openapi: '4.0.0', paths: {} }, /Only OpenAPI 3.x/],
    ['no paths', { openapi: '3.0.0', info: {} }, /no paths/],
    ['empty paths', { swagger: '2.0', paths: {} }, /no paths/],
    [
      'paths without operations',
      { swagger: '2.0', paths: { '/a': { parameters: [] } } },
      /no operations/,
    ],
    [
      '__proto__ in JSON',
      JSON.parse('{"openapi":"3.0.0","paths":{"/a":{"get":{"__proto__":{"x":1}}}}}'),
      /"__proto__" at \(root\)\.paths\.\/a\.get/,
    ],
    [
      '__proto__ in YAML',
      'openapi: 3.0.0\npaths:\n  /a:\n    __proto__: {}\n    get: {}\n',
      /"__proto__"/,
    ],
    [
      'alias bombs',
      `openapi: 3.0.0\na: &a [x, x, x, x, x, x, x, x, x]\n${Array.from(
        { length: 12 },
        (_, i) =>
          `b${i}: &b${i} [${Array(9)
            .fill(i === 0 ? '*a' : `*b${i - 1}`)
            .join(', ')}]`,
      ).join('\n')}\npaths: {}\n`,
      /too many YAML aliases/,
    ],
  ]
  it.each(cases)('%s', (_name, input, message) => {
    const result = importOpenApi(input, { target: 'rest', existing })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(message)
  })

  it('refuses more than 500 operations and documents that refer to themselves', () => {
    const paths = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`/p${i}`, { get: {} }]))
    const many = importOpenApi({ swagger: '2.0', paths }, { target: 'rest', existing })
    expect(many).toEqual({
      ok: false,
      error: 'The document has more than 500 operations: too many to import.',
    })
    const cyclic: Record<string, unknown> = { swagger: '2.0', paths: { '/a': { get: {} } } }
    cyclic['self'] = cyclic
    expect(importOpenApi(cyclic, { target: 'rest', existing })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/refers to itself/),
    })
  })

  it('skips paths API Gateway cannot route, with the reason', () => {
    const doc = {
      openapi: '3.1.0',
      paths: {
        'no-slash': { get: {} },
        '/a b': { get: {} },
        '/{x+}/y': { get: {} },
        '/ok': { get: {} },
        '/r': { $ref: '#/x' },
      },
    }
    const result = importOpenApi(doc, { target: 'http', existing })
    expect(result.ok && result.summary).toEqual([
      '1 of 4 operations imported into the HTTP API.',
      'Skipped the path "/r": path items by $ref are not followed.',
      'Skipped GET no-slash: the path does not start with "/".',
      'Skipped GET /a b: the path has characters or segments API Gateway does not accept.',
      'Skipped GET /{x+}/y: a greedy {name+} parameter may only be the last segment.',
      'Added GET /ok (HTTP API) to a new function getOk.',
    ])
  })
})

describe('the new-design template', () => {
  it('parses cleanly and names the service from any title', () => {
    const text = minimalServiceYaml('Naïve "API" #1 ✓')
    expect(text.split('\n')[0]).toBe('service: naive-api-1')
    const parsed = parse(text)
    expect(parsed.ok).toBe(true)
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(serviceNameFrom('123')).toBe('my-api')
    expect(
      readOpenApi({ openapi: '3.0.0', info: { title: 'T' }, paths: { '/': { get: {} } } }),
    ).toMatchObject({
      ok: true,
      document: { title: 'T', version: 'openapi3' },
    })
  })
})

const METHOD = fc.constantFrom(
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
  'x-amazon-apigateway-any-method',
  'GET',
  'parameters',
  'summary',
)
const SEGMENT = fc.oneof(
  fc.constantFrom('users', 'pets', '{id}', '{proxy+}', 'a.b', 'v1', 'x-y', '{}', ''),
  fc.string({ maxLength: 6 }),
)
const PATH = fc.oneof(
  fc.array(SEGMENT, { minLength: 0, maxLength: 4 }).map((s) => `/${s.join('/')}`),
  fc.string({ maxLength: 10 }),
)
const OPERATION = fc.record(
  {
    operationId: fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('listPets', 'getUser', 'constructor', '__proto__', 'a-b', '9lives'),
    ),
    summary: fc.oneof(fc.string({ maxLength: 20 }), fc.constant(5)),
    'x-amazon-apigateway-integration': fc.record({
      type: fc.constantFrom('mock', 'aws_proxy'),
      uri: fc.constantFrom('arn:aws:lambda:x:1:function:getUser/invocations', 'x'),
    }),
  },
  { requiredKeys: [] },
)
const DOCUMENT = fc.record({
  version: fc.oneof(
    fc.constant<[string, unknown]>(['swagger', '2.0']),
    fc.constant<[string, unknown]>(['openapi', '3.0.3']),
    fc.tuple(fc.constantFrom('swagger', 'openapi', 'asyncapi'), fc.anything({ maxDepth: 1 })),
  ),
  paths: fc.dictionary(
    PATH,
    fc.oneof(fc.dictionary(METHOD, OPERATION, { maxKeys: 4 }), fc.anything({ maxDepth: 2 })),
    { maxKeys: 6 },
  ),
})

describe('importOpenApi on random documents', () => {
  const base = minimalServiceYaml('fuzz')
  const withApi = REST_EXAMPLE
  it('never throws; when ok, the patches apply and route each imported operation once', () => {
    fc.assert(
      fc.property(
        DOCUMENT,
        fc.constantFrom<'rest' | 'http'>('rest', 'http'),
        fc.boolean(),
        fc.boolean(),
        (doc, target, asText, onExample) => {
          const input = { [doc.version[0]]: doc.version[1], paths: doc.paths }
          const text = onExample ? withApi : base
          const before = model(text)
          const plan = importOpenApi(asText ? JSON.stringify(input) : input, {
            target,
            existing: before,
          })
          if (!plan.ok) {
            expect(plan.error).toMatch(/\S/)
            return
          }
          const result = applyPatches(text, plan.patches)
          if (!result.ok) throw new Error(result.error)
          const parsed = parse(result.text)
          expect(parsed.ok).toBe(true)
          expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
          const kind = target === 'rest' ? 'restApi' : 'httpApi'
          const added = plan.summary.filter((s) => s.startsWith('Added ')).length
          expect(routesOf(parsed.model, kind).length).toBe(routesOf(before, kind).length + added)
          const keys = routesOf(parsed.model, kind).map((r) => r.split(' ').slice(0, 2).join(' '))
          expect(new Set(keys).size).toBe(keys.length)
        },
      ),
      { numRuns: 150 },
    )
  })
})

const VALID_PATH = fc
  .tuple(
    fc.array(fc.constantFrom('users', 'pets', '{id}', 'v1', 'a.b', 'x-y'), { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([segments, greedy]) => `/${[...segments, ...(greedy ? ['{proxy+}'] : [])].join('/')}`)
const VALID_DOCUMENT = fc.record({
  swagger: fc.boolean(),
  paths: fc.dictionary(
    VALID_PATH,
    fc.uniqueArray(fc.constantFrom('get', 'put', 'post', 'delete', 'patch', 'head'), {
      minLength: 1,
      maxLength: 3,
    }),
    { minKeys: 1, maxKeys: 6 },
  ),
})

describe('importOpenApi on random valid documents', () => {
  it('routes every operation exactly once, on either API', () => {
    fc.assert(
      fc.property(
        VALID_DOCUMENT,
        fc.constantFrom<'rest' | 'http'>('rest', 'http'),
        (doc, target) => {
          const paths = Object.fromEntries(
            Object.entries(doc.paths).map(([path, methods]) => [
              path,
              Object.fromEntries(methods.map((m) => [m, { operationId: `${m} ${path}` }])),
            ]),
          )
          const input = doc.swagger ? { swagger: '2.0', paths } : { openapi: '3.0.0', paths }
          const { model: m } = applied(minimalServiceYaml('valid'), input, target)
          const routes = routesOf(m, target === 'rest' ? 'restApi' : 'httpApi').map((r) =>
            r.split(' ').slice(0, 2).join(' '),
          )
          const expected = Object.entries(doc.paths).flatMap(([path, methods]) =>
            methods.map((method) => `${method.toUpperCase()} ${path}`),
          )
          expect(routes.sort()).toEqual(expected.sort())
        },
      ),
      { numRuns: 60 },
    )
  })
})
