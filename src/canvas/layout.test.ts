import { describe, expect, it } from 'vitest'
import type { Edge, Resource, ServiceModel } from '../model/types'
import { apiId, resourceId } from '../model/types'
import {
  HomeColumn,
  NODE_SIZE,
  autoLayout,
  homeColumnOf,
  inheritPositions,
  placeMissing,
  type Point,
} from './layout'

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

function overlap(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) < NODE_SIZE.width && Math.abs(a.y - b.y) < NODE_SIZE.height
}

function expectNoOverlap(points: readonly Point[]) {
  points.forEach((a, i) => points.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)))
}

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

describe('autoLayout', () => {
  it('reads left to right: sources, then functions, then data', () => {
    const [a, b, t] = [fn('a'), fn('b'), table('Users')]
    const positions = autoLayout(model([a, b, t, restApi], [trigger(restApi, a), access(a, t)]))
    expect(positions.size).toBe(4)
    const x = (r: Resource) => positions.get(r.id)!.x
    expect(x(restApi)).toBe(0)
    expect(x(a)).toBeGreaterThan(x(restApi))
    expect(x(b)).toBe(x(a))
    expect(x(t)).toBeGreaterThan(x(a))
  })

  it('keeps an unused table right of the functions and a lone function right of sources', () => {
    const [a, t] = [fn('a'), table('Lonely')]
    const positions = autoLayout(model([a, t, restApi]))
    expect(positions.get(a.id)!.x).toBeGreaterThan(positions.get(restApi.id)!.x)
    expect(positions.get(t.id)!.x).toBeGreaterThan(positions.get(a.id)!.x)
  })

  it('puts a queue between the function that fills it and the one it triggers', () => {
    const [producer, consumer, jobs] = [fn('producer'), fn('consumer'), queue('Jobs')]
    const edges = [trigger(restApi, producer), access(producer, jobs), trigger(jobs, consumer)]
    const positions = autoLayout(model([producer, consumer, jobs, restApi], edges))
    const xs = [restApi, producer, jobs, consumer].map((r) => positions.get(r.id)!.x)
    expect([...xs].sort((p, q) => p - q)).toEqual(xs)
    expect(new Set(xs).size).toBe(4)
  })

  it('never overlaps nodes, is deterministic and starts at the origin', () => {
    const fns = Array.from({ length: 12 }, (_, i) => fn(`f${i}`))
    const t = table('T')
    const edges = [...fns.map((f) => trigger(restApi, f)), ...fns.map((f) => access(f, t))]
    const m = model([...fns, t, restApi], edges)
    const positions = autoLayout(m)
    expectNoOverlap([...positions.values()])
    expect(Math.min(...[...positions.values()].map((p) => p.x))).toBe(0)
    expect(Math.min(...[...positions.values()].map((p) => p.y))).toBe(0)
    expect([...autoLayout(m)]).toEqual([...positions])
  })

  it('survives a cycle and an edge to an unknown resource', () => {
    const [worker, jobs] = [fn('worker'), queue('Jobs')]
    const positions = autoLayout(
      model(
        [worker, jobs],
        [trigger(jobs, worker), access(worker, jobs), trigger(restApi, worker)],
      ),
    )
    expect(positions.size).toBe(2)
  })

  it('lays out an empty model as nothing', () => {
    expect(autoLayout(model([])).size).toBe(0)
  })
})

describe('placeMissing', () => {
  const [a, b, t] = [fn('a'), fn('b'), table('T')]

  it('lays out everything when nothing has a position', () => {
    const m = model([a, t], [access(a, t)])
    expect(placeMissing(m, {})).toEqual(Object.fromEntries(autoLayout(m)))
  })

  it('returns nothing when every resource is placed', () => {
    const m = model([a, t])
    expect(placeMissing(m, { [a.id]: { x: 1, y: 2 }, [t.id]: { x: 500, y: 9 } })).toEqual({})
  })

  it('keeps known positions and places a newcomer beside its neighbour without overlap', () => {
    const stored = { [a.id]: { x: 1000, y: 1000 }, [b.id]: { x: 1000, y: 1120 } }
    const placed = placeMissing(model([a, b, t], [access(a, t)]), stored)
    expect(Object.keys(placed)).toEqual([t.id])
    expect(placed[t.id]!.x).toBeGreaterThan(1000)
    expectNoOverlap([...Object.values(stored), placed[t.id]!])
  })

  it('puts an unconnected newcomer below the placed nodes', () => {
    const stored = { [a.id]: { x: 0, y: 0 }, [t.id]: { x: 400, y: 300 } }
    const placed = placeMissing(model([a, t, b]), stored)
    expect(placed[b.id]!.y).toBeGreaterThanOrEqual(300 + NODE_SIZE.height)
  })

  it('places several newcomers apart from each other', () => {
    const stored = { [restApi.id]: { x: 0, y: 0 } }
    const fns = [fn('x'), fn('y'), fn('z')]
    const placed = placeMissing(
      model(
        [restApi, ...fns],
        fns.map((f) => trigger(restApi, f)),
      ),
      stored,
    )
    expectNoOverlap([...Object.values(stored), ...Object.values(placed)])
  })
})

describe('inheritPositions', () => {
  it('gives a renamed resource the place of the one it replaced', () => {
    const stored = { [fn('old').id]: { x: 5, y: 6 } }
    expect(inheritPositions([fn('new')], [fn('old')], stored)).toEqual({
      [fn('new').id]: { x: 5, y: 6 },
    })
  })

  it('does not guess when it is ambiguous or the kinds differ', () => {
    const stored = { [fn('a').id]: { x: 5, y: 6 }, [fn('b').id]: { x: 7, y: 8 } }
    expect(inheritPositions([fn('c')], [fn('a'), fn('b')], stored)).toEqual({})
    expect(inheritPositions([table('c')], [fn('a')], stored)).toEqual({})
  })
})
