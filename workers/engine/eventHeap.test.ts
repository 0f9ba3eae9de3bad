import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EventHeap, EventQueue } from './eventHeap'

describe('EventHeap and EventQueue', () => {
  it('pop events in time order whatever the order they were pushed in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.boolean()), {
          maxLength: 300,
        }),
        (events) => {
          const heap = new EventHeap(2)
          const queue = new EventQueue()
          events.forEach(([time, far], i) => {
            heap.push(time, i)
            if (far) queue.pushFar(time, i)
            else queue.push(time, i)
          })
          const fromHeap: number[] = []
          while (heap.size > 0) {
            fromHeap.push(heap.peekTime())
            heap.pop()
          }
          const fromQueue: number[] = []
          while (queue.size > 0) {
            fromQueue.push(queue.peekTime())
            queue.pop()
          }
          const sorted = events.map(([time]) => time).sort((a, b) => a - b)
          expect(fromHeap).toEqual(sorted)
          expect(fromQueue).toEqual(sorted)
        },
      ),
    )
  })

  it('keeps events and payloads together while interleaving pushes and pops', () => {
    const queue = new EventQueue()
    const times = new Map<number, number>()
    let payload = 0
    let now = 0
    for (let round = 0; round < 5000; round++) {
      // A dense in-order stream (the lane) mixed with scattered events (the heap).
      const time = now + (round % 3 === 0 ? 50 * ((round * 7919) % 13) : 1)
      times.set(payload, time)
      queue.push(time, payload++)
      if (round % 2 === 1) {
        const at = queue.peekTime()
        const popped = queue.pop()
        expect(times.get(popped)).toBe(at)
        expect(at).toBeGreaterThanOrEqual(now)
        now = at
      }
    }
  })

  it('is empty with an infinite next time', () => {
    expect(new EventQueue().peekTime()).toBe(Infinity)
    expect(new EventHeap().peekTime()).toBe(Infinity)
  })
})
