import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { burstCredit, burstDuration } from './burst'
import { hotKeyReadRate, hotKeyWriteRate } from './hotKey'
import {
  ON_DEMAND_INITIAL_RRU_PER_SECOND,
  ON_DEMAND_INITIAL_WRU_PER_SECOND,
  onDemandInstantCapacity,
} from './onDemand'
import {
  PARTITION_MAX_RCU,
  PARTITION_MAX_WCU,
  partitionCount,
  partitionsAfterChange,
  perPartitionThroughput,
} from './partitions'
import { rcuForReadRate, readRateForRcu, wcuForWriteRate, writeRateForWcu } from './throughput'
import { READ_CONSISTENCIES, readUnitsPerRead, writeUnitsPerWrite } from './units'

// Examples from the pricing facts (aws-pricing.md §3.2–3.3, DDB-DOCS) and the simulation facts
// (simulation-facts.md §3.3, re:Post burst example).

describe('capacity units (aws-pricing.md §3.2, DDB-DOCS 2023)', () => {
  it('an 8 KB item needs 2 RCU strong, 1 eventual, 4 transactional', () => {
    expect(readUnitsPerRead(8, 'strong').value).toBe(2)
    expect(readUnitsPerRead(8, 'eventual').value).toBe(1)
    expect(readUnitsPerRead(8, 'transactional').value).toBe(4)
    expect(readUnitsPerRead(8, 'strong').formula).toBe(
      'ceil(8 KB / 4 KB) = 2 × 1 (strong) = 2 read units per read',
    )
  })

  it('a 3 KB item needs 3 WCU, 6 in a transaction; a 2 KB item 2, or 4', () => {
    expect(writeUnitsPerWrite(3, false).value).toBe(3)
    expect(writeUnitsPerWrite(3, true).value).toBe(6)
    expect(writeUnitsPerWrite(2, false).value).toBe(2)
    expect(writeUnitsPerWrite(2, true).value).toBe(4)
    expect(writeUnitsPerWrite(3, true).formula).toBe(
      'ceil(3 KB / 1 KB) = 3 × 2 (transactional) = 6 write units per write',
    )
  })

  it('rounds sizes up to the next step, and a tiny or missing item still costs one step', () => {
    expect(readUnitsPerRead(4.1, 'strong').value).toBe(2)
    expect(readUnitsPerRead(0.1, 'eventual').value).toBe(0.5)
    expect(writeUnitsPerWrite(1.5, false).value).toBe(2)
    expect(writeUnitsPerWrite(0.2, false).value).toBe(1)
  })
})

describe('throughput (aws-pricing.md §3.2)', () => {
  it('10 RCU serve 10 strongly or 20 eventually consistent 4 KB reads a second', () => {
    expect(readRateForRcu(10, 4, 'strong').value).toBe(10)
    expect(readRateForRcu(10, 4, 'eventual').value).toBe(20)
    expect(readRateForRcu(10, 4, 'eventual').formula).toBe(
      '10 RCU / 0.5 RCU per eventual read of 4 KB = 20 reads/s',
    )
    expect(rcuForReadRate(20, 4, 'eventual').value).toBe(10)
    expect(rcuForReadRate(10, 4, 'strong').value).toBe(10)
    expect(rcuForReadRate(20, 4, 'eventual').formula).toBe(
      'ceil(20 reads/s × 0.5 RCU per eventual read of 4 KB) = 10 RCU',
    )
  })

  it('an 8 KB item read 10 times a second needs 20 RCU strong, 10 eventual, 40 transactional', () => {
    expect(rcuForReadRate(10, 8, 'strong').value).toBe(20)
    expect(rcuForReadRate(10, 8, 'eventual').value).toBe(10)
    expect(rcuForReadRate(10, 8, 'transactional').value).toBe(40)
  })

  it('3 KB writes: 10 a second need 30 WCU, 60 transactional; 30 WCU serve 10 a second', () => {
    expect(wcuForWriteRate(10, 3, false).value).toBe(30)
    expect(wcuForWriteRate(10, 3, true).value).toBe(60)
    expect(writeRateForWcu(30, 3, false).value).toBe(10)
    expect(writeRateForWcu(30, 3, false).formula).toBe(
      '30 WCU / 3 WCU per standard write of 3 KB = 10 writes/s',
    )
  })

  it('provisions whole units, always enough for the rate', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 400, noNaN: true }),
        fc.constantFrom(...READ_CONSISTENCIES),
        fc.boolean(),
        (rate, size, consistency, transactional) => {
          const rcu = rcuForReadRate(rate, size, consistency).value
          expect(Number.isInteger(rcu)).toBe(true)
          expect(readRateForRcu(rcu, size, consistency).value).toBeGreaterThanOrEqual(
            rate * (1 - 1e-12),
          )
          const wcu = wcuForWriteRate(rate, size, transactional).value
          expect(Number.isInteger(wcu)).toBe(true)
          expect(writeRateForWcu(wcu, size, transactional).value).toBeGreaterThanOrEqual(
            rate * (1 - 1e-12),
          )
        },
      ),
    )
  })

  it('bigger items and stronger reads never need fewer units', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 399, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (size, more) => {
          const [eventual, strong, transactional] = READ_CONSISTENCIES.map(
            (c) => readUnitsPerRead(size, c).value,
          )
          expect(strong).toBe(2 * (eventual ?? NaN))
          expect(transactional).toBe(2 * (strong ?? NaN))
          expect(readUnitsPerRead(size + more, 'strong').value).toBeGreaterThanOrEqual(
            strong ?? NaN,
          )
          expect(writeUnitsPerWrite(size + more, false).value).toBeGreaterThanOrEqual(
            writeUnitsPerWrite(size, false).value,
          )
          expect(writeUnitsPerWrite(size, true).value).toBe(
            2 * writeUnitsPerWrite(size, false).value,
          )
        },
      ),
    )
  })
})

