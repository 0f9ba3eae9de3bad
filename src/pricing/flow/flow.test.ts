import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateScenario, type Scenario } from '../../model/scenario'
import type { ResourceId, ServiceModel } from '../../model/types'
import { parse } from '../../serverless'
import { PRICE_BOOK_IDS } from '../priceBookId'
import { SCENARIO_PRICE_BOOKS } from '../../model/scenario'
import { defaultAccessRates, functionIntent } from './accessRates'
import { costOfDesign, usageFromDesign } from './design'
import type { UsageFile } from './usage'

const examples = path.resolve(import.meta.dirname, '../../../public/examples')

function example(name: string): ServiceModel {
  return parse(readFileSync(path.join(examples, `${name}.yml`), 'utf8')).model
}

function scenario(raw: Record<string, unknown>): Scenario {
  const result = validateScenario(raw)
  if (!result.ok) throw new Error(result.error)
  return result.scenario
}

function flow(model: ServiceModel, raw: Record<string, unknown>) {
  const result = usageFromDesign(model, scenario(raw))
  if (!result.ok) throw new Error(result.error)
  return result
}

const million = (target: string, extra: Record<string, unknown> = {}) => ({
  target,
  pattern: { type: 'constant', rps: 1 },
  requestsPerMonth: 1_000_000,
  ...extra,
})

const lambda = (usage: UsageFile, name: string) => {
  const entry = usage.lambda?.find((l) => l.name === name)
  return (entry?.requests ?? 0) + (entry?.provisionedRequests ?? 0)
}
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

