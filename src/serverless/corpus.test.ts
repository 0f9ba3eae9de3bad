import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AccessEdge } from '../model/types'
import { parse, print, type ParseResult } from './index'

// CI checks out shared/ beside the repository.
const corpusDir = path.resolve(import.meta.dirname, '../../../shared/corpus')
if (!existsSync(corpusDir)) throw new Error(`The serverless.yml corpus is missing: ${corpusDir}`)
const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.yml'))
  .sort()

const read = (name: string) => readFileSync(path.join(corpusDir, `${name}__serverless.yml`), 'utf8')
const parsed = (name: string) => parse(read(name))

/** `from -> to (event)` per trigger and `from -> to [via]` per access edge. */
function edges(result: ParseResult): string[] {
  return result.model.edges.map((e) =>
    e.kind === 'trigger'
      ? `${e.from} -> ${e.to} (${e.event})`
      : `${e.from} -> ${e.to} [${e.via.join('+')}]`,
  )
}

const ids = (result: ParseResult) => result.model.resources.map((r) => r.id)

describe('every corpus file', () => {
  it('has files to test', () => {
    expect(files.length).toBeGreaterThanOrEqual(50)
  })

  it.each(files)('%s parses without errors and round-trips', (file) => {
    const text = readFileSync(path.join(corpusDir, file), 'utf8')
    const result = parse(text)
    expect(result.ok).toBe(true)
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
    expect(result.diagnostics.every((d) => d.range !== undefined)).toBe(true)
    expect(print(result)).toBe(text)
    for (const r of result.model.resources) expect(result.ranges[r.id], r.id).toBeDefined()
    const known = new Set(ids(result))
    for (const e of result.model.edges) expect(known.has(e.from) && known.has(e.to)).toBe(true)
  })
})