describe('partitions (aws-pricing.md §3.3, DDB-DOCS GuidelinesForTables 2018)', () => {
  it('1,000 RCU + 500 WCU is 0.8333, so 1 partition', () => {
    const result = partitionCount({ rcu: 1000, wcu: 500, storageGb: 0 })
    expect(result.value).toBe(1)
    expect(result.formula).toBe(
      'max(ceil(1,000 RCU / 3,000 + 500 WCU / 1,000), ceil(0 GB / 10)) = max(1, 0) = 1 partition',
    )
  })

  it('1,000 RCU + 1,000 WCU is 1.333, so 2 partitions', () => {
    expect(partitionCount({ rcu: 1000, wcu: 1000, storageGb: 0 }).value).toBe(2)
  })

  it('5,000 RCU + 2,000 WCU is 3.6667, so 4 partitions', () => {
    expect(partitionCount({ rcu: 5000, wcu: 2000, storageGb: 0 }).value).toBe(4)
  })

  it('8 partitions hold about 80 GB; past that one splits: 9 partitions hold 90 GB', () => {
    expect(partitionCount({ rcu: 1, wcu: 1, storageGb: 80 }).value).toBe(8)
    expect(partitionCount({ rcu: 1, wcu: 1, storageGb: 90 }).value).toBe(9)
    expect(partitionsAfterChange(8, { rcu: 1, wcu: 1, storageGb: 81 }).value).toBe(9)
  })

  it('4 partitions at 5,000 RCU raised to 8,000 RCU become 8 of 1,000 RCU and 250 WCU each', () => {
    expect(partitionCount({ rcu: 5000, wcu: 2000, storageGb: 0 }).value).toBe(4)
    const after = partitionsAfterChange(4, { rcu: 8000, wcu: 2000, storageGb: 0 })
    expect(after.value).toBe(8)
    expect(after.formula).toBe(
      '8,000 RCU, 2,000 WCU and 0 GB needs 5 partitions > 4; doubling 4 → 8 partitions',
    )
    const each = perPartitionThroughput(8000, 2000, after.value)
    expect(each.value).toEqual({ rcu: 1000, wcu: 250 })
    expect(each.formula).toBe(
      '8,000 RCU / 8 partitions = 1,000 RCU; 2,000 WCU / 8 partitions = 250 WCU per partition',
    )
  })

  it('partitions never merge back when capacity is lowered', () => {
    expect(partitionsAfterChange(8, { rcu: 100, wcu: 100, storageGb: 0 }).value).toBe(8)
  })

  it('the count covers the throughput within the per-partition ceilings, and grows with it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        (rcu, wcu, gb, more) => {
          const n = partitionCount({ rcu, wcu, storageGb: gb }).value
          expect(n).toBeGreaterThanOrEqual(1)
          const each = perPartitionThroughput(rcu, wcu, n).value
          // Each partition's even share fits its ceiling as a linear combination.
          expect(each.rcu / PARTITION_MAX_RCU + each.wcu / PARTITION_MAX_WCU).toBeLessThanOrEqual(
            1 + 1e-12,
          )
          expect(gb / n).toBeLessThanOrEqual(10 + 1e-9)
          expect(
            partitionCount({ rcu: rcu + more, wcu, storageGb: gb }).value,
          ).toBeGreaterThanOrEqual(n)
          expect(
            partitionCount({ rcu, wcu: wcu + more, storageGb: gb }).value,
          ).toBeGreaterThanOrEqual(n)
        },
      ),
    )
  })

  it('after any change there are at least as many partitions as before and as needed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        (current, rcu, wcu, gb) => {
          const next = { rcu, wcu, storageGb: gb }
          const after = partitionsAfterChange(current, next).value
          expect(after).toBeGreaterThanOrEqual(current)
          expect(after).toBeGreaterThanOrEqual(partitionCount(next).value)
        },
      ),
    )
  })
})