describe('usageFromDesign: rest-api-dynamodb', () => {
  const model = example('rest-api-dynamodb')

  it('splits 1M REST requests evenly over the five routes: Lambda requests sum to 1M', () => {
    const { usage } = flow(model, { traffic: [million('restApi')] })
    expect(usage.apiGateway).toEqual([
      expect.objectContaining({ name: 'restApi', type: 'rest', requests: 1_000_000 }),
    ])
    expect(usage.lambda?.map((l) => [l.name, l.requests])).toEqual([
      ['createUser', 200_000],
      ['getUser', 200_000],
      ['listUsers', 200_000],
      ['updateUser', 200_000],
      ['deleteUser', 200_000],
    ])
    expect(sum(usage.lambda?.map((l) => l.requests) ?? [])).toBeCloseTo(1_000_000, 6)
    // Memory, architecture and storage come from the design.
    expect(usage.lambda?.[2]).toMatchObject({ memoryMb: 512, architecture: 'x86_64' })
    expect(usage.lambda?.[0]).toMatchObject({ memoryMb: 256, ephemeralStorageMb: 512 })
  })

  it('carries each invocation to the table: IAM grants both, each route’s method picks one', () => {
    // GET /users and GET /users/{id} read; POST, PUT and DELETE write: 200,000 calls each.
    const { usage } = flow(model, { traffic: [million('restApi')] })
    expect(usage.dynamodb).toEqual([
      expect.objectContaining({
        name: 'UsersTable',
        mode: 'on-demand',
        reads: 400_000,
        writes: 600_000,
        readConsistency: 'eventual',
        itemSizeKb: 1,
        storageGb: 1,
      }),
    ])
  })

  it('follows a route and the scenario’s access figures', () => {
    const { usage } = flow(model, {
      traffic: [million('restApi', { route: 'get /users/{id}' })],
      tables: { 'table:UsersTable': { itemSizeKb: 6, storageGb: 30 } },
      access: [
        {
          from: 'function:getUser',
          to: 'table:UsersTable',
          readsPerInvocation: 2,
          writesPerInvocation: 0,
          consistency: 'strong',
        },
      ],
      functions: { 'function:getUser': { durationMs: { dist: 'exponential', mean: 45 } } },
    })
    expect(usage.lambda).toEqual([
      expect.objectContaining({ name: 'getUser', requests: 1_000_000, durationMs: 45 }),
    ])
    expect(usage.dynamodb).toEqual([
      expect.objectContaining({
        reads: 2_000_000,
        writes: 0,
        readConsistency: 'strong',
        itemSizeKb: 6,
        storageGb: 30,
      }),
    ])
  })

  it('keeps mixed consistencies apart, storage once', () => {
    const { usage } = flow(model, {
      traffic: [million('restApi')],
      access: [{ from: 'function:getUser', to: 'table:UsersTable', consistency: 'transactional' }],
    })
    expect(
      usage.dynamodb?.map((d) => [d.readConsistency, d.reads, d.transactionalWrites, d.storageGb]),
    ).toEqual([
      ['eventual', 200_000, false, 1],
      ['transactional', 200_000, true, 0],
    ])
  })

  it('logs: 1,000 bytes per invocation by default, stored for the retention months', () => {
    const { usage } = flow(model, {
      traffic: [million('restApi')],
      cost: { logRetentionMonths: 3 },
    })
    const logs = usage.cloudwatchLogs?.[0]
    expect(logs?.ingestedGb).toBeCloseTo((200_000 * 1000) / 1024 ** 3, 12)
    expect(logs?.storedGb).toBeCloseTo((3 * 200_000 * 1000) / 1024 ** 3, 12)
  })

  it('the pattern’s average fills the month when requestsPerMonth is absent', () => {
    const { usage } = flow(model, {
      traffic: [{ target: 'restApi', pattern: { type: 'ramp', fromRps: 0, toRps: 2 } }],
      cost: { hoursPerMonth: 720 },
    })
    expect(usage.apiGateway?.[0]?.requests).toBeCloseTo(720 * 3600, 6)
    expect(usage.hoursPerMonth).toBe(720)
  })

  it('prices the usage: 1M requests → a bill with every service that has usage', () => {
    const result = costOfDesign(model, scenario({ traffic: [million('restApi')] }))
    if (!result.ok) throw new Error(result.error)
    expect(Object.keys(result.bill.services)).toEqual([
      'lambda',
      'apiGateway',
      'dynamodb',
      'cloudwatchLogs',
    ])
    // 600,000 writes at $0.625 per million WRU; 400,000 eventual reads are 200,000 RRU at $0.125
    // per million.
    expect(result.bill.services.dynamodb).toBeCloseTo(0.6 * 0.625 + 0.2 * 0.125, 9)
    expect(result.bill.total).toBeGreaterThan(0)
  })
})

describe('usageFromDesign: sns-fan-out', () => {
  const model = example('sns-fan-out')

  it('each of the three subscribers gets every publish: deliveries = publishes × 3', () => {
    const { usage, notes } = flow(model, { traffic: [million('httpApi')] })
    expect(usage.sns).toEqual([
      expect.objectContaining({
        name: 'OrderEventsTopic',
        publishes: 1_000_000,
        httpDeliveries: 0,
      }),
    ])
    const subscribers = ['sendReceipt', 'notifyWarehouse', 'auditLog']
    expect(subscribers.map((s) => lambda(usage, s))).toEqual([1_000_000, 1_000_000, 1_000_000])
    expect(sum(subscribers.map((s) => lambda(usage, s)))).toBe(
      (usage.sns?.[0]?.publishes ?? 0) * subscribers.length,
    )
    expect(lambda(usage, 'placeOrder')).toBe(1_000_000)
    expect(usage.lambda?.[0]?.architecture).toBe('arm64')
    expect(notes.join(' ')).toContain('filter policies')
  })

  it('snsFanOut adds deliveries beyond the design, priced as HTTP/S', () => {
    const { usage } = flow(model, {
      traffic: [million('topic:OrderEventsTopic', { avgMessageKb: 100 })],
      cost: { snsFanOut: 2 },
    })
    expect(usage.sns?.[0]).toMatchObject({ publishes: 1e6, httpDeliveries: 2e6, avgMessageKb: 100 })
    expect(lambda(usage, 'placeOrder')).toBe(0)
  })
})

