import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ResourceId } from '../../model/types'
import { SMALL_SERVICE } from '../patches/testText'
import { canConnect, connectionKind, planConnection } from './connections'
import { applyPlan, edgeLabels, modelOf } from './testing'

const id = (value: string) => value as ResourceId
const example = (file: string) =>
  readFileSync(new URL(`../../../public/examples/${file}`, import.meta.url), 'utf8')

/** Plan on `text` (passing the text along), apply, and parse the result. */
function connect(text: string, from: string, to: string, withText = true) {
  const plan = planConnection(modelOf(text), id(from), id(to), withText ? { text } : {})
  if (!plan.ok) throw new Error(plan.reason)
  return { ...applyPlan(text, plan.patches), description: plan.description }
}

function refusal(text: string, from: string, to: string): string {
  const plan = planConnection(modelOf(text), id(from), id(to), { text })
  return plan.ok ? 'accepted' : plan.reason
}

describe('connectionKind', () => {
  it('says how each meaningful pair behaves, and null for the rest', () => {
    expect(connectionKind('restApi', 'function')).toBe('sync')
    expect(connectionKind('websocketApi', 'function')).toBe('sync')
    expect(connectionKind('bucket', 'function')).toBe('async')
    expect(connectionKind('schedule', 'function')).toBe('async')
    expect(connectionKind('eventBus', 'function')).toBe('async')
    expect(connectionKind('topic', 'function')).toBe('async')
    expect(connectionKind('queue', 'function')).toBe('poll')
    expect(connectionKind('table', 'function')).toBe('poll')
    expect(connectionKind('function', 'table')).toBe('access')
    expect(connectionKind('function', 'topic')).toBe('access')
    expect(connectionKind('function', 'restApi')).toBeNull()
    expect(connectionKind('function', 'function')).toBeNull()
    expect(connectionKind('queue', 'table')).toBeNull()
    expect(connectionKind('opaque', 'function')).toBeNull()
  })
})

describe('planConnection: APIs', () => {
  it('routes GET /<function> of the REST API to the function', () => {
    const after = connect(SMALL_SERVICE, 'restApi', 'function:worker')
    expect(after.description).toBe('Route GET /worker of the REST API to worker.')
    expect(edgeLabels(after.model)).toContain('restApi -http-> function:worker')
    expect(after.text).toContain('      - http:\n          path: /worker\n          method: get\n')
  })

  it('picks a path no route uses yet', () => {
    const taken = SMALL_SERVICE.replace('path: users/{id}', 'path: worker')
    const after = connect(taken, 'restApi', 'function:worker')
    expect(after.description).toBe('Route GET /worker2 of the REST API to worker.')
  })

  it('adds an HTTP API route, creating the API', () => {
    const text = example('sqs-worker-dlq.yml')
    const after = connect(text, 'httpApi', 'function:processOrders')
    expect(after.description).toBe('Route GET /processOrders of the HTTP API to processOrders.')
    expect(edgeLabels(after.model)).toContain('httpApi -httpApi-> function:processOrders')
  })

  it('adds a WebSocket route named after the function', () => {
    const text = example('websocket-chat.yml').replace(
      'functions:\n',
      'functions:\n  typing:\n    handler: src/chat.typing\n',
    )
    const after = connect(text, 'websocketApi', 'function:typing')
    expect(after.description).toBe('Send the WebSocket route "typing" to typing.')
    expect(edgeLabels(after.model)).toContain('websocketApi -websocket-> function:typing')
  })

  it('refuses a second edge between the API and the same function', () => {
    expect(refusal(SMALL_SERVICE, 'restApi', 'function:getUser')).toBe(
      'The REST API already sends requests to this function. Add more routes in its events.',
    )
  })
})