describe('representative corpus files', () => {
  it('aws-node-rest-api-with-dynamodb: five functions, a REST API, one table used by all', () => {
    const result = parsed('aws-node-rest-api-with-dynamodb')
    expect(ids(result)).toEqual([
      'function:create',
      'function:list',
      'function:get',
      'function:update',
      'function:delete',
      'table:TodosDynamoDbTable',
      'restApi',
    ])
    const api = result.model.resources.find((r) => r.id === 'restApi')
    expect(api?.kind === 'restApi' && api.routes.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /todos',
      'GET /todos',
      'GET /todos/{id}',
      'PUT /todos/{id}',
      'DELETE /todos/{id}',
    ])
    const access = result.model.edges.filter((e): e is AccessEdge => e.kind === 'access')
    expect(access.map((e) => `${e.from} ${e.to} ${e.via.join('+')} ${e.envVars.join()}`)).toEqual(
      ['create', 'list', 'get', 'update', 'delete'].map(
        (f) => `function:${f} table:TodosDynamoDbTable environment+iam DYNAMODB_TABLE`,
      ),
    )
    expect(result.model.resources[5]).toMatchObject({
      tableName: 'serverless-rest-api-with-dynamodb-dev',
      billingMode: 'PROVISIONED',
      rcu: 1,
      wcu: 1,
      keys: { hash: { name: 'id', type: 'S' } },
    })
    expect(result.ranges['table:TodosDynamoDbTable']).toMatchObject({
      start: { line: 66 },
      end: { line: 81 },
    })
  })

  it('aws-node-http-api-dynamodb: HTTP API routes and env+iam access', () => {
    const result = parsed('aws-node-http-api-dynamodb')
    const api = result.model.resources.find((r) => r.id === 'httpApi')
    expect(api?.kind === 'httpApi' && api.routes.length).toBe(5)
    expect(edges(result).filter((e) => e.includes('[environment+iam]'))).toHaveLength(5)
  })

  it('aws-node-express-dynamodb-api: a catch-all httpApi route', () => {
    const result = parsed('aws-node-express-dynamodb-api')
    expect(edges(result)).toEqual([
      'httpApi -> function:api (httpApi)',
      'function:api -> table:UsersTable [environment+iam]',
    ])
    expect(result.model.resources.find((r) => r.id === 'table:UsersTable')).toMatchObject({
      tableName: 'users-table-dev',
      billingMode: 'PAY_PER_REQUEST',
    })
  })

  it('sls-fixture-sqs: an external queue from a Fn::Join ARN', () => {
    const result = parsed('sls-fixture-sqs')
    expect(edges(result)).toEqual(['queue:service-basic -> function:sqsBasic (sqs)'])
    expect(result.model.resources[1]).toMatchObject({ origin: 'event', queueName: 'service-basic' })
  })

  it('sls-fixture-stream: DynamoDB and Kinesis streams', () => {
    const result = parsed('sls-fixture-stream')
    expect(edges(result)).toEqual([
      'table:DynamoDbTable -> function:streamDynamoDb (stream)',
      'opaque:service-kinesis -> function:streamKinesis (stream)',
    ])
    expect(result.model.edges.map((e) => e.kind === 'trigger' && [e.mode, e.batchSize])).toEqual([
      ['poll', undefined],
      ['poll', 100],
    ])
  })

  it('sls-fixture-sns: topics by name, shared, and by ARN', () => {
    const result = parsed('sls-fixture-sns')
    expect(edges(result)).toEqual([
      'topic:service-minimal -> function:snsMinimal (sns)',
      'topic:service-filtered -> function:snsMultipleFilteredLeft (sns)',
      'topic:service-filtered -> function:snsMultipleFilteredRight (sns)',
      'topic:service-existing -> function:snsExisting (sns)',
    ])
  })

  it('sls-fixture-s3: buckets by name, by provider.s3 key, shared by two functions', () => {
    const result = parsed('sls-fixture-s3')
    expect(ids(result).filter((id) => id.startsWith('bucket:'))).toEqual([
      'bucket:service-s3-minimal',
      'bucket:service-s3-extended',
      'bucket:service-custom-bucket-dev',
      'bucket:service-s3-existing-simple',
      'bucket:service-s3-existing-complex',
    ])
    expect(
      edges(result).filter((e) => e.startsWith('bucket:service-s3-existing-complex')),
    ).toHaveLength(4)
  })

  it('sls-fixture-websocket and websockets-authorizers: websocket routes', () => {
    const result = parsed('sls-fixture-websocket')
    const api = result.model.resources.find((r) => r.id === 'websocketApi')
    expect(api?.kind === 'websocketApi' && api.routes.map((r) => r.method)).toEqual([
      '$connect',
      '$disconnect',
      '$default',
      'hello',
    ])
    expect(edges(parsed('aws-node-websockets-authorizers'))).toEqual([
      'websocketApi -> function:connect (websocket)',
      'websocketApi -> function:default (websocket)',
    ])
  })

  it('sls-fixture-schedule and aws-node-scheduled-cron: schedules with monthly counts', () => {
    const result = parsed('aws-node-scheduled-cron')
    expect(
      result.model.resources
        .filter((r) => r.kind === 'schedule')
        .map(
          (r) =>
            r.kind === 'schedule' && [r.id, r.expression, Math.round(r.invocationsPerMonth ?? -1)],
        ),
    ).toEqual([
      ['schedule:rateHandler:0', 'rate(1 minute)', 43_800],
      ['schedule:cronHandler:0', 'cron(0/2 * ? * MON-FRI *)', 15_643],
    ])
    expect(ids(parsed('sls-fixture-schedule')).filter((id) => id.startsWith('schedule:'))).toEqual([
      'schedule:scheduleMinimal:0',
      'schedule:scheduleExtended:0',
      'schedule:scheduleExtendedArray:0',
    ])
  })

  it('sls-fixture-event-bridge: default and named buses', () => {
    expect(edges(parsed('sls-fixture-event-bridge'))).toEqual([
      'eventBus:default -> function:eventBusDefault (eventBridge)',
      'eventBus:service-named-event-bus -> function:eventBusCustom (eventBridge)',
    ])
  })

  it('aws-golang-dynamo-stream-to-elasticsearch: stream trigger, IAM access, opaque domain', () => {
    const result = parsed('aws-golang-dynamo-stream-to-elasticsearch')
    const fn = 'function:aws-golang-dynamo-stream-to-elasticsearch'
    expect(edges(result)).toEqual([
      `table:PuppyDemo -> ${fn} (stream)`,
      `${fn} -> table:PuppyDemo [iam]`,
    ])
    expect(result.model.resources[0]).toMatchObject({
      memorySize: 128,
      timeout: 60,
      runtime: 'go1.x',
    })
    expect(result.model.resources.find((r) => r.id === 'opaque:PuppySearch')).toMatchObject({
      type: 'AWS::Elasticsearch::Domain',
    })
  })

  it('aws-node-typescript-kinesis: a declared Kinesis stream as an opaque source', () => {
    expect(edges(parsed('aws-node-typescript-kinesis'))).toEqual([
      'restApi -> function:producer (http)',
      'opaque:kinesisStream -> function:consumer (stream)',
    ])
  })

  it('appsyncmc-root: per-function IAM statements and !Ref environment', () => {
    const result = parsed('appsyncmc-root')
    expect(edges(result).filter((e) => e.startsWith('function:tweet '))).toEqual([
      'function:tweet -> table:UsersTable [environment+iam]',
      'function:tweet -> table:TweetsTable [environment+iam]',
      'function:tweet -> table:TimelinesTable [environment+iam]',
    ])
    expect(edges(result)).toContain('table:TweetsTable -> function:distributeTweets (stream)')
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      'variable-unresolved',
      'variable-unresolved',
      'variable-unresolved',
    ])
  })

  it('aws-ffmpeg-layer: an env fallback names the s3 bucket the single function uses', () => {
    expect(edges(parsed('aws-ffmpeg-layer'))).toEqual([
      'bucket:ffmpeg-layer-gif-maker -> function:mkgif (s3)',
      'function:mkgif -> bucket:ffmpeg-layer-gif-maker [iam]',
    ])
  })

  it('sls-fixture-provisioned-concurrency: provisioned concurrency and two poll sources', () => {
    const result = parsed('sls-fixture-provisioned-concurrency')
    expect(result.model.resources[0]).toMatchObject({ provisionedConcurrency: 1 })
    expect(edges(result)).toEqual([
      'opaque:service-kinesis -> function:provisionedFunc (stream)',
      'queue:service-provisioned -> function:provisionedFunc (sqs)',
    ])
  })
})