describe('usageFromDesign: sqs-worker-dlq', () => {
  const model = example('sqs-worker-dlq')

  it('worker invocations = messages ÷ batch size (25); SQS requests = sends + receives + deletes', () => {
    const { usage, notes } = flow(model, { traffic: [million('httpApi')] })
    expect(lambda(usage, 'acceptOrder')).toBe(1_000_000)
    expect(lambda(usage, 'processOrders')).toBe(1_000_000 / 25)
    expect(usage.sqs).toEqual([
      expect.objectContaining({
        name: 'OrdersQueue',
        requests: 1_000_000 + 2 * 40_000,
        fifo: false,
      }),
    ])
    expect(notes.join(' ')).toContain('DeleteMessageBatch')
  })

  it('messages sent straight to the queue flow to the worker the same way', () => {
    const { usage } = flow(model, {
      traffic: [million('queue:OrdersQueue', { avgMessageKb: 70 })],
    })
    expect(lambda(usage, 'processOrders')).toBe(40_000)
    expect(usage.sqs?.[0]).toMatchObject({ avgMessageKb: 70 })
  })
})

describe('usageFromDesign: other examples', () => {
  it('dynamodb-stream: writes become stream records, one invocation per batch of 100', () => {
    const { usage } = flow(example('dynamodb-stream'), { traffic: [million('httpApi')] })
    expect(lambda(usage, 'putOrder')).toBe(1_000_000)
    expect(lambda(usage, 'aggregateOrders')).toBe(10_000)
    const [orders, stats] = usage.dynamodb ?? []
    // IAM grants PutItem only on the orders table, UpdateItem only on the stats table.
    expect(orders).toMatchObject({
      name: 'OrdersTable',
      reads: 0,
      writes: 1_000_000,
      streamReads: 0,
    })
    expect(stats).toMatchObject({ name: 'CustomerStatsTable', reads: 0, writes: 10_000 })
  })

  it('s3-upload-processing: uploads invoke the function, which GETs and PUTs once', () => {
    const { usage } = flow(example('s3-upload-processing'), {
      traffic: [million('bucket:thumbnails-dev-uploads-acme')],
    })
    expect(lambda(usage, 'makeThumbnail')).toBe(1_000_000)
    expect(usage.lambda?.[0]).toMatchObject({ memoryMb: 1024, ephemeralStorageMb: 1024 })
    expect(usage.s3).toEqual([
      { name: 'ThumbnailsBucket', puts: 1_000_000, gets: 0, storageGb: 0 },
      { name: 'thumbnails-dev-uploads-acme', puts: 1_000_000, gets: 1_000_000, storageGb: 0 },
    ])
  })

  it('cuts a loop: a function writing back to the bucket that triggers it goes round once', () => {
    const { usage, notes } = flow(example('s3-upload-processing'), {
      traffic: [million('bucket:thumbnails-dev-uploads-acme')],
      access: [
        {
          from: 'function:makeThumbnail',
          to: 'bucket:thumbnails-dev-uploads-acme',
          readsPerInvocation: 1,
          writesPerInvocation: 1,
        },
      ],
    })
    expect(lambda(usage, 'makeThumbnail')).toBe(1_000_000)
    expect(usage.s3?.[1]).toMatchObject({ puts: 2_000_000, gets: 1_000_000 })
    expect(notes.join(' ')).toContain('Loop cut')
  })

  it('scheduled-job: every schedule fires at its own rate; a provisioned table bills capacity', () => {
    const { usage, notes } = flow(example('scheduled-job'), { traffic: [] })
    // rate(15 minutes) over 730 hours.
    expect(lambda(usage, 'collectMetrics')).toBeCloseTo((730 * 60) / 15, 6)
    expect(usage.dynamodb?.[0]).toMatchObject({ mode: 'provisioned', rcu: 1, wcu: 1 })
    expect(notes.join(' ')).toContain('Scheduled events are free')
  })

  it('a schedule given as a target fires as the traffic says', () => {
    const { usage } = flow(example('scheduled-job'), {
      traffic: [million('schedule:collectMetrics:0', { requestsPerMonth: 10 })],
    })
    expect(lambda(usage, 'collectMetrics')).toBe(10)
  })

  it('websocket-chat: connections invoke $connect and $disconnect; messages the other routes', () => {
    const { usage } = flow(example('websocket-chat'), {
      traffic: [million('websocketApi', { messagesPerConnection: 10, route: 'sendMessage' })],
    })
    expect(usage.apiGateway?.[0]).toMatchObject({ type: 'websocket', messages: 10_000_000 })
    expect(
      ['connect', 'disconnect', 'sendMessage', 'fallback'].map((f) => lambda(usage, f)),
    ).toEqual([1_000_000, 1_000_000, 10_000_000, 0])
  })

  it('eventbridge-bus: events put on the bus reach every rule target and are billed', () => {
    const { usage } = flow(example('eventbridge-bus'), { traffic: [million('eventBus:OrdersBus')] })
    expect(usage.eventBridge?.[0]).toMatchObject({ events: 1_000_000 })
    expect(lambda(usage, 'fraudCheck')).toBe(1_000_000)
    expect(lambda(usage, 'awardPoints')).toBe(1_000_000)
  })

  it('provisioned concurrency serves the invocations its average load covers', () => {
    const base = example('rest-api-dynamodb')
    const model: ServiceModel = {
      ...base,
      resources: base.resources.map((r) =>
        r.id === 'function:getUser' ? { ...r, provisionedConcurrency: 1 } : r,
      ),
    }
    // 2 rps × 1 s = an average concurrency of 2: one provisioned instance serves half.
    const { usage } = flow(model, {
      traffic: [
        { target: 'restApi', route: 'GET /users/{id}', pattern: { type: 'constant', rps: 2 } },
      ],
      functions: { 'function:getUser': { durationMs: { mean: 1000 } } },
    })
    const getUser = usage.lambda?.find((l) => l.name === 'getUser')
    expect(getUser?.provisionedRequests).toBeCloseTo(730 * 3600, 6)
    expect(getUser?.requests).toBeCloseTo(730 * 3600, 6)
  })
})