describe('planConnection: event sources', () => {
  it('reads a declared queue in batches of 10, and refuses the same queue twice', () => {
    const text = SMALL_SERVICE.replace('          batchSize: 10\n', '')
      .replace('arn: !GetAtt Jobs.Arn', 'arn: !GetAtt Users.StreamArn')
      .replace('- sqs:', '- stream:')
    const after = connect(text, 'queue:Jobs', 'function:getUser')
    expect(after.model.edges).toContainEqual(
      expect.objectContaining({ from: 'queue:Jobs', to: 'function:getUser', batchSize: 10 }),
    )
    expect(refusal(SMALL_SERVICE, 'queue:Jobs', 'function:worker')).toBe(
      'This function already reads from that queue.',
    )
  })

  it('names a queue known only from an event the way the file does', () => {
    const text = `service: demo
provider:
  name: aws
functions:
  a:
    handler: a.h
    events:
      - sqs: arn:aws:sqs:\${aws:region}:\${aws:accountId}:\${self:service}-jobs
  b:
    handler: b.h
`
    const after = connect(text, 'queue:demo-jobs', 'function:b')
    expect(after.text).toContain(
      'arn: arn:aws:sqs:${aws:region}:${aws:accountId}:${self:service}-jobs',
    )
    expect(edgeLabels(after.model)).toContain('queue:demo-jobs -sqs-> function:b')
    const withoutText = connect(text, 'queue:demo-jobs', 'function:b', false)
    expect(edgeLabels(withoutText.model)).toContain('queue:demo-jobs -sqs-> function:b')
  })

  it('subscribes a function to a declared topic and to a topic named by events', () => {
    const text = example('sns-fan-out.yml')
    const declared = connect(text, 'topic:OrderEventsTopic', 'function:placeOrder')
    expect(edgeLabels(declared.model)).toContain(
      'topic:OrderEventsTopic -sns-> function:placeOrder',
    )
    expect(refusal(text, 'topic:OrderEventsTopic', 'function:auditLog')).toBe(
      'This function is already subscribed to that topic.',
    )
    const named = `service: demo
provider:
  name: aws
functions:
  a:
    handler: a.h
    events:
      - sns: \${self:service}-alerts
  b:
    handler: b.h
`
    const after = connect(named, 'topic:demo-alerts', 'function:b')
    expect(after.text).toContain('      - sns: ${self:service}-alerts\n  b:')
    expect(edgeLabels(after.model)).toContain('topic:demo-alerts -sns-> function:b')
  })

  it('references a declared bucket as an existing one', () => {
    const text = example('s3-upload-processing.yml')
    const after = connect(text, 'bucket:ThumbnailsBucket', 'function:makeThumbnail')
    expect(after.text).toContain(
      '      - s3:\n          bucket: !Ref ThumbnailsBucket\n          event: s3:ObjectCreated:*\n          existing: true\n',
    )
    expect(edgeLabels(after.model)).toContain(
      'bucket:ThumbnailsBucket -s3-> function:makeThumbnail',
    )
    const withoutText = connect(text, 'bucket:ThumbnailsBucket', 'function:makeThumbnail', false)
    expect(withoutText.text).toContain('bucket: ThumbnailsBucket\n')
    expect(edgeLabels(withoutText.model)).toContain(
      'bucket:ThumbnailsBucket -s3-> function:makeThumbnail',
    )
  })

  it('names a bucket of provider.s3 by its key, as the existing event does', () => {
    const text = example('s3-upload-processing.yml').replace(
      'functions:\n',
      'functions:\n  audit:\n    handler: audit.handler\n',
    )
    const bucket = modelOf(text).edges.find((e) => e.kind === 'trigger' && e.event === 's3')!.from
    const after = connect(text, bucket, 'function:audit')
    expect(after.text).toContain(
      '  audit:\n    handler: audit.handler\n    events:\n      - s3:\n          bucket: uploads\n',
    )
    expect(edgeLabels(after.model)).toContain(`${bucket} -s3-> function:audit`)
  })

  it('enables the stream of a table connected to a function', () => {
    const text = example('dynamodb-stream.yml')
    const after = connect(text, 'table:CustomerStatsTable', 'function:putOrder')
    expect(after.description).toBe(
      'putOrder will consume the stream of the table CustomerStatsTable; the table has no stream yet — it will be enabled (NEW_AND_OLD_IMAGES).',
    )
    expect(edgeLabels(after.model)).toContain(
      'table:CustomerStatsTable -stream-> function:putOrder',
    )
    const table = after.model.resources.find((r) => r.id === 'table:CustomerStatsTable')
    expect(table).toMatchObject({ stream: 'NEW_AND_OLD_IMAGES' })
  })

  it('runs another function on the same schedule', () => {
    const text = example('scheduled-job.yml')
    const after = connect(text, 'schedule:collectMetrics:0', 'function:nightlyReport')
    expect(after.description).toBe('Also run nightlyReport on rate(15 minutes).')
    expect(after.model.resources).toContainEqual(
      expect.objectContaining({ id: 'schedule:nightlyReport:1', expression: 'rate(15 minutes)' }),
    )
    expect(edgeLabels(after.model)).toContain(
      'schedule:nightlyReport:1 -schedule-> function:nightlyReport',
    )
    expect(refusal(text, 'schedule:collectMetrics:0', 'function:collectMetrics')).toBe(
      'This schedule already runs this function.',
    )
    expect(refusal(after.text, 'schedule:collectMetrics:0', 'function:nightlyReport')).toBe(
      'This function already runs on rate(15 minutes).',
    )
  })

  it('subscribes a function to a declared bus with !Ref and the source other rules match', () => {
    const text = example('eventbridge-bus.yml')
    const after = connect(text, 'eventBus:OrdersBus', 'function:placeOrder')
    expect(after.text).toContain(
      '      - eventBridge:\n          pattern:\n            source:\n              - ${self:custom.eventSource}\n          eventBus: !Ref OrdersBus\n',
    )
    expect(edgeLabels(after.model)).toContain(
      'eventBus:OrdersBus -eventBridge-> function:placeOrder',
    )
    const withoutText = connect(text, 'eventBus:OrdersBus', 'function:placeOrder', false)
    expect(edgeLabels(withoutText.model)).toContain(
      'eventBus:OrdersBus -eventBridge-> function:placeOrder',
    )
  })

  it('subscribes a function to the default bus with a pattern on the service', () => {
    const text = `service: shop
provider:
  name: aws
functions:
  a:
    handler: a.h
    events:
      - eventBridge:
          pattern:
            detail-type: [Tick]
  b:
    handler: b.h
`
    const after = connect(text, 'eventBus:default', 'function:b')
    expect(after.description).toBe(
      'Send events with source shop.events on the default event bus to b.',
    )
    expect(edgeLabels(after.model)).toContain('eventBus:default -eventBridge-> function:b')
  })
})

