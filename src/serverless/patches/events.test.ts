import { describe, expect, it } from 'vitest'
import { parse } from '../index'
import { describeDiff } from '../edit/lineDiff'
import { applyPatch } from './applyPatch'
import type { EventSpec } from './patch'
import { SMALL_SERVICE, textOf } from './testText'

const withTopic = `${SMALL_SERVICE}    Alerts:
      Type: AWS::SNS::Topic
      Properties:
        TopicName: alerts
`

describe('event patches', () => {
  it('adds one event of every type in the documented shape', () => {
    const specs: EventSpec[] = [
      { type: 'http', path: 'users', method: 'POST', cors: true },
      { type: 'httpApi', path: '/users', method: 'get' },
      { type: 'httpApi', catchAll: true },
      { type: 'websocket', route: '$connect' },
      { type: 's3', bucket: 'uploads', rules: [{ prefix: 'in/', suffix: '.jpg' }] },
      { type: 'sns', topic: 'Alerts' },
      { type: 'sns', topicName: 'dispatch' },
      { type: 'sqs', queue: 'Jobs', batchSize: 5 },
      { type: 'schedule', rate: 'rate(5 minutes)' },
      { type: 'eventBridge', pattern: { source: ['my.app'] } },
    ]
    let text = withTopic
    for (const event of specs)
      text = textOf(applyPatch(text, { op: 'addEvent', function: 'worker', event }))
    expect(describeDiff(withTopic, text)).toMatchInlineSnapshot(`
      "+31:       - http:
      +32:           path: users
      +33:           method: post
      +34:           cors: true
      +35:       - httpApi:
      +36:           path: /users
      +37:           method: GET
      +38:       - httpApi: '*'
      +39:       - websocket:
      +40:           route: $connect
      +41:       - s3:
      +42:           bucket: uploads
      +43:           event: s3:ObjectCreated:*
      +44:           rules:
      +45:             - prefix: in/
      +46:             - suffix: .jpg
      +47:       - sns:
      +48:           arn: !Ref Alerts
      +49:           topicName: alerts
      +50:       - sns: dispatch
      +51:       - sqs:
      +52:           arn: !GetAtt Jobs.Arn
      +53:           batchSize: 5
      +54:       - schedule: rate(5 minutes)
      +55:       - eventBridge:
      +56:           pattern:
      +57:             source:
      +58:               - my.app"
    `)
    const edges = parse(text).model.edges.filter(
      (e) => e.kind === 'trigger' && e.to === 'function:worker',
    )
    expect(edges.length).toBe(specs.length + 1)
  })

  it('adds a stream event and turns on the table stream', () => {
    const after = textOf(
      applyPatch(SMALL_SERVICE, {
        op: 'addEvent',
        function: 'getUser',
        event: { type: 'stream', table: 'Users', batchSize: 100 },
      }),
    )
    expect(describeDiff(SMALL_SERVICE, after)).toMatchInlineSnapshot(`
      "+24:       - stream:
      +25:           type: dynamodb
      +26:           arn: !GetAtt Users.StreamArn
      +27:           batchSize: 100
      +28:           startingPosition: LATEST
      +49:         StreamSpecification:
      +50:           StreamViewType: NEW_AND_OLD_IMAGES"
    `)
  })

  it('updates settings in place, and writes a short form out when it must', () => {
    const batch = textOf(
      applyPatch(SMALL_SERVICE, {
        op: 'updateEvent',
        function: 'worker',
        index: 0,
        settings: { batchSize: 1 },
      }),
    )
    expect(describeDiff(SMALL_SERVICE, batch)).toMatchInlineSnapshot(`
      "-30:           batchSize: 10
      +30:           batchSize: 1"
    `)
    const route = textOf(
      applyPatch(SMALL_SERVICE, {
        op: 'updateEvent',
        function: 'getUser',
        index: 0,
        settings: { method: 'put', cors: true },
      }),
    )
    expect(describeDiff(SMALL_SERVICE, route)).toMatchInlineSnapshot(`
      "-23:           method: get
      +23:           method: put
      +24:           cors: true"
    `)
    const short =
      'functions:\n  cron:\n    handler: h\n    events:\n      - schedule: rate(1 hour) # hourly\n'
    const rate = textOf(
      applyPatch(short, {
        op: 'updateEvent',
        function: 'cron',
        index: 0,
        settings: { rate: 'rate(2 hours)' },
      }),
    )
    expect(describeDiff(short, rate)).toMatchInlineSnapshot(`
      "-5:       - schedule: rate(1 hour) # hourly
      +5:       - schedule: rate(2 hours) # hourly"
    `)
    const off = textOf(
      applyPatch(short, {
        op: 'updateEvent',
        function: 'cron',
        index: 0,
        settings: { enabled: false },
      }),
    )
    expect(describeDiff(short, off)).toMatchInlineSnapshot(`
      "-5:       - schedule: rate(1 hour) # hourly
      +5:       - schedule: # hourly
      +6:           rate: rate(1 hour)
      +7:           enabled: false"
    `)
  })

  it('removes an event by index; the last one takes `events:` with it', () => {
    const after = textOf(
      applyPatch(SMALL_SERVICE, { op: 'removeEvent', function: 'worker', index: 0 }),
    )
    expect(describeDiff(SMALL_SERVICE, after)).toMatchInlineSnapshot(`
      "-27:     events:
      -28:       - sqs:
      -29:           arn: !GetAtt Jobs.Arn
      -30:           batchSize: 10"
    `)
  })

  it('refuses unknown events and bad settings', () => {
    const refusals = [
      applyPatch(SMALL_SERVICE, { op: 'removeEvent', function: 'worker', index: 3 }),
      applyPatch(SMALL_SERVICE, {
        op: 'addEvent',
        function: 'worker',
        event: { type: 'sqs', queue: 'Nope' },
      }),
      applyPatch(SMALL_SERVICE, {
        op: 'addEvent',
        function: 'worker',
        event: { type: 'schedule', rate: 'every hour' },
      }),
      applyPatch(SMALL_SERVICE, {
        op: 'updateEvent',
        function: 'worker',
        index: 0,
        settings: { batchSize: 0 },
      }),
      applyPatch(SMALL_SERVICE, {
        op: 'addEvent',
        function: 'worker',
        event: { type: 'http', path: 'x', method: 'FETCH' },
      }),
    ].map((r) => (r.ok ? 'accepted' : r.error))
    expect(refusals).toMatchInlineSnapshot(`
      [
        "Function "worker" has no event #4.",
        "There is no SQS queue "Nope" under resources.Resources; give its logical id or ARN.",
        ""every hour" is not a schedule: write rate(5 minutes) or cron(0 12 * * ? *).",
        "batchSize must be a whole number from 1 to 10000, not 0.",
        ""FETCH" is not an HTTP method (GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, ANY, *).",
      ]
    `)
  })
})
