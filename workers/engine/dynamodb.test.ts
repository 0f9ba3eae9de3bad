import { describe, expect, it } from 'vitest'
import { TableCapacity } from './dynamodb'
import type { PlannedTable } from './plan'

function table(props: Partial<PlannedTable>): PlannedTable {
  return {
    id: 'table:T',
    name: 'T',
    provisioned: false,
    rcu: 0,
    wcu: 0,
    storageGb: 1,
    partitions: 4,
    zipf: undefined,
    autoScaling: undefined,
    streams: [],
    ...props,
  }
}

/** Requests of `units` each, `perSecond` a second, evenly spaced from `from` to `to`. */
function drive(
  capacity: TableCapacity,
  perSecond: number,
  from: number,
  to: number,
  units = 1,
  partition: (i: number) => number = (i) => i % capacity.partitions,
  isWrite = false,
) {
  let served = 0
  let firstThrottle = Infinity
  const n = Math.round((to - from) * perSecond)
  for (let i = 0; i < n; i++) {
    const t = from + (i + 0.5) / perSecond
    if (capacity.tryConsume(partition(i), units, isWrite, t)) served++
    else firstThrottle = Math.min(firstThrottle, t)
  }
  return { served, throttled: n - served, firstThrottle }
}

describe('TableCapacity', () => {
  it('burst: 150 RCU unused for 5 minutes bank 45,000 units, which sustain 200 RCU for 900 s (re:Post, simulation-facts.md §3.3)', () => {
    const capacity = new TableCapacity(
      table({ provisioned: true, rcu: 150, wcu: 1, partitions: 1 }),
    )
    const run = drive(capacity, 200, 0, 1200)
    expect(run.firstThrottle).toBeGreaterThan(899)
    expect(run.firstThrottle).toBeLessThan(901)
    // After the burst is spent, 150 a second get through.
    expect(run.served).toBeCloseTo(200 * 900 + 150 * 300, -2)
  })

  it('a partition serves at most 3,000 read and 1,000 write units a second, independently', () => {
    const capacity = new TableCapacity(table({ partitions: 1 }))
    // 5,000 reads and 2,000 writes a second on one partition, for 10 s.
    const reads = drive(capacity, 5000, 0, 10, 1, () => 0)
    const writes = drive(capacity, 2000, 0, 10, 1, () => 0, true)
    // One second of capacity is banked at the start.
    expect(reads.served).toBeCloseTo(3000 * 10 + 3000, -2)
    expect(writes.served).toBeCloseTo(1000 * 10 + 1000, -2)
  })

  it('on demand: instantly up to twice a peak at least 30 minutes old, splitting partitions to match', () => {
    const capacity = new TableCapacity(table({}))
    const spread = (i: number) => i % capacity.partitions
    // 10,000 read units a second (100 requests of 100 units) for 2,000 s...
    const base = drive(capacity, 100, 0, 2000, 100, spread)
    expect(base.throttled).toBe(0)
    // ...then 30,000: twice the old peak (20,000) gets through until that peak is 30 minutes old.
    const burst = drive(capacity, 300, 2000, 2100, 100, spread)
    expect(burst.served / 100).toBeCloseTo(200, -1)
    expect(capacity.partitions).toBeGreaterThanOrEqual(7)
    const later = drive(capacity, 300, 2100, 3900, 100, spread)
    const settled = drive(capacity, 300, 3900, 4000, 100, spread)
    expect(later.throttled).toBeGreaterThan(0)
    expect(settled.throttled).toBe(0)
    expect(capacity.partitions).toBeGreaterThanOrEqual(10)
  })

  it('on demand: a new table takes 12,000 read units a second at once, not more', () => {
    const capacity = new TableCapacity(table({}))
    const run = drive(capacity, 2000, 0, 10, 10, (i) => i % capacity.partitions)
    expect(run.served / 10).toBeCloseTo(1200, -1)
  })

  it('auto scaling raises capacity 3 minutes after 2 minutes above the target', () => {
    const capacity = new TableCapacity(
      table({
        provisioned: true,
        rcu: 100,
        wcu: 1,
        partitions: 1,
        autoScaling: { targetUtilization: 70, maxRcu: 40000, maxWcu: 40000 },
      }),
    )
    drive(capacity, 200, 0, 299.5)
    expect(capacity.rcu).toBe(100)
    capacity.advance(300)
    // ceil(200 units/s ÷ 0.7) = 286.
    expect(capacity.rcu).toBe(286)
    // Quiet for 20 minutes: 15 minutes below 50 % bring it back to the design's 100.
    capacity.advance(300 + 20 * 60)
    expect(capacity.rcu).toBe(100)
  })

  it('picks partitions uniformly, or by Zipf with the first the hottest', () => {
    const random = {
      float: (() => {
        let i = 0
        return () => (i++ % 1000) / 1000
      })(),
      below: (n: number) => n - 1,
    }
    const zipf = new TableCapacity(
      table({ provisioned: true, rcu: 12000, wcu: 1, partitions: 4, zipf: 1 }),
    )
    const counts = [0, 0, 0, 0]
    for (let i = 0; i < 1000; i++) counts[zipf.pickPartition(random as never)]!++
    // 1/H(4) = 48 % of the keys fall on the first partition.
    expect(counts[0]! / 1000).toBeCloseTo(0.48, 2)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })
})
