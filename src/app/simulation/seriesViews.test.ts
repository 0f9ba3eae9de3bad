import { describe, expect, it } from 'vitest'
import { byPartition, perSecond, shareOf } from './seriesViews'

describe('series views', () => {
  it('turns counts per bucket into rates', () => {
    expect([...perSecond(new Float64Array([10, 0, 25]), 5)]).toEqual([2, 0, 5])
  })

  it('regroups bucket-major partition values into rows per partition', () => {
    // Buckets b0, b1, b2 of partitions p0, p1.
    const values = new Float64Array([1, 10, 2, 20, 3, 30])
    expect([...byPartition(values, 2)]).toEqual([1, 2, 3, 10, 20, 30])
  })

  it('gives shares of a whole, and none of nothing', () => {
    expect([...shareOf(new Float64Array([500_000, 0]), 1_000_000)]).toEqual([0.5, 0])
    expect([...shareOf(new Float64Array([3]), 0)]).toEqual([0])
  })
})
