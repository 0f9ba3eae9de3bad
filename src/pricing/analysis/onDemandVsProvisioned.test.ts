import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { READ_CONSISTENCIES } from '../capacity/units'
import { dynamodbBooks } from '../dynamodb/prices'
import {
  continuousCostsAt,
  DEFAULT_FACTORS,
  logSpace,
  onDemandVsProvisioned,
  type OnDemandVsProvisionedInput,
} from './onDemandVsProvisioned'

const current = dynamodbBooks.current

/** 10 eventually consistent reads and 5 writes of 1 KB a second, free tier off. */
const table: OnDemandVsProvisionedInput = {
  readsPerSecond: 10,
  writesPerSecond: 5,
  prices: current,
  freeTier: false,
}

describe('traffic factors', () => {
  it('are log-spaced, ten a decade from ×0.01 to ×100 by default', () => {
    expect(DEFAULT_FACTORS).toHaveLength(41)
    expect(DEFAULT_FACTORS[0]).toBe(0.01)
    expect(DEFAULT_FACTORS[20]).toBeCloseTo(1, 12)
    expect(DEFAULT_FACTORS[40]).toBe(100)
    expect(logSpace(1, 100, 3)).toEqual([1, 10, 100])
  })
})

describe('on-demand vs provisioned', () => {
  it('sizes provisioned capacity for 70 % utilization with the capacity functions', () => {
    const [point] = onDemandVsProvisioned({ ...table, factors: [1] }).points
    // ceil(10 / 0.7 reads/s × 0.5 RCU) = ceil(7.14) = 8; ceil(5 / 0.7 writes/s × 1 WCU) = 8.
    expect(point).toMatchObject({
      factor: 1,
      readsPerSecond: 10,
      writesPerSecond: 5,
      rcu: 8,
      wcu: 8,
    })
    expect(point?.provisioned).toBeCloseTo(730 * (8 * 0.00013 + 8 * 0.00065), 10)
    // 2,628,000 s × (10 × 0.5 RRU × $0.125 + 5 × 1 WRU × $0.625) per 1M = $9.855.
    expect(point?.onDemand).toBeCloseTo(9.855, 10)
    expect(point?.cheaper).toBe('provisioned')
    expect(point?.capacityFormula).toContain('sized for 70 % utilization')
  })

  it('breaks even where on demand reaches the 1 RCU + 1 WCU minimum, and the costs cross there', () => {
    const result = onDemandVsProvisioned(table)
    expect(result.breakEvens).toHaveLength(1)
    const [even] = result.breakEvens
    if (even === undefined) throw new Error('no break-even')
    // on-demand(f) = 9.855 f; provisioned = 730 h × ($0.00013 + $0.00065) = $0.5694 below the kink.
    expect(even.factor).toBeCloseTo(0.5694 / 9.855, 10)
    expect(even.monthlyCost).toBeCloseTo(0.5694, 10)
    expect(even).toMatchObject({ below: 'on-demand', above: 'provisioned' })
    expect(even.explanation).toContain('below it on-demand is cheaper, above it provisioned')
    // Both sides, on the charted (whole-unit) costs too.
    const [below, above] = onDemandVsProvisioned({
      ...table,
      factors: [even.factor * 0.9, even.factor * 1.1],
    }).points
    expect(below?.onDemand ?? Infinity).toBeLessThan(below?.provisioned ?? 0)
    expect(above?.onDemand ?? 0).toBeGreaterThan(above?.provisioned ?? Infinity)
    expect(below?.cheaper).toBe('on-demand')
    expect(above?.cheaper).toBe('provisioned')
  })

  it('with the free tier, 25 RCU and 25 WCU are free, so provisioned is cheaper everywhere', () => {
    const result = onDemandVsProvisioned({ ...table, freeTier: true })
    expect(result.breakEvens).toEqual([])
    expect(result.summary).toBe(
      'Provisioned is cheaper across the whole range ×0.01–×100 (no break-even inside it).',
    )
    expect(result.points.every((p) => p.cheaper === 'provisioned')).toBe(true)
  })

  it('at a 20 % target, provisioned capacity costs more per request: on demand wins everywhere', () => {
    const result = onDemandVsProvisioned({ ...table, targetUtilization: 0.2 })
    expect(result.breakEvens).toEqual([])
    expect(result.summary).toContain('On-demand is cheaper across the whole range')
  })

  it('at high traffic provisioned wins exactly when the target is above 1 / 3.46 = 28.9 %', () => {
    const at = (targetUtilization: number) =>
      onDemandVsProvisioned({ ...table, targetUtilization, factors: [10_000] }).points[0]?.cheaper
    expect(at(0.29)).toBe('provisioned')
    expect(at(0.288)).toBe('on-demand')
    // 2018: on-demand cost twice as much, so the threshold halves to 14.4 %.
    const at2018 = (targetUtilization: number) =>
      onDemandVsProvisioned({
        ...table,
        prices: dynamodbBooks['2018'],
        targetUtilization,
        factors: [10_000],
      }).points[0]?.cheaper
    expect(at2018(0.145)).toBe('provisioned')
    expect(at2018(0.144)).toBe('on-demand')
  })

  it('storage costs the same in both modes: it moves both curves, not the break-even', () => {
    const plain = onDemandVsProvisioned(table)
    const stored = onDemandVsProvisioned({ ...table, storageGb: 100 })
    expect(stored.breakEvens[0]?.factor).toBeCloseTo(plain.breakEvens[0]?.factor ?? NaN, 9)
    expect((stored.points[0]?.onDemand ?? 0) - (plain.points[0]?.onDemand ?? 0)).toBeCloseTo(25, 9)
  })

  it('gives both cost formulas', () => {
    const { formulas } = onDemandVsProvisioned({ ...table, freeTier: true })
    expect(formulas.onDemand).toBe(
      'on-demand(f) = f × 2,628,000 s × (10 reads/s × 0.5 RRU × $0.13 per 1M RRU + 5 writes/s × 1 WRU × $0.63 per 1M WRU)',
    )
    expect(formulas.provisioned).toContain('max(0, max(1, f × 10 × 0.5 / 0.7) − 25 free) RCU')
  })

  it('refuses a table without traffic and a utilization outside (0, 1]', () => {
    expect(() =>
      onDemandVsProvisioned({ ...table, readsPerSecond: 0, writesPerSecond: 0 }),
    ).toThrow('no traffic')
    expect(() => onDemandVsProvisioned({ ...table, targetUtilization: 1.2 })).toThrow(RangeError)
  })
})

