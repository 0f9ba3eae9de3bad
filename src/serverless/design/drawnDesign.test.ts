// A design drawn from an empty canvas — every kind of resource the palette offers, every kind of
// edge — is packaged by the real framework (osls, offline): what the canvas writes deploys.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ResourceId, ResourceKind } from '../../model/types'
import { oslsPackage, PACKAGE_TIMEOUT_MS } from '../../../tooling/oslsPackage'
import { planConnection } from './connections'
import { planNewResource } from './newResources'
import { applyPlan, edgeLabels, modelOf } from './testing'

/** What "New design" starts from. */
const EMPTY = `service: drawn

provider:
  name: aws
  runtime: nodejs20.x

functions: {}
`

/** Adds resources and connects them as a user would on the canvas; returns the final text. */
function drawEverything(): string {
  let text = EMPTY
  const add = (kind: ResourceKind): ResourceId => {
    const plan = planNewResource(modelOf(text), kind)
    if (!plan.ok) throw new Error(`${kind}: ${plan.reason}`)
    text = applyPlan(text, plan.patches).text
    return plan.id
  }
  const connect = (from: ResourceId, to: ResourceId) => {
    const plan = planConnection(modelOf(text), from, to, { text })
    if (!plan.ok) throw new Error(`${from} → ${to}: ${plan.reason}`)
    text = applyPlan(text, plan.patches).text
  }
  const worker = add('function')
  const table = add('table')
  const bucket = add('bucket')
  const queue = add('queue')
  const topic = add('topic')
  for (const kind of ['restApi', 'httpApi', 'websocketApi', 'schedule', 'eventBus'] as const) {
    add(kind)
  }
  connect(queue, worker)
  connect(topic, worker)
  connect(bucket, worker)
  connect(table, worker)
  const api = add('function')
  connect(api, table)
  connect(api, bucket)
  connect(api, queue)
  connect(api, topic)
  return text
}

describe('a design drawn from an empty canvas', () => {
  let workRoot = ''
  let home = ''
  beforeAll(async () => {
    workRoot = await mkdtemp(join(tmpdir(), 'sc-drawn-'))
    home = join(workRoot, 'home')
    await mkdir(home)
  })
  afterAll(async () => {
    if (workRoot) await rm(workRoot, { recursive: true, force: true })
  })

  it(
    'has every kind of resource and edge, and osls packages it',
    async () => {
      const text = drawEverything()
      const model = modelOf(text)
      const kinds = new Set(model.resources.map((r) => r.kind))
      expect([...kinds].sort()).toEqual(
        [
          'bucket',
          'eventBus',
          'function',
          'httpApi',
          'queue',
          'restApi',
          'schedule',
          'table',
          'topic',
          'websocketApi',
        ].sort(),
      )
      const events = new Set(model.edges.map((e) => (e.kind === 'trigger' ? e.event : 'access')))
      expect([...events].sort()).toEqual(
        [
          'access',
          'eventBridge',
          'http',
          'httpApi',
          's3',
          'schedule',
          'sns',
          'sqs',
          'stream',
          'websocket',
        ].sort(),
      )
      expect(edgeLabels(model).length).toBeGreaterThanOrEqual(13)

      const result = await oslsPackage(text, { workRoot, home, prefix: 'drawn-' })
      expect(result.output).not.toMatch(/Error:/)
      expect(result.code).toBe(0)
      const types = new Set(Object.values(result.template?.Resources ?? {}).map((r) => r.Type))
      for (const type of [
        'AWS::DynamoDB::Table',
        'AWS::S3::Bucket',
        'AWS::SQS::Queue',
        'AWS::SNS::Topic',
        'AWS::ApiGateway::RestApi',
        'AWS::ApiGatewayV2::Api',
        'AWS::Events::Rule',
        'AWS::Lambda::EventSourceMapping',
      ]) {
        expect(types).toContain(type)
      }
    },
    PACKAGE_TIMEOUT_MS + 10_000,
  )
})