describe('planConnection: access', () => {
  it('gives a function access to a declared resource, once', () => {
    const after = connect(SMALL_SERVICE, 'function:worker', 'table:Users')
    expect(after.description).toBe(
      'Give worker access to the table Users (USERS_TABLE and an IAM grant).',
    )
    expect(edgeLabels(after.model)).toContain('function:worker -access-> table:Users')
    expect(refusal(SMALL_SERVICE, 'function:getUser', 'table:Users')).toBe(
      'This function already uses that table.',
    )
  })

  it('refuses access to a resource known only from an event', () => {
    const text = example('s3-upload-processing.yml').replace(
      'functions:\n',
      'functions:\n  audit:\n    handler: audit.handler\n',
    )
    const bucket = modelOf(text).edges.find((e) => e.kind === 'trigger' && e.event === 's3')!.from
    expect(refusal(text, 'function:audit', bucket)).toMatch(
      /^Access can be drawn only to a bucket declared in this service's resources/,
    )
  })
})

describe('planConnection: refusals', () => {
  const text = example('sqs-worker-dlq.yml')
  it.each([
    [
      'function:acceptOrder',
      'httpApi',
      'A function cannot trigger an API. Connect the API to the function instead.',
    ],
    ['function:acceptOrder', 'function:acceptOrder', 'A function cannot be connected to itself.'],
    [
      'function:acceptOrder',
      'function:processOrders',
      'A function cannot call another function directly. Put a queue or a topic between them.',
    ],
    [
      'opaque:OrdersDeadLetterAlarm',
      'function:acceptOrder',
      'An opaque CloudFormation resource cannot be connected.',
    ],
    [
      'function:acceptOrder',
      'opaque:OrdersDeadLetterAlarm',
      'An opaque CloudFormation resource cannot be connected.',
    ],
    ['queue:OrdersQueue', 'queue:OrdersDeadLetterQueue', 'A queue can only trigger a function.'],
    ['httpApi', 'queue:OrdersQueue', 'An API can only send requests to a function.'],
    ['queue:Missing', 'function:acceptOrder', 'That resource is no longer in the design.'],
    ['function:acceptOrder', 'queue:OrdersQueue', 'This function already uses that queue.'],
  ])('%s -> %s', (from, to, reason) => {
    expect(refusal(text, from, to)).toBe(reason)
    expect(canConnect(modelOf(text), id(from), id(to))).toBe(false)
  })

  it('refuses the stream of a table the service does not declare', () => {
    const external = `service: demo
provider:
  name: aws
functions:
  a:
    handler: a.h
    events:
      - stream:
          type: dynamodb
          arn: arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2024
  b:
    handler: b.h
`
    expect(refusal(external, 'table:orders', 'function:b')).toBe(
      "The table orders is not declared in this service's resources, so its stream cannot be read from here.",
    )
  })

  it('accepts what it can plan', () => {
    expect(
      canConnect(modelOf(text), id('queue:OrdersDeadLetterQueue'), id('function:processOrders')),
    ).toBe(true)
  })
})