describe('usageFromDesign: a scenario that does not fit the design', () => {
  const model = example('rest-api-dynamodb')
  it.each<[string, Record<string, unknown>, string]>([
    [
      'an unknown target',
      { traffic: [million('queue:nope')] },
      'traffic[0].target: the design has no resource',
    ],
    ['an API the design lacks', { traffic: [million('httpApi')] }, 'traffic[0].target'],
    [
      'a route the API lacks',
      { traffic: [million('restApi', { route: 'PATCH /users' })] },
      'traffic[0].route: restApi has no route "PATCH /users" (its routes: POST /users, GET /users/{id}',
    ],
    [
      'an unknown function',
      { traffic: [], functions: { 'function:nope': {} } },
      'functions.function:nope',
    ],
    [
      'a table that is a function',
      { traffic: [], tables: { 'table:getUser': {} } },
      'tables.table:getUser',
    ],
    [
      'access to an unknown table',
      { traffic: [], access: [{ from: 'function:getUser', to: 'table:Nope' }] },
      'access[0].to',
    ],
  ])('refuses %s, naming the field', (_what, raw, expected) => {
    const result = usageFromDesign(model, scenario(raw))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toContain(expected)
  })

  it('reports what the price book cannot price (4 GB of memory in 2018)', () => {
    const base = example('rest-api-dynamodb')
    const model: ServiceModel = {
      ...base,
      resources: base.resources.map((r) =>
        r.kind === 'function' ? { ...r, memorySize: 4096 } : r,
      ),
    }
    const result = costOfDesign(
      model,
      scenario({ traffic: [million('restApi')], cost: { priceBook: '2018' } }),
    )
    expect(result.ok).toBe(false)
  })

  it('the scenario offers exactly the pricing engine’s price books', () => {
    expect([...SCENARIO_PRICE_BOOKS]).toEqual([...PRICE_BOOK_IDS])
  })
})

