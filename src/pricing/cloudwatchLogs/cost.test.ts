import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sumCosts, type LineItem } from '../lineItem'
import { cloudwatchLogsCost } from './cost'
import { cloudwatchLogsBooks } from './prices'
import { withDefaults, type CloudwatchLogsUsage } from './usage'

const prices = cloudwatchLogsBooks.current
const cents = (usd: number): number => Math.round(usd * 100) / 100
const billInCents = (lines: readonly LineItem[]): number =>
  cents(lines.reduce((total, line) => total + cents(line.cost), 0))

function usage(raw: Record<string, unknown>): CloudwatchLogsUsage {
  const checked = withDefaults(raw)
  if (!checked.ok) throw new Error(checked.error)
  return checked.usage
}
const bill = (usages: CloudwatchLogsUsage[], freeTier: boolean): number =>
  sumCosts(cloudwatchLogsCost(usages, prices, { freeTier, hoursPerMonth: 730 }))

// The CloudWatch pricing page's log examples (CW-PAGE, verbatim copy; aws-pricing.md §4, §6).
describe('AWS CloudWatch pricing page examples (CW-PAGE)', () => {
  it('monitoring with logs: 30 GB ingested, 6 GB archived = $12.50 + $0.03 = $12.53', () => {
    // 1 GB a day for a 30-day month; the archive compresses to 6 GB. The example takes the
    // 5 GB free tier off each. (Its 3 metrics cost $0 and are not a logs charge.)
    const lines = cloudwatchLogsCost([usage({ ingestedGb: 30, storedGb: 6 })], prices, {
      freeTier: true,
      hoursPerMonth: 730,
    })
    expect(lines.map((l) => cents(l.cost))).toEqual([12.5, 0.03])
    expect(billInCents(lines)).toBe(12.53)
    expect(lines.map((l) => l.formula)).toEqual([
      '30 GB − 5 free (always-free tier) = 25 GB × $0.50 per GB = $12.50',
      '6 GB-months − 5 free (always-free tier) = 1 GB-months × $0.03 per GB-month = $0.03',
    ])
  })

  it('72 TB of VPC Flow Logs, archive 30 TB = $13,414.40 + $921.60 = $14,336.00', () => {
    // This example takes no free tier off.
    const lines = cloudwatchLogsCost(
      [usage({ ingestedGb: 72 * 1024, storedGb: 30 * 1024, vended: true })],
      prices,
      { freeTier: false, hoursPerMonth: 730 },
    )
    expect(lines.map((l) => cents(l.cost))).toEqual([13_414.4, 921.6])
    expect(billInCents(lines)).toBe(14_336)
    expect(lines[0]?.formula).toBe(
      '73,728 GB: 10,240 × $0.50 per GB + 20,480 × $0.25 per GB + 20,480 × $0.10 per GB + 22,528 × $0.05 per GB = $13,414.40',
    )
  })
})

describe('free tier', () => {
  it('5 GB of ingestion and 5 GB of storage a month, shared by every entry', () => {
    const lines = cloudwatchLogsCost(
      [
        usage({ name: 'a', ingestedGb: 3, storedGb: 3 }),
        usage({ name: 'b', ingestedGb: 3, storedGb: 3, vended: true }),
      ],
      prices,
      { freeTier: true, hoursPerMonth: 730 },
    )
    expect(lines.map((l) => l.quantity)).toEqual([0, 0, 1, 1])
  })
})

describe('usage validation', () => {
  it('fills every default', () => {
    expect(withDefaults({})).toEqual({
      ok: true,
      usage: { name: 'logs', ingestedGb: 0, storedGb: 0, vended: false },
    })
  })

  it.each([
    [{ ingestedGb: '3' }, 'cloudwatchLogs.ingestedGb: must be a number ≥ 0, got "3"'],
    [{ vended: 1 }, 'cloudwatchLogs.vended: must be true or false, got 1'],
    [{ scannedGb: 3 }, 'cloudwatchLogs.scannedGb: unknown field'],
  ])('refuses %j', (raw, message) => {
    const checked = withDefaults(raw)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.error).toContain(message)
  })
})

const anyLogs = fc.record({
  ingestedGb: fc.double({ min: 0, max: 1e5, noNaN: true }),
  storedGb: fc.double({ min: 0, max: 1e5, noNaN: true }),
  vended: fc.boolean(),
})
const logs = (l: Omit<CloudwatchLogsUsage, 'name'>): CloudwatchLogsUsage => ({ name: 'logs', ...l })

describe('properties', () => {
  it('never negative, and the free tier never takes more than the bill', () => {
    fc.assert(
      fc.property(fc.array(anyLogs, { maxLength: 4 }), fc.boolean(), (raw, freeTier) => {
        const usages = raw.map(logs)
        expect(bill(usages, freeTier)).toBeGreaterThanOrEqual(0)
        expect(bill(usages, true)).toBeLessThanOrEqual(bill(usages, false) + 1e-9)
      }),
    )
  })

  it('never decreases as usage grows, and is continuous across tier boundaries', () => {
    fc.assert(
      fc.property(
        anyLogs,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.boolean(),
        (l, more, freeTier) => {
          const a = bill([logs(l)], freeTier)
          const grown = { ...l, ingestedGb: l.ingestedGb + more, storedGb: l.storedGb + more }
          const after = bill([logs(grown)], freeTier)
          expect(after).toBeGreaterThanOrEqual(a - 1e-9 * a - 1e-12)
          expect(after - a).toBeLessThanOrEqual(more * (0.5 + 0.03) + 1e-9 * after + 1e-12)
        },
      ),
    )
  })

  it('one more GB at each vended tier boundary costs at most $0.50', () => {
    for (const tb of [10, 30, 50]) {
      const at = bill([usage({ ingestedGb: tb * 1024, vended: true })], false)
      const above = bill([usage({ ingestedGb: tb * 1024 + 1, vended: true })], false)
      expect(above - at).toBeGreaterThan(0)
      expect(above - at).toBeLessThanOrEqual(0.5)
    }
  })
})
