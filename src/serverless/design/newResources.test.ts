import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ResourceId, ResourceKind } from '../../model/types'
import { planNewResource, type NewResourceOptions } from './newResources'
import { applyPlan, edgeLabels, modelOf, nodeIds } from './testing'

const id = (value: string) => value as ResourceId
const example = (file: string) =>
  readFileSync(new URL(`../../../public/examples/${file}`, import.meta.url), 'utf8')

const EMPTY = `service: shop
provider:
  name: aws
  runtime: nodejs22.x
`

function add(text: string, kind: ResourceKind, options: NewResourceOptions = {}) {
  const plan = planNewResource(modelOf(text), kind, { text, ...options })
  if (!plan.ok) throw new Error(plan.reason)
  return { ...applyPlan(text, plan.patches), id: plan.id }
}

const PALETTE: ResourceKind[] = [
  'function',
  'restApi',
  'httpApi',
  'websocketApi',
  'table',
  'bucket',
  'queue',
  'topic',
  'schedule',
  'eventBus',
]

describe('planNewResource', () => {
  it.each(PALETTE)('adds a %s node that the parsed model shows under the returned id', (kind) => {
    for (const text of [EMPTY, example('sns-fan-out.yml'), example('eventbridge-bus.yml')]) {
      const after = add(text, kind)
      expect(nodeIds(after.model)).toContain(after.id)
      expect(after.model.resources.find((r) => r.id === after.id)?.kind).toBe(kind)
    }
  })

  it('gives readable names that do not clash', () => {
    const once = add(EMPTY, 'function')
    expect(once.id).toBe('function:newFunction')
    expect(add(once.text, 'function').id).toBe('function:newFunction2')
    const table = add(EMPTY, 'table')
    expect(table.id).toBe('table:NewTable')
    expect(add(table.text, 'table').id).toBe('table:NewTable2')
    expect(add(EMPTY, 'queue').id).toBe('queue:NewQueue')
    expect(add(EMPTY, 'topic').id).toBe('topic:NewTopic')
    expect(add(EMPTY, 'bucket').id).toBe('bucket:NewBucket')
  })

  it('makes an on-demand table keyed by id', () => {
    const after = add(EMPTY, 'table')
    expect(after.model.resources.find((r) => r.id === after.id)).toMatchObject({
      billingMode: 'PAY_PER_REQUEST',
      keys: { hash: { name: 'id', type: 'S' } },
    })
  })

  it('adds an API as GET / on a new handler, then GET /<handler> on the next', () => {
    const first = add(EMPTY, 'restApi')
    expect(first.id).toBe('restApi')
    expect(edgeLabels(first.model)).toEqual(['restApi -http-> function:apiHandler'])
    const second = add(first.text, 'restApi')
    const api = second.model.resources.find((r) => r.id === 'restApi')
    expect(api?.kind === 'restApi' && api.routes.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /',
      'GET /apiHandler2',
    ])
  })

  it('adds the WebSocket $default route first', () => {
    const after = add(EMPTY, 'websocketApi')
    const api = after.model.resources.find((r) => r.id === 'websocketApi')
    expect(api?.kind === 'websocketApi' && api.routes.map((r) => r.method)).toEqual(['$default'])
  })

  it('attaches a new source to the function it is placed near', () => {
    const text = example('sqs-worker-dlq.yml')
    const schedule = add(text, 'schedule', { near: id('function:processOrders') })
    expect(schedule.id).toBe('schedule:processOrders:1')
    expect(edgeLabels(schedule.model)).toContain(
      'schedule:processOrders:1 -schedule-> function:processOrders',
    )
    const api = add(text, 'restApi', { near: id('function:processOrders') })
    expect(edgeLabels(api.model)).toContain('restApi -http-> function:processOrders')
    expect(nodeIds(api.model).filter((n) => n.startsWith('function:'))).toHaveLength(2)
  })

  it('puts a new schedule on a new function scheduledJob', () => {
    const after = add(EMPTY, 'schedule')
    expect(after.id).toBe('schedule:scheduledJob:0')
    expect(after.model.resources.find((r) => r.id === after.id)).toMatchObject({
      expression: 'rate(5 minutes)',
    })
  })

  it('uses the default bus first, then a bus of its own per stage', () => {
    const first = add(EMPTY, 'eventBus')
    expect(first.id).toBe('eventBus:default')
    const second = add(first.text, 'eventBus')
    expect(second.id).toBe('eventBus:shop-dev-bus')
    expect(second.text).toContain('eventBus: ${self:service}-${sls:stage}-bus\n')
    const third = add(second.text, 'eventBus')
    expect(third.id).toBe('eventBus:shop-dev-bus2')
    expect(edgeLabels(third.model)).toEqual([
      'eventBus:default -eventBridge-> function:eventHandler',
      'eventBus:shop-dev-bus -eventBridge-> function:eventHandler2',
      'eventBus:shop-dev-bus2 -eventBridge-> function:eventHandler3',
    ])
  })

  it('refuses an opaque resource', () => {
    expect(planNewResource(modelOf(EMPTY), 'opaque')).toEqual({
      ok: false,
      reason:
        'A CloudFormation resource is whatever serverless.yml declares under resources; add it there.',
    })
  })
})
