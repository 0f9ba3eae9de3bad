import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sumCosts } from '../lineItem'
import { snsCost } from './cost'
import { snsBooks } from './prices'
import { withDefaults, type SnsUsage } from './usage'

const prices = snsBooks.current
const noFree = { freeTier: false, hoursPerMonth: 730 }
const withFree = { freeTier: true, hoursPerMonth: 730 }
const cents = (usd: number): number => Math.round(usd * 100) / 100

function usage(raw: Record<string, unknown>): SnsUsage {
  const checked = withDefaults(raw)
  if (!checked.ok) throw new Error(checked.error)
  return checked.usage
}
const bill = (usages: SnsUsage[], freeTier: boolean): number =>
  sumCosts(snsCost(usages, prices, { freeTier, hoursPerMonth: 730 }))

// The SNS page's statements quoted in aws-pricing.md §4 (SNS-COPY).
describe('SNS metering and free tier (SNS-COPY)', () => {
  it('a 256 KB publish counts as 4 requests', () => {
    const [line] = snsCost([usage({ publishes: 1, avgMessageKb: 256 })], prices, noFree)
    expect(line?.quantity).toBe(4)
  })

  it('each 64 KB chunk delivered counts as one delivery', () => {
    const lines = snsCost(
      [usage({ publishes: 1, avgMessageKb: 100, httpDeliveries: 10, emailDeliveries: 3 })],
      prices,
      noFree,
    )
    expect(lines.map((l) => l.quantity)).toEqual([2, 20, 6])
  })

  it('first 1M publishes, 100,000 HTTP/S and 1,000 email deliveries are free', () => {
    const lines = snsCost(
      [usage({ publishes: 1_000_000, httpDeliveries: 100_000, emailDeliveries: 1_000 })],
      prices,
      withFree,
    )
    expect(sumCosts(lines)).toBe(0)
  })

  it('then $0.50 per 1M publishes, $0.60 per 1M HTTP/S, $2.00 per 100,000 emails', () => {
    const lines = snsCost(
      [usage({ publishes: 3_000_000, httpDeliveries: 2_100_000, emailDeliveries: 101_000 })],
      prices,
      withFree,
    )
    expect(lines.map((l) => cents(l.cost))).toEqual([1, 1.2, 2])
    expect(lines.map((l) => l.formula)).toEqual([
      '3,000,000 requests − 1,000,000 free (always-free tier) = 2,000,000 requests × $0.50 per 1M = $1.00',
      '2,100,000 deliveries − 100,000 free (always-free tier) = 2,000,000 deliveries × $0.60 per 1M = $1.20',
      '101,000 deliveries − 1,000 free (always-free tier) = 100,000 deliveries × $2.00 per 100,000 = $2.00',
    ])
  })

  it('the free allowances are account-wide, shared by every topic', () => {
    const lines = snsCost(
      [usage({ name: 'a', publishes: 700_000 }), usage({ name: 'b', publishes: 700_000 })],
      prices,
      withFree,
    )
    expect(lines.map((l) => l.quantity)).toEqual([0, 400_000])
  })
})

describe('usage validation', () => {
  it('fills every default', () => {
    expect(withDefaults({})).toEqual({
      ok: true,
      usage: {
        name: 'topic',
        publishes: 0,
        avgMessageKb: 1,
        httpDeliveries: 0,
        emailDeliveries: 0,
      },
    })
  })

  it.each([
    [{ publishes: Infinity }, 'sns.publishes: must be a number ≥ 0, got Infinity'],
    [{ name: '' }, 'sns.name: must be a non-empty string'],
    [{ smsDeliveries: 3 }, 'sns.smsDeliveries: unknown field'],
  ])('refuses %j', (raw, message) => {
    const checked = withDefaults(raw)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.error).toContain(message)
  })
})

const anyTopic = fc.record({
  publishes: fc.double({ min: 0, max: 1e9, noNaN: true }),
  avgMessageKb: fc.double({ min: 0, max: 256, noNaN: true }),
  httpDeliveries: fc.double({ min: 0, max: 1e9, noNaN: true }),
  emailDeliveries: fc.double({ min: 0, max: 1e7, noNaN: true }),
})
const topic = (t: Omit<SnsUsage, 'name'>): SnsUsage => ({ name: 'topic', ...t })
/** The dearest unit: an email delivery at $2.00 per 100,000, four chunks of 256 KB. */
const DEAREST = 2e-5 * 4

describe('properties', () => {
  it('never negative, and the free tier never takes more than the bill', () => {
    fc.assert(
      fc.property(fc.array(anyTopic, { maxLength: 4 }), fc.boolean(), (raw, freeTier) => {
        const usages = raw.map(topic)
        expect(bill(usages, freeTier)).toBeGreaterThanOrEqual(0)
        expect(bill(usages, true)).toBeLessThanOrEqual(bill(usages, false) + 1e-9)
      }),
    )
  })

  it('never decreases as usage grows, and is continuous', () => {
    fc.assert(
      fc.property(
        anyTopic,
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.boolean(),
        (t, more, freeTier) => {
          const a = bill([topic(t)], freeTier)
          const grown = {
            ...t,
            publishes: t.publishes + more,
            httpDeliveries: t.httpDeliveries + more,
            emailDeliveries: t.emailDeliveries + more,
          }
          const b = bill([topic(grown)], freeTier)
          expect(b).toBeGreaterThanOrEqual(a - 1e-9 * a)
          expect(b - a).toBeLessThanOrEqual(3 * more * DEAREST + 1e-9 * b)
        },
      ),
    )
  })
})