describe('hot keys (aws-pricing.md §3.3, DDB-DOCS 2023)', () => {
  it('one key serves at most 3,000 strong or 6,000 eventual 4 KB reads, 1,000 1 KB writes a second', () => {
    expect(hotKeyReadRate(4, 'strong').value).toBe(3000)
    expect(hotKeyReadRate(4, 'eventual').value).toBe(6000)
    expect(hotKeyReadRate(4, 'transactional').value).toBe(1500)
    expect(hotKeyWriteRate(1, false).value).toBe(1000)
    expect(hotKeyWriteRate(1, false).formula).toBe(
      '1,000 WCU per partition / 1 WCU per standard write of 1 KB = 1,000 writes/s on one key',
    )
  })

  it('item size matters: 8 KB strong reads reach 1,500 a second, 3 KB writes 333.33', () => {
    expect(hotKeyReadRate(8, 'strong').value).toBe(1500)
    expect(hotKeyWriteRate(3, false).value).toBeCloseTo(333.3333, 4)
    expect(hotKeyWriteRate(3, true).value).toBeCloseTo(166.6667, 4)
  })

  it('adaptive capacity: 400 WCU over 4 partitions is 100 each, yet a partition taking 150 WCU/s is sustained', () => {
    expect(perPartitionThroughput(0, 400, 4).value.wcu).toBe(100)
    const hot = hotKeyWriteRate(1, false, 400)
    expect(hot.value).toBe(400)
    expect(hot.value).toBeGreaterThanOrEqual(150)
    expect(hot.formula).toBe(
      'min(1,000 WCU per partition, 400 WCU provisioned) / 1 WCU per standard write of 1 KB = 400 writes/s on one key',
    )
  })

  it('never exceeds the partition ceiling nor the provisioned total', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 400, noNaN: true }),
        fc.constantFrom(...READ_CONSISTENCIES),
        fc.option(fc.integer({ min: 1, max: 1e5 }), { nil: undefined }),
        (size, consistency, provisioned) => {
          const reads = hotKeyReadRate(size, consistency, provisioned).value
          const units = reads * readUnitsPerRead(size, consistency).value
          expect(units).toBeLessThanOrEqual(
            Math.min(PARTITION_MAX_RCU, provisioned ?? Infinity) + 1e-9,
          )
          const writes = hotKeyWriteRate(size, false, provisioned).value
          expect(writes * writeUnitsPerWrite(size, false).value).toBeLessThanOrEqual(
            Math.min(PARTITION_MAX_WCU, provisioned ?? Infinity) + 1e-9,
          )
        },
      ),
    )
  })
})

describe('burst and on-demand scaling', () => {
  it('150 RCU unused for 5 minutes banks 45,000 units, which sustain 200 RCU for 900 s (re:Post, simulation-facts.md §3.3)', () => {
    const credit = burstCredit(150, 300)
    expect(credit.value).toBe(45000)
    const duration = burstDuration(credit.value, 200, 150)
    expect(duration.value).toBe(900)
    expect(duration.formula).toBe('45,000 burst units / (200 − 150) units/s = 900 s')
  })

  it('keeps at most 300 seconds of unused capacity', () => {
    expect(burstCredit(150, 3600).value).toBe(45000)
    expect(burstDuration(45000, 100, 150).value).toBe(Infinity)
  })

  it('an on-demand table with a 50,000 reads/s peak takes 100,000 at once (aws-pricing.md §3.3)', () => {
    expect(onDemandInstantCapacity(50000).value).toBe(100000)
    expect(onDemandInstantCapacity(50000).formula).toBe(
      '2 × 50,000 previous peak = 100,000 units/s',
    )
  })

  it('a new or switched on-demand table starts at 4,000 write and 12,000 read units a second', () => {
    expect(ON_DEMAND_INITIAL_WRU_PER_SECOND).toBe(4000)
    expect(ON_DEMAND_INITIAL_RRU_PER_SECOND).toBe(12000)
  })
})
