import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Edge, ResourceId } from '../../model/types'
import { SMALL_SERVICE } from '../patches/testText'
import { planEdgeRemoval, planRemoval, planRemovals, type RemovalPlan } from './removal'
import { applyPlan, edgeLabels, modelOf, nodeIds } from './testing'

const id = (value: string) => value as ResourceId
const example = (file: string) =>
  readFileSync(new URL(`../../../public/examples/${file}`, import.meta.url), 'utf8')

function patchesOf(plan: RemovalPlan) {
  if (!plan.ok) throw new Error(plan.reason)
  return plan.patches
}

function removeNodes(text: string, ...ids: string[]) {
  return applyPlan(text, patchesOf(planRemovals(modelOf(text), ids.map(id), [])))
}

const MIXED = `service: demo
provider:
  name: aws
functions:
  worker:
    handler: src/worker.handler
    onError: arn:aws:sns:us-east-1:123456789012:alerts
    events:
      - sqs:
          arn: !GetAtt Jobs.Arn
      - http: GET /work
      - alb:
          listenerArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/b/c
          priority: 1
          conditions:
            path: /work
      - schedule: rate(1 hour)
      - s3: photos
  other:
    handler: src/other.handler
    events:
      - http: POST /other
resources:
  Resources:
    Jobs:
      Type: AWS::SQS::Queue
`

describe('planRemoval', () => {
  it('removes a function', () => {
    const plan = planRemoval(modelOf(SMALL_SERVICE), id('function:worker'))
    expect(patchesOf(plan)).toEqual([{ op: 'removeFunction', name: 'worker' }])
    expect(nodeIds(applyPlan(SMALL_SERVICE, patchesOf(plan)).model)).not.toContain(
      'function:worker',
    )
  })

  it('removes a declared queue with the events it triggers', () => {
    const after = removeNodes(SMALL_SERVICE, 'queue:Jobs')
    expect(nodeIds(after.model)).not.toContain('queue:Jobs')
    expect(edgeLabels(after.model)).toEqual([
      'restApi -http-> function:getUser',
      'function:getUser -access-> table:Users',
    ])
  })

  it('removes a declared event bus, its rules and what names it', () => {
    const after = removeNodes(example('eventbridge-bus.yml'), 'eventBus:OrdersBus')
    expect(nodeIds(after.model).filter((n) => n.startsWith('eventBus'))).toEqual([])
    expect(after.text).not.toContain('OrdersBus:')
    expect(after.text).not.toContain('eventBridge')
  })

  it('removes a bucket known only from events by removing those events', () => {
    const text = example('s3-upload-processing.yml')
    const bucket = modelOf(text).edges.find((e) => e.kind === 'trigger' && e.event === 's3')!.from
    const after = removeNodes(text, bucket)
    expect(nodeIds(after.model)).not.toContain(bucket)
    expect(after.model.edges.filter((e) => e.kind === 'trigger')).toEqual([])
  })

  it('removes a schedule: its event only', () => {
    const text = example('scheduled-job.yml')
    const after = removeNodes(text, 'schedule:nightlyReport:0')
    expect(nodeIds(after.model)).toContain('function:nightlyReport')
    expect(nodeIds(after.model)).not.toContain('schedule:nightlyReport:0')
    expect(after.model.edges.filter((e) => e.to === 'function:nightlyReport')).toEqual([])
  })

  it('removes an implicit API by removing every route of it', () => {
    const text = example('rest-api-dynamodb.yml')
    const plan = patchesOf(planRemoval(modelOf(text), id('restApi')))
    expect(plan).toHaveLength(5)
    const after = applyPlan(text, plan)
    expect(nodeIds(after.model)).not.toContain('restApi')
    expect(nodeIds(after.model).filter((n) => n.startsWith('function:'))).toHaveLength(5)
  })

  it('removes an opaque resource', () => {
    const after = removeNodes(example('sqs-worker-dlq.yml'), 'opaque:OrdersDeadLetterAlarm')
    expect(nodeIds(after.model)).not.toContain('opaque:OrdersDeadLetterAlarm')
  })

  it('clears onError naming a topic known only by its ARN', () => {
    const after = removeNodes(MIXED, 'topic:alerts')
    expect(after.text).not.toContain('onError')
    expect(nodeIds(after.model)).not.toContain('topic:alerts')
  })

  it('refuses an id that is not in the model', () => {
    expect(planRemoval(modelOf(MIXED), id('table:Nope'))).toEqual({
      ok: false,
      reason: 'That resource is no longer in the design.',
    })
  })
})

