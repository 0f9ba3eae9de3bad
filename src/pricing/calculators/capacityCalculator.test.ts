import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calculateCapacity, type CapacityInput } from './capacityCalculator'
import { calculatePartitions } from './partitionCalculator'
import type { CalcResult } from './result'

const base: CapacityInput = {
  itemSizeKb: 4,
  consistency: 'strong',
  rcu: 10,
  wcu: 5,
  transactionalWrites: false,
}

function figures<T>(result: CalcResult<T>): T {
  if (!result.ok) throw new Error(result.error)
  return result.value
}

describe('calculateCapacity', () => {
  it('10 RCU at 4 KB serve 10 strong, 20 eventual and 5 transactional reads a second', () => {
    const { readsServed } = figures(calculateCapacity(base))
    expect(readsServed.strong.value).toBe(10)
    expect(readsServed.eventual.value).toBe(20)
    expect(readsServed.transactional.value).toBe(5)
    expect(readsServed.strong.formula).toBe('10 RCU / 1 RCU per strong read of 4 KB = 10 reads/s')
    expect(readsServed.eventual.formula).toBe(
      '10 RCU / 0.5 RCU per eventual read of 4 KB = 20 reads/s',
    )
    expect(readsServed.transactional.formula).toBe(
      '10 RCU / 2 RCU per transactional read of 4 KB = 5 reads/s',
    )
  })

  it('5 WCU serve 5 writes of 1 KB a second, or 5/6 of a transactional 3 KB write', () => {
    expect(figures(calculateCapacity({ ...base, itemSizeKb: 1 })).writesServed.value).toBe(5)
    const tx = figures(calculateCapacity({ ...base, itemSizeKb: 3, transactionalWrites: true }))
    expect(tx.writeUnitsPerWrite.value).toBe(6)
    expect(tx.writesServed.formula).toMatchInlineSnapshot(
      `"5 WCU / 6 WCU per transactional write of 3 KB = 0.8333 writes/s"`,
    )
  })

  it('gives the RCU and WCU a target rate needs, only when one is asked for', () => {
    const none = figures(calculateCapacity(base))
    expect(none.rcuNeeded).toBeNull()
    expect(none.wcuNeeded).toBeNull()
    const asked = figures(
      calculateCapacity({
        ...base,
        consistency: 'eventual',
        readsPerSecond: 25,
        writesPerSecond: 7,
      }),
    )
    expect(asked.rcuNeeded?.value).toBe(13)
    expect(asked.wcuNeeded?.value).toBe(28)
    expect(asked.readUnitsPerRead.formula).toMatchInlineSnapshot(
      `"ceil(4 KB / 4 KB) = 1 × 0.5 (eventual) = 0.5 read units per read"`,
    )
  })

  it.each([
    [{ itemSizeKb: 0 }, 'itemSizeKb: must be > 0 KB, got 0'],
    [{ itemSizeKb: 401 }, "itemSizeKb: must be at most 400 KB (DynamoDB's largest item), got 401"],
    [{ rcu: -1 }, 'rcu: must be ≥ 0, got -1'],
    [{ wcu: Number.NaN }, 'wcu: enter a number'],
    [{ rcu: Infinity }, 'rcu: must be a finite number, got Infinity'],
    [{ readsPerSecond: -3 }, 'readsPerSecond: must be ≥ 0, got -3'],
    [{ consistency: 'weak' }, 'consistency: must be one of eventual, strong, transactional'],
  ])('refuses %j, naming the field', (change, message) => {
    const result = calculateCapacity({ ...base, ...change } as CapacityInput)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toContain(message)
      expect(result.error.startsWith(`${result.field}:`)).toBe(true)
    }
  })
})

describe('calculatePartitions', () => {
  it('8,000 RCU and 2,000 WCU at 5 GB: 5 partitions of 1,600 RCU and 400 WCU', () => {
    const { count, perPartition } = figures(
      calculatePartitions({ rcu: 8000, wcu: 2000, storageGb: 5 }),
    )
    expect(count.value).toBe(5)
    expect(count.formula).toBe(
      'max(ceil(8,000 RCU / 3,000 + 2,000 WCU / 1,000), ceil(5 GB / 10)) = max(5, 1) = 5 partitions',
    )
    expect(perPartition.value).toEqual({ rcu: 1600, wcu: 400 })
  })

  it('size alone can decide: 1 RCU, 1 WCU and 95 GB make 10 partitions', () => {
    expect(figures(calculatePartitions({ rcu: 1, wcu: 1, storageGb: 95 })).count.value).toBe(10)
  })

  it('refuses a negative storage size', () => {
    expect(calculatePartitions({ rcu: 1, wcu: 1, storageGb: -5 })).toEqual({
      ok: false,
      field: 'storageGb',
      error: 'storageGb: must be ≥ 0 GB, got -5',
    })
  })
})

const sizeKb = fc.double({ min: 0.001, max: 400, noNaN: true })
const units = fc.double({ min: 0, max: 1e6, noNaN: true })

describe('properties', () => {
  it('reads served never fall as RCU grow, at every consistency', () => {
    fc.assert(
      fc.property(sizeKb, units, units, (itemSizeKb, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a]
        const at = (rcu: number) => figures(calculateCapacity({ ...base, itemSizeKb, rcu }))
        for (const c of ['eventual', 'strong', 'transactional'] as const) {
          expect(at(high).readsServed[c].value).toBeGreaterThanOrEqual(at(low).readsServed[c].value)
        }
      }),
    )
  })

  it('eventual reads are twice the strong ones, and strong twice the transactional', () => {
    fc.assert(
      fc.property(sizeKb, units, (itemSizeKb, rcu) => {
        const { readsServed } = figures(calculateCapacity({ ...base, itemSizeKb, rcu }))
        expect(readsServed.eventual.value).toBeCloseTo(2 * readsServed.strong.value, 9)
        expect(readsServed.strong.value).toBeCloseTo(2 * readsServed.transactional.value, 9)
      }),
    )
  })

  it('the RCU a rate needs serve that rate', () => {
    fc.assert(
      fc.property(sizeKb, fc.double({ min: 0, max: 1e5, noNaN: true }), (itemSizeKb, rate) => {
        const needed = figures(calculateCapacity({ ...base, itemSizeKb, readsPerSecond: rate }))
          .rcuNeeded?.value
        const served = figures(calculateCapacity({ ...base, itemSizeKb, rcu: needed ?? 0 }))
        expect(served.readsServed.strong.value).toBeGreaterThanOrEqual(rate * (1 - 1e-12))
      }),
    )
  })

  it('any number at all gives figures or a message, never a throw', () => {
    const anyNumber = fc.oneof(fc.double(), fc.integer())
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, anyNumber, (itemSizeKb, rcu, wcu, gb) => {
        expect(() => calculateCapacity({ ...base, itemSizeKb, rcu, wcu })).not.toThrow()
        const partitions = calculatePartitions({ rcu, wcu, storageGb: gb })
        if (partitions.ok) expect(partitions.value.count.value).toBeGreaterThanOrEqual(1)
      }),
    )
  })
})
