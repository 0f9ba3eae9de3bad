import { describe, expect, it } from 'vitest'
import type { AccessEdge, Resource } from '../model/types'
import { parse } from './index'

const node = (text: string, id: string): Resource | undefined =>
  parse(text).model.resources.find((r) => r.id === id)
const codes = (text: string) => parse(text).diagnostics.map((d) => `${d.severity} ${d.code}`)
const lines = (...l: string[]) => `${l.join('\n')}\n`

describe('parse: functions', () => {
  it('uses the function value, else the provider value, else the framework default', () => {
    const text = lines(
      'service: s',
      'provider:',
      '  name: aws',
      '  runtime: nodejs20.x',
      '  memorySize: 512',
      '  architecture: arm64',
      'functions:',
      '  a:',
      '    handler: a.h',
      '    timeout: 20',
      '    reservedConcurrency: 5',
      '    provisionedConcurrency: 2',
      '  b:',
      '    handler: b.h',
      '    memorySize: 2048',
      '    runtime: python3.12',
      '    architecture: x86_64',
    )
    expect(node(text, 'function:a')).toMatchObject({
      memorySize: 512,
      timeout: 20,
      runtime: 'nodejs20.x',
      architecture: 'arm64',
      reservedConcurrency: 5,
      provisionedConcurrency: 2,
      functionName: 's-dev-a',
    })
    expect(node(text, 'function:b')).toMatchObject({
      memorySize: 2048,
      timeout: 6,
      runtime: 'python3.12',
      architecture: 'x86_64',
    })
    const bare = lines('service: s', 'functions:', '  c:', '    handler: c.h')
    expect(node(bare, 'function:c')).toMatchObject({
      memorySize: 1024,
      timeout: 6,
      architecture: 'x86_64',
    })
  })

  it('merges provider and function environment into display strings', () => {
    const text = lines(
      'service: s',
      'provider:',
      '  environment:',
      '    STAGE: ${sls:stage}',
      '    SHARED: provider',
      'functions:',
      '  a:',
      '    handler: a.h',
      '    environment:',
      '      SHARED: mine',
      '      TABLE: !Ref Users',
      '      ARN: !GetAtt Users.Arn',
      '      COUNT: 3',
    )
    expect(node(text, 'function:a')).toMatchObject({
      environment: {
        STAGE: 'dev',
        SHARED: 'mine',
        TABLE: '!Ref Users',
        ARN: '!GetAtt Users.Arn',
        COUNT: '3',
      },
    })
  })

  it('reports wrong types at the value and falls back', () => {
    const text = lines(
      'service: s',
      'functions:',
      '  a:',
      '    handler: a.h',
      '    memorySize: big',
    )
    const result = parse(text)
    expect(result.diagnostics).toMatchObject([
      {
        severity: 'error',
        code: 'wrong-type',
        message: "functions.a.memorySize must be a number; found 'big'.",
        range: { start: { line: 5, column: 17 } },
      },
    ])
    expect(result.model.resources[0]).toMatchObject({ memorySize: 1024 })
    expect(codes(lines('service: s', 'functions: [1, 2]'))).toEqual([
      'error wrong-type',
      'error wrong-type',
    ])
    expect(codes(lines('service: s', 'functions: nope'))).toEqual(['error wrong-type'])
    expect(
      codes(
        lines(
          'service: s',
          'functions:',
          '  a:',
          '    handler: h',
          '    events:',
          '      - just-text',
        ),
      ),
    ).toEqual(['error wrong-type'])
  })

  it('points ranges at declarations', () => {
    const text = lines(
      'service: s',
      'functions:',
      '  a:',
      '    handler: a.h',
      '    events:',
      '      - schedule: rate(1 hour)',
    )
    const { ranges } = parse(text)
    expect(ranges['function:a']).toMatchObject({
      start: { line: 3, column: 3 },
      end: { line: 6, column: 31 },
    })
    expect(ranges['schedule:a:0']).toMatchObject({ start: { line: 6, column: 9 } })
  })
})

