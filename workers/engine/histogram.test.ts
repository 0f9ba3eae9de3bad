import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { binMiddle, binOf, Histogram, HISTOGRAM_BINS } from './histogram'

function exactQuantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1]!
}

describe('Histogram', () => {
  it('gives every quantile within 3.2 % of the exact one (two bins’ width)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 400 }),
        fc.constantFrom(0.5, 0.95, 0.99, 1),
        (values, q) => {
          const histogram = new Histogram()
          values.forEach((v) => histogram.record(v))
          const exact = exactQuantile(values, q)
          expect(Math.abs(histogram.quantile(q) - exact) / exact).toBeLessThanOrEqual(0.032)
        },
      ),
    )
  })

  it('is exact for a constant duration, and empty is NaN', () => {
    const histogram = new Histogram()
    for (let i = 0; i < 100; i++) histogram.record(120)
    expect(histogram.quantile(0.5)).toBe(120)
    expect(histogram.quantile(0.99)).toBe(120)
    expect(new Histogram().quantile(0.5)).toBeNaN()
  })

  it('adds, copies and clears', () => {
    const a = new Histogram()
    const b = new Histogram()
    for (let i = 1; i <= 50; i++) a.record(i)
    for (let i = 51; i <= 100; i++) b.record(i)
    const c = new Histogram()
    c.copyFrom(a)
    c.add(b)
    expect(c.count).toBe(100)
    expect(c.quantile(0.5)).toBeCloseTo(50, -0.5)
    c.clear()
    expect(c.count).toBe(0)
    expect(c.counts.every((n) => n === 0)).toBe(true)
  })

  it('puts values in increasing bins whose middle is within 1/64 of the value', () => {
    let previous = -1
    for (let v = 0.001; v < 1e8; v *= 1.01) {
      const bin = binOf(v)
      expect(bin).toBeGreaterThanOrEqual(previous)
      previous = bin
      if (bin > 0 && bin < HISTOGRAM_BINS - 1) {
        expect(Math.abs(binMiddle(bin) - v) / v).toBeLessThanOrEqual(1 / 64 + 1e-12)
      }
    }
    expect(binOf(0)).toBe(0)
  })
})