describe('break-even properties', () => {
  const input = fc.record({
    readsPerSecond: fc.double({ min: 0, max: 5000, noNaN: true }),
    writesPerSecond: fc.double({ min: 0.01, max: 5000, noNaN: true }),
    itemSizeKb: fc.double({ min: 0.1, max: 40, noNaN: true }),
    readConsistency: fc.constantFrom(...READ_CONSISTENCIES),
    transactionalWrites: fc.boolean(),
    targetUtilization: fc.double({ min: 0.1, max: 1, noNaN: true }),
    freeTier: fc.boolean(),
    book: fc.constantFrom('current' as const, '2018' as const),
  })

  it('each break-even has equal costs, the stated cheaper mode on each side, and every crossing of the grid is found', () => {
    fc.assert(
      fc.property(input, ({ book, ...rest }) => {
        const table = { ...rest, prices: dynamodbBooks[book] }
        const result = onDemandVsProvisioned(table)
        const gap = (f: number) => {
          const c = continuousCostsAt(table, f)
          return c.onDemand - c.provisioned
        }
        for (const even of result.breakEvens) {
          const c = continuousCostsAt(table, even.factor)
          expect(Math.abs(c.onDemand - c.provisioned)).toBeLessThanOrEqual(
            1e-9 * c.onDemand + 1e-12,
          )
          const sideOf = (g: number) => (g < 0 ? 'on-demand' : 'provisioned')
          expect(sideOf(gap(even.factor * (1 - 1e-6)))).toBe(even.below)
          expect(sideOf(gap(even.factor * (1 + 1e-6)))).toBe(even.above)
        }
        // Every change of sign between grid factors has a break-even between them.
        const gaps = DEFAULT_FACTORS.map(gap)
        DEFAULT_FACTORS.slice(1).forEach((b, i) => {
          const a = DEFAULT_FACTORS[i] ?? 0
          if (Math.sign(gaps[i] ?? 0) * Math.sign(gaps[i + 1] ?? 0) < 0) {
            expect(result.breakEvens.some((e) => e.factor > a && e.factor < b)).toBe(true)
          }
        })
      }),
      { numRuns: 30 },
    )
  })
})