describe('parse: events', () => {
  const fnWith = (...events: string[]) =>
    lines(
      'service: s',
      'functions:',
      '  f:',
      '    handler: f.h',
      '    events:',
      ...events.map((e) => `      - ${e}`),
    )

  it('reads the string and map forms of API events', () => {
    const result = parse(
      fnWith(
        'http: GET users/{id}',
        'http: { path: /users, method: post }',
        "httpApi: '*'",
        "httpApi: 'PATCH /items'",
        'httpApi: { method: get, path: /x }',
        'websocket: $connect',
        'websocket: { route: send }',
      ),
    )
    const routes = Object.fromEntries(
      result.model.resources.flatMap((r) =>
        'routes' in r ? [[r.id, r.routes.map((route) => `${route.method} ${route.path}`)]] : [],
      ),
    )
    expect(routes).toEqual({
      restApi: ['GET /users/{id}', 'POST /users'],
      httpApi: ['ANY *', 'PATCH /items', 'GET /x'],
      websocketApi: ['$connect ', 'send '],
    })
    expect(
      result.model.edges.map((e) => (e.kind === 'trigger' ? `${e.from} ${e.mode}` : '')),
    ).toEqual([
      'restApi sync',
      'restApi sync',
      'httpApi sync',
      'httpApi sync',
      'httpApi sync',
      'websocketApi sync',
      'websocketApi sync',
    ])
    expect(result.ranges['restApi']?.start.line).toBe(6)
  })

  it('makes one node for a topic named by an event and declared in resources', () => {
    const text = lines(
      'service: s',
      'functions:',
      '  a:',
      '    handler: a.h',
      '    events:',
      '      - sns: alerts',
      '  b:',
      '    handler: b.h',
      '    events:',
      '      - sns: { arn: !Ref AlertsTopic }',
      '      - sns: arn:aws:sns:us-east-1:123456789012:alerts',
      'resources:',
      '  Resources:',
      '    AlertsTopic:',
      '      Type: AWS::SNS::Topic',
      '      Properties: { TopicName: alerts }',
    )
    const { model } = parse(text)
    expect(model.resources.filter((r) => r.kind === 'topic').map((r) => r.id)).toEqual([
      'topic:AlertsTopic',
    ])
    expect(model.edges.map((e) => e.from)).toEqual([
      'topic:AlertsTopic',
      'topic:AlertsTopic',
      'topic:AlertsTopic',
    ])
  })

  it('reads sqs, stream, s3, schedule and eventBridge sources', () => {
    const text = lines(
      'service: s',
      'provider:',
      '  s3:',
      '    photos: { name: my-photos }',
      'functions:',
      '  f:',
      '    handler: f.h',
      '    events:',
      '      - sqs: { arn: !GetAtt Jobs.Arn, batchSize: 5 }',
      '      - sqs: arn:aws:sqs:us-east-1:123456789012:external',
      '      - stream: { type: dynamodb, arn: !GetAtt Orders.StreamArn }',
      '      - s3: photos',
      '      - s3: { bucket: !Ref Uploads, event: "s3:ObjectCreated:*" }',
      '      - schedule: { rate: [rate(1 hour), rate(1 day)], enabled: false }',
      '      - eventBridge: { eventBus: arn:aws:events:us-east-1:1:event-bus/orders, pattern: { source: [x] } }',
      '      - eventBridge: { pattern: { source: [y] } }',
      'resources:',
      '  Resources:',
      '    Jobs: { Type: AWS::SQS::Queue }',
      '    Uploads: { Type: AWS::S3::Bucket }',
      '    Orders:',
      '      Type: AWS::DynamoDB::Table',
      '      Properties:',
      '        BillingMode: PAY_PER_REQUEST',
      '        KeySchema: [{ AttributeName: id, KeyType: HASH }]',
      '        StreamSpecification: { StreamViewType: NEW_IMAGE }',
    )
    const { model, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    expect(
      model.edges.map((e) => (e.kind === 'trigger' ? [e.from, e.event, e.mode, e.batchSize] : [])),
    ).toEqual([
      ['queue:Jobs', 'sqs', 'poll', 5],
      ['queue:external', 'sqs', 'poll', undefined],
      ['table:Orders', 'stream', 'poll', undefined],
      ['bucket:my-photos', 's3', 'async', undefined],
      ['bucket:Uploads', 's3', 'async', undefined],
      ['schedule:f:5', 'schedule', 'async', undefined],
      ['eventBus:orders', 'eventBridge', 'async', undefined],
      ['eventBus:default', 'eventBridge', 'async', undefined],
    ])
    expect(model.resources.find((r) => r.kind === 'schedule')).toMatchObject({
      expression: 'rate(1 hour); rate(1 day)',
      invocationsPerMonth: 730 + 730 / 24,
      enabled: false,
    })
  })

  it('reports an event on a missing resource and leaves the edge out', () => {
    const result = parse(fnWith('sqs: { arn: !GetAtt Missing.Arn }'))
    expect(result.diagnostics).toMatchObject([
      {
        severity: 'error',
        code: 'dangling-reference',
        message: "The sqs event of function 'f' refers to queue:Missing, which is not declared.",
        range: { start: { line: 6, column: 9 } },
      },
    ])
    expect(result.model.edges).toEqual([])
  })

  it('keeps unknown and unmodelled events with a diagnostic', () => {
    expect(codes(fnWith('iot: { sql: "select *" }', 'telepathy: {}'))).toEqual([
      'info event-unmodelled',
      'warning event-unknown',
    ])
  })
})

describe('parse: resources and access', () => {
  it('reads tables: billing, throughput, keys, indexes, stream, name', () => {
    const text = lines(
      'service: s',
      'resources:',
      '  Resources:',
      '    T:',
      '      Type: AWS::DynamoDB::Table',
      '      Properties:',
      '        TableName: ${self:service}-${sls:stage}-t',
      '        AttributeDefinitions:',
      '          - { AttributeName: pk, AttributeType: S }',
      '          - { AttributeName: sk, AttributeType: N }',
      '          - { AttributeName: g, AttributeType: S }',
      '        KeySchema:',
      '          - { AttributeName: pk, KeyType: HASH }',
      '          - { AttributeName: sk, KeyType: RANGE }',
      '        ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 2 }',
      '        GlobalSecondaryIndexes:',
      '          - IndexName: byG',
      '            KeySchema: [{ AttributeName: g, KeyType: HASH }]',
      '            Projection: { ProjectionType: ALL }',
      '            ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 }',
      '        LocalSecondaryIndexes:',
      '          - IndexName: byPkG',
      '            KeySchema: [{ AttributeName: pk, KeyType: HASH }, { AttributeName: g, KeyType: RANGE }]',
      '            Projection: { ProjectionType: KEYS_ONLY }',
      '        StreamSpecification: { StreamViewType: NEW_AND_OLD_IMAGES }',
      '    Other: { Type: AWS::Kinesis::Stream }',
    )
    const result = parse(text, { stage: 'prod' })
    expect(result.diagnostics).toEqual([])
    expect(result.model.resources).toEqual([
      {
        name: 'T',
        origin: 'resources',
        kind: 'table',
        id: 'table:T',
        tableName: 's-prod-t',
        billingMode: 'PROVISIONED',
        rcu: 5,
        wcu: 2,
        keys: { hash: { name: 'pk', type: 'S' }, range: { name: 'sk', type: 'N' } },
        gsis: [
          {
            name: 'byG',
            keys: { hash: { name: 'g', type: 'S' } },
            rcu: 1,
            wcu: 1,
            projection: 'ALL',
          },
        ],
        lsis: [
          {
            name: 'byPkG',
            keys: { hash: { name: 'pk', type: 'S' }, range: { name: 'g', type: 'S' } },
            projection: 'KEYS_ONLY',
          },
        ],
        stream: 'NEW_AND_OLD_IMAGES',
      },
      {
        name: 'Other',
        origin: 'resources',
        kind: 'opaque',
        id: 'opaque:Other',
        type: 'AWS::Kinesis::Stream',
      },
    ])
  })

  it('reads queues with dead-letter queues and onError', () => {
    const text = lines(
      'service: s',
      'functions:',
      '  f:',
      '    handler: f.h',
      '    onError: !Ref Failures',
      'resources:',
      '  Resources:',
      '    Jobs:',
      '      Type: AWS::SQS::Queue',
      '      Properties:',
      '        QueueName: jobs.fifo',
      '        FifoQueue: true',
      '        VisibilityTimeout: 60',
      '        RedrivePolicy: { deadLetterTargetArn: !GetAtt Dlq.Arn, maxReceiveCount: 3 }',
      '    Dlq: { Type: AWS::SQS::Queue }',
      '    Failures: { Type: AWS::SNS::Topic }',
    )
    const { model, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    expect(model.resources.find((r) => r.id === 'queue:Jobs')).toMatchObject({
      queueName: 'jobs.fifo',
      fifo: true,
      visibilityTimeout: 60,
      deadLetterQueue: 'queue:Dlq',
      maxReceiveCount: 3,
    })
    expect(model.resources[0]).toMatchObject({ onError: 'topic:Failures' })
  })

  const twoFunctions = (iam: string[], envA: string[] = []) =>
    lines(
      'service: s',
      'provider:',
      '  iam:',
      '    role:',
      '      statements:',
      ...iam.map((l) => `        ${l}`),
      'functions:',
      '  a:',
      '    handler: a.h',
      ...(envA.length > 0 ? ['    environment:', ...envA.map((l) => `      ${l}`)] : []),
      '  b:',
      '    handler: b.h',
      'resources:',
      '  Resources:',
      '    Users:',
      '      Type: AWS::DynamoDB::Table',
      '      Properties:',
      '        TableName: users-${sls:stage}',
      '        BillingMode: PAY_PER_REQUEST',
      '        KeySchema: [{ AttributeName: id, KeyType: HASH }]',
    )
  const access = (text: string) =>
    parse(text).model.edges.filter((e): e is AccessEdge => e.kind === 'access')

  it('draws a provider-level IAM grant only from functions that name the resource', () => {
    const grant = [
      '- Effect: Allow',
      '  Action: [dynamodb:GetItem, s3:GetObject]',
      '  Resource: arn:aws:dynamodb:*:*:table/users-dev',
    ]
    expect(access(twoFunctions(grant, ['TABLE: users-${sls:stage}']))).toEqual([
      {
        kind: 'access',
        from: 'function:a',
        to: 'table:Users',
        via: ['environment', 'iam'],
        envVars: ['TABLE'],
        actions: ['dynamodb:GetItem'],
      },
    ])
    const ambiguous = parse(twoFunctions(grant))
    expect(ambiguous.model.edges).toEqual([])
    expect(ambiguous.diagnostics.map((d) => d.message)).toEqual([
      "The provider's IAM role may use table:Users, but no function refers to it in its environment, so no access edge is drawn.",
    ])
  })

  it('draws a provider-level grant from the only function of a service', () => {
    const text = lines(
      'service: s',
      'provider:',
      '  iamRoleStatements:',
      '    - Effect: Allow',
      '      Action: sqs:SendMessage',
      '      Resource: !GetAtt Jobs.Arn',
      '    - Effect: Deny',
      '      Action: sns:Publish',
      '      Resource: !Ref Alerts',
      'functions:',
      '  only:',
      '    handler: h',
      '    iamRoleStatements:',
      '      - Effect: Allow',
      "        Action: ['sns:Publish']",
      "        Resource: { 'Fn::Join': [':', [arn, aws, sns, { Ref: 'AWS::Region' }, { Ref: 'AWS::AccountId' }, alerts]] }",
      'resources:',
      '  Resources:',
      '    Jobs: { Type: AWS::SQS::Queue }',
      '    Alerts: { Type: AWS::SNS::Topic, Properties: { TopicName: alerts } }',
    )
    expect(access(text).map((e) => [e.to, e.via, e.actions])).toEqual([
      ['topic:Alerts', ['iam'], ['sns:Publish']],
      ['queue:Jobs', ['iam'], ['sqs:SendMessage']],
    ])
  })

  it('finds access through Sub, queue URLs and framework bucket ids', () => {
    const text = lines(
      'service: s',
      'functions:',
      '  a:',
      '    handler: a.h',
      '    environment:',
      '      INDEX: !Sub "${Users.Arn}/index/byEmail"',
      '      QUEUE_URL: https://sqs.us-east-1.amazonaws.com/123456789012/jobs',
      '      BUCKET: !Ref S3BucketPhotos',
      '    events:',
      '      - s3: photos',
      'resources:',
      '  Resources:',
      '    Users: { Type: AWS::DynamoDB::Table, Properties: { BillingMode: PAY_PER_REQUEST, KeySchema: [{ AttributeName: id, KeyType: HASH }] } }',
      '    Jobs: { Type: AWS::SQS::Queue, Properties: { QueueName: jobs } }',
    )
    expect(access(text).map((e) => [e.to, e.envVars])).toEqual([
      ['table:Users', ['INDEX']],
      ['queue:Jobs', ['QUEUE_URL']],
      ['bucket:photos', ['BUCKET']],
    ])
  })
})

describe('parse: documents', () => {
  it('reads the older service object and keeps going on YAML errors', () => {
    expect(parse(lines('service:', '  name: old', 'provider: { name: aws }')).model.service).toBe(
      'old',
    )
    const broken = parse(
      lines('service: s', 'functions:', '  a:', '    handler: a.h', '  b: [', ''),
    )
    expect(broken.ok).toBe(false)
    expect(broken.diagnostics.every((d) => d.code === 'yaml-syntax' && d.range)).toBe(true)
  })

  it('reads functions and resources given as lists', () => {
    const text = lines(
      'service: s',
      'functions:',
      '  - a: { handler: a.h, memorySize: 64 }',
      '  - ${file(more.yml)}',
      'resources:',
      '  - ${file(tables.yml)}',
      '  - Resources:',
      '      Q: { Type: AWS::SQS::Queue }',
    )
    const result = parse(text)
    expect(result.model.resources.map((r) => r.id)).toEqual(['function:a', 'queue:Q'])
    expect(result.diagnostics.map((d) => [d.code, d.range?.start.line])).toEqual([
      ['variable-unresolved', 4],
      ['variable-unresolved', 6],
      ['out-of-range', 3],
    ])
    expect(result.ranges['queue:Q']?.start.line).toBe(8)
  })

  it('follows merge keys for values and ranges', () => {
    const text = lines(
      'service: s',
      'x-defaults: &defaults',
      '  memorySize: 99999',
      '  timeout: 10',
      'functions:',
      '  a:',
      '    <<: *defaults',
      '    handler: a.h',
    )
    const result = parse(text)
    expect(result.model.resources[0]).toMatchObject({ memorySize: 99999, timeout: 10 })
    expect(result.diagnostics).toMatchObject([
      { code: 'out-of-range', range: { start: { line: 3, column: 15 } } },
    ])
  })
})

describe('parse: a queue or bucket named by an event and declared in resources', () => {
  it('is one node, the declared one', () => {
    const text = lines(
      'service: s',
      'functions:',
      '  worker:',
      '    handler: w.h',
      '    events:',
      '      - sqs: arn:aws:sqs:us-east-1:123456789012:jobs-queue',
      '      - s3: { bucket: uploads-bucket, existing: true }',
      'resources:',
      '  Resources:',
      '    Jobs:',
      '      Type: AWS::SQS::Queue',
      '      Properties: { QueueName: jobs-queue }',
      '    Uploads:',
      '      Type: AWS::S3::Bucket',
      '      Properties: { BucketName: uploads-bucket }',
    )
    const { model } = parse(text)
    expect(model.resources.map((r) => r.id)).toEqual([
      'function:worker',
      'queue:Jobs',
      'bucket:Uploads',
    ])
    expect(model.edges.map((e) => `${e.from} -> ${e.to}`)).toEqual([
      'queue:Jobs -> function:worker',
      'bucket:Uploads -> function:worker',
    ])
  })
})