describe('defaultAccessRates', () => {
  const table = 'table:T' as ResourceId
  const both = ['dynamodb:GetItem', 'dynamodb:PutItem']

  it('follows what IAM grants when it grants one kind of access', () => {
    expect(defaultAccessRates(table, ['dynamodb:Query'], 'write')).toEqual({ reads: 1, writes: 0 })
    expect(defaultAccessRates(table, ['dynamodb:PutItem'], 'read')).toEqual({ reads: 0, writes: 1 })
  })

  it('lets the function’s routes choose when IAM grants both', () => {
    expect(defaultAccessRates(table, both, 'read')).toEqual({ reads: 1, writes: 0 })
    expect(defaultAccessRates(table, both, 'write')).toEqual({ reads: 0, writes: 1 })
    expect(defaultAccessRates(table, both, 'unknown')).toEqual({ reads: 1, writes: 1 })
    expect(defaultAccessRates(table, ['dynamodb:*'], 'write')).toEqual({ reads: 0, writes: 1 })
    expect(defaultAccessRates(table, [], 'unknown')).toEqual({ reads: 1, writes: 0 })
  })

  it('reads a function’s intent from its HTTP methods', () => {
    const model = example('rest-api-dynamodb')
    const intents = ['getUser', 'listUsers', 'createUser', 'updateUser', 'deleteUser'].map((f) =>
      functionIntent(model, `function:${f}`),
    )
    expect(intents).toEqual(['read', 'read', 'write', 'write', 'write'])
    expect(functionIntent(example('sqs-worker-dlq'), 'function:processOrders')).toBe('unknown')
  })
})

describe('capacity notes', () => {
  const yaml = [
    'service: todos',
    'provider:',
    '  name: aws',
    '  environment:',
    '    TABLE: !Ref Todos',
    '  iam:',
    '    role:',
    '      statements:',
    '        - Effect: Allow',
    '          Action: [dynamodb:GetItem, dynamodb:PutItem]',
    '          Resource: !GetAtt Todos.Arn',
    'functions:',
    '  get:',
    '    handler: h.get',
    '    events:',
    '      - http:',
    "          path: 'todos/{id}'",
    '          method: get',
    '  create:',
    '    handler: h.create',
    '    events:',
    '      - http:',
    '          path: todos',
    '          method: post',
    'resources:',
    '  Resources:',
    '    Todos:',
    '      Type: AWS::DynamoDB::Table',
    '      Properties:',
    '        AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]',
    '        KeySchema: [{ AttributeName: id, KeyType: HASH }]',
    '        ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }',
    '',
  ].join('\n')
  const model = parse(yaml).model
  const at = (rps: number) => ({
    traffic: [{ target: 'restApi', pattern: { type: 'constant', rps } }],
  })

  it('warns when the average writes need more than the table has', () => {
    // 20 rps split over two routes: 10 eventual reads/s (5 RCU, enough) and 10 writes/s (10 WCU).
    const { notes } = flow(model, at(20))
    expect(notes.filter((n) => n.includes('provisioned with'))).toEqual([
      "Todos is provisioned with 5 WCU, but the scenario's writes need 10 WCU on average: requests above it are throttled, and this bill counts only the capacity provisioned. Set WriteCapacityUnits to at least 10 (15 at 70 % utilization), or use on-demand.",
    ])
  })

  it('says nothing while the capacity covers the average', () => {
    expect(flow(model, at(10)).notes.some((n) => n.includes('provisioned with'))).toBe(false)
  })
})