describe('planEdgeRemoval', () => {
  it('removes the event of a trigger edge', () => {
    const model = modelOf(SMALL_SERVICE)
    const edge = model.edges.find((e) => e.from === 'queue:Jobs')!
    expect(patchesOf(planEdgeRemoval(model, edge))).toEqual([
      { op: 'removeEvent', function: 'worker', index: 0 },
    ])
  })

  it('disconnects an access edge', () => {
    const model = modelOf(SMALL_SERVICE)
    const edge = model.edges.find((e) => e.kind === 'access')!
    const after = applyPlan(SMALL_SERVICE, patchesOf(planEdgeRemoval(model, edge)))
    expect(edgeLabels(after.model)).not.toContain('function:getUser -access-> table:Users')
    expect(nodeIds(after.model)).toContain('table:Users')
  })

  it('refuses access written against a resource known only by name', () => {
    const text = example('s3-upload-processing.yml')
    const model = modelOf(text)
    const edge = model.edges.find(
      (e) => e.kind === 'access' && !e.to.startsWith('bucket:Thumbnails'),
    )!
    const plan = planEdgeRemoval(model, edge)
    expect(plan.ok).toBe(false)
    expect(!plan.ok && plan.reason).toMatch(/is written by name or ARN in serverless.yml/)
  })

  it('refuses an edge that is gone', () => {
    const ghost: Edge = {
      kind: 'trigger',
      from: id('restApi'),
      to: id('function:worker'),
      event: 'http',
      mode: 'sync',
      eventIndex: 7,
    }
    expect(planEdgeRemoval(modelOf(MIXED), ghost).ok).toBe(false)
  })
})

describe('planRemovals', () => {
  it('removes events of one function highest index first, whatever the selection order', () => {
    const model = modelOf(MIXED)
    const sqs = model.edges.find((e) => e.from === 'queue:Jobs')!
    const plan = patchesOf(
      planRemovals(model, [id('schedule:worker:3'), id('restApi'), id('bucket:photos')], [sqs]),
    )
    expect(plan).toEqual([
      { op: 'removeEvent', function: 'worker', index: 4 },
      { op: 'removeEvent', function: 'worker', index: 3 },
      { op: 'removeEvent', function: 'worker', index: 1 },
      { op: 'removeEvent', function: 'worker', index: 0 },
      { op: 'removeEvent', function: 'other', index: 0 },
    ])
    const after = applyPlan(MIXED, plan)
    // The alb event, which the canvas does not draw, is the one left.
    expect(after.text).toContain('    events:\n      - alb:\n')
    expect(edgeLabels(after.model)).toEqual([])
  })

  it('leaves out what a removed function takes with it', () => {
    const model = modelOf(SMALL_SERVICE)
    const plan = patchesOf(
      planRemovals(model, [id('function:getUser'), id('queue:Jobs')], [...model.edges]),
    )
    expect(plan).toEqual([
      { op: 'removeEvent', function: 'worker', index: 0 },
      { op: 'removeResource', name: 'Jobs' },
      { op: 'removeFunction', name: 'getUser' },
    ])
    const after = applyPlan(SMALL_SERVICE, plan)
    expect(nodeIds(after.model)).toEqual(['function:worker', 'table:Users'])
  })
})
