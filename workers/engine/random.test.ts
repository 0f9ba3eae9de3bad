import { describe, expect, it } from 'vitest'
import { Random } from './random'

const draws = (random: Random, n: number, draw: (r: Random) => number) =>
  Array.from({ length: n }, () => draw(random))
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

describe('Random', () => {
  it('gives the same stream for the same seed and stream, different ones otherwise', () => {
    const a = draws(new Random(42), 5, (r) => r.uint32())
    expect(draws(new Random(42), 5, (r) => r.uint32())).toEqual(a)
    expect(draws(new Random(43), 5, (r) => r.uint32())).not.toEqual(a)
    expect(draws(new Random(42, 1), 5, (r) => r.uint32())).not.toEqual(a)
  })

  it('is pinned: these values must not change, or saved runs stop reproducing', () => {
    expect(draws(new Random(1), 3, (r) => r.uint32())).toMatchInlineSnapshot(`
      [
        3099176400,
        3694474984,
        3163626421,
      ]
    `)
  })

  it('draws floats in [0, 1) and (0, 1], integers below n', () => {
    const random = new Random(7)
    for (let i = 0; i < 10_000; i++) {
      const u = random.float()
      expect(u >= 0 && u < 1).toBe(true)
      const p = random.positiveFloat()
      expect(p > 0 && p <= 1).toBe(true)
      const k = random.below(6)
      expect(Number.isInteger(k) && k >= 0 && k < 6).toBe(true)
    }
  })

  it('has the right means: uniform ½, exponential its mean, normal 0 with variance 1', () => {
    const n = 200_000
    expect(mean(draws(new Random(3), n, (r) => r.float()))).toBeCloseTo(0.5, 2)
    expect(mean(draws(new Random(4), n, (r) => r.exponential(2)))).toBeCloseTo(2, 1)
    const normals = draws(new Random(5), n, (r) => r.normal())
    expect(mean(normals)).toBeCloseTo(0, 2)
    expect(mean(normals.map((x) => x * x))).toBeCloseTo(1, 1)
  })

  it('draws exponentials (ziggurat) that pass a Kolmogorov–Smirnov test at the 1 % level', () => {
    const n = 200_000
    const xs = Float64Array.from(draws(new Random(8), n, (r) => r.exponential(1))).sort()
    let distance = 0
    xs.forEach((x, i) => {
      const cdf = 1 - Math.exp(-x)
      distance = Math.max(distance, Math.abs(cdf - i / n), Math.abs(cdf - (i + 1) / n))
    })
    expect(distance).toBeLessThan(1.63 / Math.sqrt(n))
    // The tail beyond the last layer (7.7) is reached too.
    expect(xs[n - 1]!).toBeGreaterThan(7.7)
  })

  it('counts: whole numbers whose mean is the fractional rate', () => {
    const counts = draws(new Random(6), 100_000, (r) => r.count(2.3))
    expect(new Set(counts)).toEqual(new Set([2, 3]))
    expect(mean(counts)).toBeCloseTo(2.3, 2)
    expect(draws(new Random(6), 10, (r) => r.count(4))).toEqual(Array(10).fill(4))
  })
})
