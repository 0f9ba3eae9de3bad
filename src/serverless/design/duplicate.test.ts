import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ResourceId } from '../../model/types'
import { planDuplicate } from './duplicate'
import { applyPlan, modelOf } from './testing'

const id = (value: string) => value as ResourceId
const example = (file: string) =>
  readFileSync(new URL(`../../../public/examples/${file}`, import.meta.url), 'utf8')

function duplicate(text: string, target: string) {
  const plan = planDuplicate(modelOf(text), text, id(target))
  if (!plan.ok) throw new Error(plan.reason)
  const after = applyPlan(text, plan.patches)
  const original = modelOf(text).resources.find((r) => r.id === target)
  const copy = after.model.resources.find((r) => r.id === plan.id)
  if (!copy || !original) throw new Error(`${plan.id} is not in the result`)
  return { ...after, id: plan.id, original, copy }
}

/** A resource without what tells it apart from its copy. */
function settings(resource: object) {
  const { id: _id, name: _name, ...rest } = resource as { id: string; name: string }
  return rest
}

describe('planDuplicate: functions', () => {
  it('copies a function with its settings but not its events', () => {
    const text = example('http-api.yml')
    const after = duplicate(text, 'function:redirect')
    expect(after.id).toBe('function:redirectCopy')
    const { functionName: _a, ...copy } = settings(after.copy) as { functionName?: string }
    const { functionName: _b, ...original } = settings(after.original) as {
      functionName?: string
    }
    expect(copy).toEqual(original)
    expect(after.model.edges.filter((e) => e.kind === 'trigger' && e.to === after.id)).toEqual([])
    expect(after.text).toContain(
      '  redirectCopy:\n    handler: src/links.redirect\n    description: Look up a code and answer 301 with the long URL\n    provisionedConcurrency: 2\n',
    )
  })

  it('numbers copies and copies a variable setting as its value', () => {
    const text = example('sqs-worker-dlq.yml')
    const once = duplicate(text, 'function:processOrders')
    const twice = duplicate(once.text, 'function:processOrders')
    expect(twice.id).toBe('function:processOrdersCopy2')
    expect(twice.copy).toMatchObject({ timeout: 30, reservedConcurrency: 10 })
  })

  it('keeps the environment, with its references', () => {
    const text = example('sns-fan-out.yml')
    const after = duplicate(text, 'function:placeOrder')
    expect(after.model.edges).toContainEqual(
      expect.objectContaining({ kind: 'access', from: after.id, to: 'topic:OrderEventsTopic' }),
    )
  })
})

describe('planDuplicate: resources', () => {
  it('copies a table with every property and a physical name of its own', () => {
    const text = example('websocket-chat.yml')
    const after = duplicate(text, 'table:ConnectionsTable')
    expect(after.id).toBe('table:ConnectionsTableCopy')
    expect(settings(after.copy)).toEqual({
      ...settings(after.original),
      tableName: 'chat-dev-connections-copy',
    })
    expect(after.text).toContain('TableName: ${self:custom.tableName}-copy\n')
    expect(after.text.match(/TimeToLiveSpecification/g)).toHaveLength(2)
  })

  it('keeps a table without BillingMode provisioned', () => {
    const text = example('scheduled-job.yml').replace('        BillingMode: PROVISIONED\n', '')
    const after = duplicate(text, 'table:ReportsTable')
    expect(after.copy).toMatchObject({ billingMode: 'PROVISIONED', rcu: 1, wcu: 1 })
    expect(after.text.match(/BillingMode/g)).toBeNull()
  })

  it('copies a queue with its dead-letter queue', () => {
    const text = example('sqs-worker-dlq.yml')
    const after = duplicate(text, 'queue:OrdersQueue')
    expect(after.copy).toMatchObject({
      queueName: 'orders-queue-dev-orders-copy',
      deadLetterQueue: 'queue:OrdersDeadLetterQueue',
      visibilityTimeout: 180,
    })
  })

  it('puts the suffix of a FIFO name before .fifo', () => {
    const text = `service: demo
provider:
  name: aws
resources:
  Resources:
    Orders:
      Type: AWS::SQS::Queue
      Properties:
        QueueName: orders.fifo
        FifoQueue: true
`
    const once = duplicate(text, 'queue:Orders')
    const twice = duplicate(once.text, 'queue:Orders')
    expect(twice.copy).toMatchObject({ queueName: 'orders-copy2.fifo', fifo: true })
  })

  it('copies a topic, and a bucket without its global name', () => {
    const topic = duplicate(example('sns-fan-out.yml'), 'topic:OrderEventsTopic')
    expect(topic.copy).toMatchObject({ topicName: 'order-events-dev-order-events-copy' })
    const bucket = duplicate(example('s3-upload-processing.yml'), 'bucket:ThumbnailsBucket')
    expect(bucket.copy).not.toHaveProperty('bucketName')
    expect(bucket.text.match(/PublicAccessBlockConfiguration/g)).toHaveLength(2)
  })
})

describe('planDuplicate: refusals', () => {
  const text = example('s3-upload-processing.yml')
  const model = modelOf(text)
  const eventBucket = model.edges.find((e) => e.kind === 'trigger' && e.event === 's3')!.from

  it.each([
    [eventBucket, /is known only from an event, so there is no declaration to copy\.$/],
    ['function:nope', /^That resource is no longer in the design\.$/],
  ])('%s', (target, reason) => {
    const plan = planDuplicate(model, text, id(target))
    expect(plan.ok).toBe(false)
    expect(!plan.ok && plan.reason).toMatch(reason)
  })

  it('refuses APIs, schedules, buses and opaque resources', () => {
    const api = example('http-api.yml')
    expect(planDuplicate(modelOf(api), api, id('httpApi'))).toEqual({
      ok: false,
      reason: 'A service has one HTTP API; connect it to more functions instead.',
    })
    const schedules = example('scheduled-job.yml')
    expect(planDuplicate(modelOf(schedules), schedules, id('schedule:nightlyReport:0')).ok).toBe(
      false,
    )
    const bus = example('eventbridge-bus.yml')
    expect(planDuplicate(modelOf(bus), bus, id('eventBus:OrdersBus')).ok).toBe(false)
    expect(planDuplicate(modelOf(bus), bus, id('opaque:PointsDeadLetterQueuePolicy')).ok).toBe(
      false,
    )
  })
})
