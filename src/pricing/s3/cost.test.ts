import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sumCosts } from '../lineItem'
import { s3Cost } from './cost'
import { s3Books } from './prices'
import { withDefaults, type S3Usage } from './usage'

const prices = s3Books.current
const noFree = { freeTier: false, hoursPerMonth: 730 }
const withFree = { freeTier: true, hoursPerMonth: 730 }
const cents = (usd: number): number => Math.round(usd * 100) / 100

function usage(raw: Record<string, unknown>): S3Usage {
  const checked = withDefaults(raw)
  if (!checked.ok) throw new Error(checked.error)
  return checked.usage
}
const bill = (usages: S3Usage[], freeTier: boolean): number =>
  sumCosts(s3Cost(usages, prices, { freeTier, hoursPerMonth: 730 }))

// aws-pricing.md §4 has S3's prices but no AWS worked example; these check each price as quoted.
describe('S3 prices (PL)', () => {
  it('1M PUTs × $0.005 per 1,000 = $5.00; 1M GETs × $0.0004 per 1,000 = $0.40', () => {
    const lines = s3Cost([usage({ puts: 1e6, gets: 1e6 })], prices, noFree)
    expect(lines.map((l) => cents(l.cost))).toEqual([0, 5, 0.4])
    expect(lines[2]?.formula).toBe('1,000,000 requests × $0.0004 per 1,000 = $0.40')
  })

  it('Standard storage is graduated at 50 TB and 500 TB (TB of 1,024 GB)', () => {
    const [line] = s3Cost([usage({ storageGb: 600 * 1024 })], prices, noFree)
    const expected = 51_200 * 0.023 + 460_800 * 0.022 + 102_400 * 0.021
    expect(line?.cost).toBeCloseTo(expected, 6)
    expect(line?.formula).toBe(
      '614,400 GB-months: 51,200 × $0.023 per GB-month + 460,800 × $0.022 per GB-month + 102,400 × $0.021 per GB-month = $13,465.60',
    )
  })

  it('the 12-month free tier: 5 GB, 2,000 PUTs and 20,000 GETs, shared by every bucket', () => {
    const lines = s3Cost(
      [
        usage({ name: 'a', storageGb: 3, puts: 1_500, gets: 15_000 }),
        usage({ name: 'b', storageGb: 3, puts: 1_500, gets: 15_000 }),
      ],
      prices,
      withFree,
    )
    expect(lines.map((l) => l.quantity)).toEqual([0, 0, 0, 1, 1_000, 10_000])
    expect(lines[3]?.formula).toBe(
      '3 GB-months − 2 free (12-month free tier) = 1 GB-months × $0.023 per GB-month = $0.02',
    )
  })
})

describe('usage validation', () => {
  it('fills every default', () => {
    expect(withDefaults({})).toEqual({
      ok: true,
      usage: { name: 'bucket', puts: 0, gets: 0, storageGb: 0 },
    })
  })

  it.each([
    [{ storageGb: '5' }, 's3.storageGb: must be a number ≥ 0, got "5"'],
    [{ lists: 3 }, 's3.lists: unknown field'],
    ['bucket', 's3: each entry must be an object, got "bucket"'],
  ])('refuses %j', (raw, message) => {
    const checked = withDefaults(raw)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.error).toContain(message)
  })
})

const anyBucket = fc.record({
  puts: fc.double({ min: 0, max: 1e9, noNaN: true }),
  gets: fc.double({ min: 0, max: 1e10, noNaN: true }),
  storageGb: fc.double({ min: 0, max: 1e6, noNaN: true }),
})
const bucket = (b: Omit<S3Usage, 'name'>): S3Usage => ({ name: 'bucket', ...b })

describe('properties', () => {
  it('never negative, and the free tier never takes more than the bill', () => {
    fc.assert(
      fc.property(fc.array(anyBucket, { maxLength: 4 }), fc.boolean(), (raw, freeTier) => {
        const usages = raw.map(bucket)
        expect(bill(usages, freeTier)).toBeGreaterThanOrEqual(0)
        expect(bill(usages, true)).toBeLessThanOrEqual(bill(usages, false) + 1e-9)
      }),
    )
  })

  it('never decreases as usage grows, and is continuous across tier boundaries', () => {
    fc.assert(
      fc.property(
        anyBucket,
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.boolean(),
        (b, more, freeTier) => {
          const a = bill([bucket(b)], freeTier)
          const grown = { puts: b.puts + more, gets: b.gets + more, storageGb: b.storageGb + more }
          const after = bill([bucket(grown)], freeTier)
          expect(after).toBeGreaterThanOrEqual(a - 1e-9 * a)
          // Dearest units: a GB-month at $0.023, a PUT at $0.000005, a GET at $0.0000004.
          // 1e-300 absorbs rounding among subnormal numbers (fast-check tries 5e-324 GB).
          expect(after - a).toBeLessThanOrEqual(
            more * (0.023 + 5e-6 + 4e-7) + 1e-9 * after + 1e-300,
          )
        },
      ),
    )
  })

  it('splitting storage across buckets costs the same as one bucket', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5e5, noNaN: true }),
        fc.double({ min: 0, max: 5e5, noNaN: true }),
        fc.boolean(),
        (a, b, freeTier) => {
          const split = bill([usage({ storageGb: a }), usage({ storageGb: b })], freeTier)
          expect(split).toBeCloseTo(bill([usage({ storageGb: a + b })], freeTier), 4)
        },
      ),
    )
  })
})
