import { describe, expect, it } from 'vitest'
import type { Edge, Resource, ServiceModel } from '../model/types'
import { apiId, resourceId } from '../model/types'
import { COLUMN_GAP, HomeColumn, NODE_SIZE, homeColumnOf, layeredLayout } from './layout'

function fn(name: string): Resource {
  return {
    kind: 'function',
    id: resourceId('function', name),
    name,
    origin: 'functions',
    memorySize: 1024,
    timeout: 6,
    architecture: 'x86_64',
    environment: {},
  }
}

function table(name: string): Resource {
  return {
    kind: 'table',
    id: resourceId('table', name),
    name,
    origin: 'resources',
    billingMode: 'PAY_PER_REQUEST',
    keys: {},
    gsis: [],
    lsis: [],
  }
}

function queue(name: string): Resource {
  return { kind: 'queue', id: resourceId('queue', name), name, origin: 'resources', fifo: false }
}

const restApi: Resource = {
  kind: 'restApi',
  id: apiId('restApi'),
  name: 'restApi',
  origin: 'implicit',
  routes: [],
}

function trigger(from: Resource, to: Resource, eventIndex = 0): Edge {
  return { kind: 'trigger', from: from.id, to: to.id, event: 'http', mode: 'sync', eventIndex }
}

function access(from: Resource, to: Resource): Edge {
  return {
    kind: 'access',
    from: from.id,
    to: to.id,
    via: ['environment'],
    envVars: [],
    actions: [],
  }
}

function model(resources: Resource[], edges: Edge[] = []): ServiceModel {
  return { service: 'demo', provider: { region: 'us-east-1', stage: 'dev' }, resources, edges }
}

const columnX = (column: number) => column * (NODE_SIZE.width + COLUMN_GAP)

describe('homeColumnOf', () => {
  it('puts APIs left, functions in the middle and data right', () => {
    const none = new Set<never>()
    expect(homeColumnOf(restApi, none)).toBe(HomeColumn.sources)
    expect(homeColumnOf(fn('a'), none)).toBe(HomeColumn.functions)
    expect(homeColumnOf(table('T'), none)).toBe(HomeColumn.data)
  })

  it('treats a queue that triggers a function as a source', () => {
    const q = queue('Jobs')
    expect(homeColumnOf(q, new Set([q.id]))).toBe(HomeColumn.sources)
    expect(homeColumnOf(q, new Set())).toBe(HomeColumn.data)
  })
})

describe('layeredLayout', () => {
  it('places every resource once, in its column', () => {
    const [a, b, t] = [fn('a'), fn('b'), table('Users')]
    const positions = layeredLayout(model([a, b, t, restApi], [trigger(restApi, a), access(a, t)]))
    expect(positions.size).toBe(4)
    expect(positions.get(restApi.id)?.x).toBe(columnX(0))
    expect(positions.get(a.id)?.x).toBe(columnX(1))
    expect(positions.get(b.id)?.x).toBe(columnX(1))
    expect(positions.get(t.id)?.x).toBe(columnX(2))
  })

  it('is deterministic', () => {
    const resources = [fn('a'), fn('b'), table('T'), restApi]
    const edges = [trigger(restApi, resources[0]!), access(resources[1]!, resources[2]!)]
    expect([...layeredLayout(model(resources, edges))]).toEqual([
      ...layeredLayout(model(resources, edges)),
    ])
  })

  it('stacks a column without overlap and centres shorter columns', () => {
    const fns = [fn('a'), fn('b'), fn('c')]
    const positions = layeredLayout(model([...fns, table('T')], [access(fns[1]!, table('T'))]))
    const ys = fns.map((f) => positions.get(f.id)?.y ?? Number.NaN)
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(NODE_SIZE.height)
    expect(ys[2]! - ys[1]!).toBe(ys[1]! - ys[0]!)
    // The lone table sits level with the middle function.
    expect(positions.get(table('T').id)?.y).toBe(ys[1])
  })

  it('orders data next to the functions that use it', () => {
    const [a, b] = [fn('a'), fn('b')]
    const [first, second] = [table('First'), table('Second')]
    // Document order says First, Second; the edges say Second belongs beside a (row 0).
    const positions = layeredLayout(
      model([a, b, first, second], [access(a, second), access(b, first)]),
    )
    expect(positions.get(second.id)!.y).toBeLessThan(positions.get(first.id)!.y)
  })

  it('puts a queue between the function that fills it and the one it triggers', () => {
    const [producer, consumer, jobs] = [fn('producer'), fn('consumer'), queue('Jobs')]
    const edges = [trigger(restApi, producer), access(producer, jobs), trigger(jobs, consumer)]
    const positions = layeredLayout(model([producer, consumer, jobs, restApi], edges))
    expect([restApi, producer, jobs, consumer].map((r) => positions.get(r.id)?.x)).toEqual([
      columnX(0),
      columnX(1),
      columnX(2),
      columnX(3),
    ])
  })

  it('survives a cycle', () => {
    const [worker, jobs] = [fn('worker'), queue('Jobs')]
    // The worker re-queues work on the queue that invokes it.
    const positions = layeredLayout(
      model([worker, jobs], [trigger(jobs, worker), access(worker, jobs)]),
    )
    expect(positions.get(jobs.id)?.x).toBe(columnX(0))
    expect(positions.get(worker.id)?.x).toBe(columnX(1))
  })

  it('lays out an empty model as nothing', () => {
    expect(layeredLayout(model([])).size).toBe(0)
  })
})
