import { describe, expect, it } from 'vitest'
import { withoutDanglingReferences } from './graph'
import {
  apiId,
  resourceId,
  type Edge,
  type FunctionResource,
  type Resource,
  type ServiceModel,
  type TableResource,
} from './types'
import { validate } from './validate'

function fn(name: string, extra: Partial<FunctionResource> = {}): FunctionResource {
  return {
    kind: 'function',
    id: resourceId('function', name),
    name,
    origin: 'functions',
    handler: `${name}.handler`,
    memorySize: 1024,
    timeout: 6,
    architecture: 'x86_64',
    environment: {},
    ...extra,
  }
}

function table(name: string, extra: Partial<TableResource> = {}): TableResource {
  return {
    kind: 'table',
    id: resourceId('table', name),
    name,
    origin: 'resources',
    billingMode: 'PAY_PER_REQUEST',
    keys: { hash: { name: 'id', type: 'S' } },
    gsis: [],
    lsis: [],
    ...extra,
  }
}

function model(resources: Resource[], edges: Edge[] = []): ServiceModel {
  return { service: 's', provider: { region: 'us-east-1', stage: 'dev' }, resources, edges }
}

const codes = (m: ServiceModel) => validate(m).map((d) => `${d.severity} ${d.code}`)

describe('validate', () => {
  it('accepts a sound model', () => {
    expect(validate(model([fn('a'), table('T')]))).toEqual([])
  })

  it('reports an event on a missing resource, at the event', () => {
    const edge: Edge = {
      kind: 'trigger',
      from: resourceId('queue', 'Missing'),
      to: resourceId('function', 'worker'),
      event: 'sqs',
      mode: 'poll',
      eventIndex: 1,
    }
    expect(validate(model([fn('worker')], [edge]))).toEqual([
      {
        severity: 'error',
        code: 'dangling-reference',
        message:
          "The sqs event of function 'worker' refers to queue:Missing, which is not declared.",
        resourceId: 'function:worker',
        path: ['functions', 'worker', 'events', 1],
      },
    ])
  })

  it('reports dangling access edges, onError and dead-letter queues', () => {
    const access: Edge = {
      kind: 'access',
      from: resourceId('function', 'a'),
      to: resourceId('table', 'Gone'),
      via: ['environment'],
      envVars: ['TABLE'],
      actions: [],
    }
    const queue: Resource = {
      kind: 'queue',
      id: resourceId('queue', 'Q'),
      name: 'Q',
      origin: 'resources',
      fifo: false,
      deadLetterQueue: resourceId('queue', 'Nope'),
    }
    const m = model([fn('a', { onError: resourceId('topic', 'Dlq') }), queue], [access])
    expect(validate(m).map((d) => d.message)).toEqual([
      "Function 'a' uses table:Gone, which is not declared.",
      "onError of function 'a' refers to topic:Dlq, which is not declared.",
      "The dead-letter queue of 'Q' refers to queue:Nope, which is not declared.",
    ])
    const pruned = withoutDanglingReferences(m)
    expect(pruned.edges).toEqual([])
    expect(validate(pruned)).toEqual([])
  })

  it('reports duplicate physical names', () => {
    const m = model([
      fn('a', { functionName: 'same' }),
      fn('b', { functionName: 'same' }),
      table('T1', { tableName: 'users' }),
      table('T2', { tableName: 'users' }),
      table('T3', { tableName: 'other' }),
    ])
    expect(validate(m).map((d) => [d.message, d.path])).toEqual([
      ["'b' and 'a' are both functions named 'same'.", ['functions', 'b', 'name']],
      [
        "'T2' and 'T1' are both tables named 'users'.",
        ['resources', 'Resources', 'T2', 'Properties', 'TableName'],
      ],
    ])
  })

  it('checks function ranges', () => {
    expect(codes(model([fn('a', { memorySize: 64 })]))).toEqual(['error out-of-range'])
    expect(codes(model([fn('a', { memorySize: 10_241 })]))).toEqual(['error out-of-range'])
    expect(codes(model([fn('a', { timeout: 901 })]))).toEqual(['error out-of-range'])
    expect(codes(model([fn('a', { timeout: 0 })]))).toEqual(['error out-of-range'])
    expect(codes(model([fn('a', { reservedConcurrency: -1 })]))).toEqual(['error out-of-range'])
    expect(codes(model([fn('a', { reservedConcurrency: 0 })]))).toEqual([])
    expect(codes(model([fn('a', { reservedConcurrency: 2, provisionedConcurrency: 5 })]))).toEqual([
      'error out-of-range',
    ])
    expect(codes(model([fn('a', { provisionedConcurrency: 5 })]))).toEqual([])
    expect(codes(model([fn('a', { handler: undefined })]))).toEqual(['error missing-handler'])
  })

  it('reports a provider-wide bad value once, at the provider', () => {
    const m: ServiceModel = {
      ...model([fn('a', { memorySize: 20_000 }), fn('b', { memorySize: 20_000 })]),
      provider: { region: 'us-east-1', stage: 'dev', memorySize: 20_000 },
    }
    expect(validate(m).map((d) => d.path)).toEqual([['provider', 'memorySize']])
  })

  it('warns when a function behind an API outlives the integration timeout', () => {
    const api: Resource = {
      kind: 'restApi',
      id: apiId('restApi'),
      name: 'restApi',
      origin: 'implicit',
      routes: [],
    }
    const edge: Edge = {
      kind: 'trigger',
      from: apiId('restApi'),
      to: resourceId('function', 'slow'),
      event: 'http',
      mode: 'sync',
      eventIndex: 0,
    }
    const [warning] = validate(model([fn('slow', { timeout: 60 }), api], [edge]))
    expect(warning?.message).toBe(
      "Function 'slow' may run 60 s, but API Gateway ends a http request after 29 s; callers get a 504 first.",
    )
    expect(codes(model([fn('slow', { timeout: 29 }), api], [edge]))).toEqual([])
  })

  it('checks tables', () => {
    expect(codes(model([table('T', { billingMode: 'PROVISIONED' })]))).toEqual([
      'error missing-throughput',
    ])
    expect(codes(model([table('T', { billingMode: 'PROVISIONED', rcu: 5, wcu: 5 })]))).toEqual([])
    expect(codes(model([table('T', { rcu: 5, wcu: 5 })]))).toEqual(['warning unused-throughput'])
    expect(codes(model([table('T', { keys: {} })]))).toEqual(['error missing-key'])
  })

  it('checks duplicate routes', () => {
    const api: Resource = {
      kind: 'httpApi',
      id: apiId('httpApi'),
      name: 'httpApi',
      origin: 'implicit',
      routes: [
        { method: 'GET', path: '/users', functionId: resourceId('function', 'a'), eventIndex: 0 },
        { method: 'GET', path: '/users/', functionId: resourceId('function', 'b'), eventIndex: 2 },
      ],
    }
    expect(validate(model([fn('a'), fn('b'), api])).map((d) => d.message)).toEqual([
      "Route GET /users of the httpApi is declared by both 'a' and 'b'.",
    ])
  })

  it('checks SQS triggers against the queue', () => {
    const queue: Resource = {
      kind: 'queue',
      id: resourceId('queue', 'Jobs'),
      name: 'Jobs',
      origin: 'resources',
      fifo: false,
    }
    const edge: Edge = {
      kind: 'trigger',
      from: queue.id,
      to: resourceId('function', 'w'),
      event: 'sqs',
      mode: 'poll',
      eventIndex: 0,
      batchSize: 20_000,
    }
    expect(codes(model([fn('w', { timeout: 60 }), queue], [edge]))).toEqual([
      'error out-of-range',
      'error visibility-timeout',
    ])
  })
})
