import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { graduated, type Tier } from './tiers'

const ladder: Tier[] = [
  { size: 100, price: 3 },
  { size: 200, price: 2 },
  { size: Infinity, price: 1 },
]

describe('graduated tiers', () => {
  it('prices each unit in the tier it falls in', () => {
    expect(graduated(50, ladder).cost).toBe(150)
    expect(graduated(150, ladder).cost).toBe(300 + 100)
    expect(graduated(400, ladder).cost).toBe(300 + 400 + 100)
  })

  it('continues where earlier usage stopped', () => {
    expect(graduated(100, ladder, 50).cost).toBe(50 * 3 + 50 * 2)
    expect(graduated(10, ladder, 1000).cost).toBe(10)
  })

  it('is continuous and never decreases (no cliffs)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (q, d) => {
          const a = graduated(q, ladder).cost
          const b = graduated(q + d, ladder).cost
          expect(b).toBeGreaterThanOrEqual(a)
          // The price of `d` more units is at most the dearest tier's price per unit.
          expect(b - a).toBeLessThanOrEqual(d * 3 + 1e-6)
        },
      ),
    )
  })

  it('splitting usage across callers costs the same as one caller', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (a, b) => {
          const split = graduated(a, ladder).cost + graduated(b, ladder, a).cost
          expect(split).toBeCloseTo(graduated(a + b, ladder).cost, 6)
        },
      ),
    )
  })
})
