import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ExpiryQueue } from './expiryQueue'
import { IdlePool, InstanceStore, Routing } from './instances'
import { Random } from './random'
import { TimeQueue } from './timeQueue'

describe('IdlePool', () => {
  it.each([
    ['newest', Routing.newest],
    ['oldest', Routing.oldest],
  ] as const)('takes the %s idle environment, whatever was added and removed', (_name, routing) => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant('create'), fc.constant('take'), fc.nat(50)), {
          maxLength: 300,
        }),
        (operations) => {
          const store = new InstanceStore(4)
          const pool = new IdlePool(store, routing)
          const idle = new Set<number>()
          const random = new Random(1)
          for (const op of operations) {
            if (op === 'create') {
              const id = store.allocate(0, false)
              pool.add(id)
              idle.add(id)
            } else if (op === 'take') {
              if (idle.size === 0) continue
              const created = [...idle].map((id) => store.created[id]!)
              const want = routing === Routing.newest ? Math.max(...created) : Math.min(...created)
              const id = pool.take(random)
              expect(store.created[id]).toBe(want)
              idle.delete(id)
              pool.add(id)
              idle.add(id)
              pool.remove(id)
              idle.delete(id)
            } else {
              const victim = [...idle][op % Math.max(1, idle.size)]
              if (victim === undefined) continue
              pool.remove(victim)
              idle.delete(victim)
              store.release(victim)
            }
            expect(pool.size).toBe(idle.size)
          }
        },
      ),
    )
  })

  it('random routing takes every idle environment sometimes', () => {
    const store = new InstanceStore()
    const pool = new IdlePool(store, Routing.random)
    const ids = [0, 1, 2, 3].map(() => store.allocate(0, false))
    ids.forEach((id) => pool.add(id))
    const random = new Random(3)
    const seen = new Set<number>()
    for (let i = 0; i < 100; i++) {
      const id = pool.take(random)
      seen.add(id)
      pool.add(id)
    }
    expect(seen).toEqual(new Set(ids))
  })

  it('marks idle environments and reuses released ids with a new generation', () => {
    const store = new InstanceStore(1)
    const pool = new IdlePool(store, Routing.newest)
    const a = store.allocate(0, false)
    pool.add(a)
    expect(store.position[a]).toBeGreaterThanOrEqual(0)
    pool.remove(a)
    expect(store.position[a]).toBe(-1)
    const generation = store.generation[a]!
    store.release(a)
    const b = store.allocate(1, false)
    expect(b).toBe(a)
    expect(store.generation[b]).toBe(generation + 1)
    expect(store.fn[b]).toBe(1)
  })
})

describe('ExpiryQueue and TimeQueue', () => {
  it('hand back what was pushed, first in first out, across growth', () => {
    const expiries = new ExpiryQueue()
    const times = new TimeQueue()
    for (let i = 0; i < 1000; i++) {
      expiries.push(i, i * 2, i * 3)
      times.push(i / 2)
      if (i % 3 === 0) {
        expiries.shift()
        times.shift()
      }
    }
    const left = expiries.size
    expect(times.size).toBe(left)
    expect([expiries.headTime(), expiries.headId(), expiries.headGeneration()]).toEqual([
      1000 - left,
      (1000 - left) * 2,
      (1000 - left) * 3,
    ])
    expect(times.shift()).toBe((1000 - left) / 2)
  })
})
