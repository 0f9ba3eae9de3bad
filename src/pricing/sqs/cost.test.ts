import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sumCosts } from '../lineItem'
import { sqsCost } from './cost'
import { sqsBooks } from './prices'
import { withDefaults, type SqsUsage } from './usage'

const prices = sqsBooks.current
const noFree = { freeTier: false, hoursPerMonth: 730 }
const withFree = { freeTier: true, hoursPerMonth: 730 }
const cents = (usd: number): number => Math.round(usd * 100) / 100

function usage(raw: Record<string, unknown>): SqsUsage {
  const checked = withDefaults(raw)
  if (!checked.ok) throw new Error(checked.error)
  return checked.usage
}
const bill = (usages: SqsUsage[], freeTier: boolean): number =>
  sumCosts(sqsCost(usages, prices, { freeTier, hoursPerMonth: 730 }))

// The SQS page's metering statements, quoted in aws-pricing.md §4 (SQS-COPY, L-1MB).
describe('SQS metering (SQS-COPY)', () => {
  it('an API action with a 256 KB payload is billed as 4 requests', () => {
    const [line] = sqsCost([usage({ requests: 1, avgMessageKb: 256 })], prices, noFree)
    expect(line?.quantity).toBe(4)
  })

  it('a 1 MiB message (the 2025–26 maximum) is billed as 16 requests', () => {
    const [line] = sqsCost([usage({ requests: 1, avgMessageKb: 1024 })], prices, noFree)
    expect(line?.quantity).toBe(16)
  })

  it('a 65 KB payload is two chunks, a 64 KB one is one', () => {
    const lines = sqsCost(
      [usage({ requests: 1, avgMessageKb: 65 }), usage({ requests: 1, avgMessageKb: 64 })],
      prices,
      noFree,
    )
    expect(lines.map((l) => l.quantity)).toEqual([2, 1])
  })
})

describe('SQS prices', () => {
  it('Standard: 10M requests × $0.40 per 1M = $4.00', () => {
    const [line] = sqsCost([usage({ requests: 10_000_000 })], prices, noFree)
    expect(cents(line?.cost ?? NaN)).toBe(4)
    expect(line?.formula).toBe('10,000,000 requests × $0.40 per 1M = $4.00')
  })

  it('FIFO: 10M requests × $0.50 per 1M = $5.00', () => {
    const [line] = sqsCost([usage({ requests: 10_000_000, fifo: true })], prices, noFree)
    expect(cents(line?.cost ?? NaN)).toBe(5)
  })

  it('the free million is always free and shared by Standard and FIFO queues', () => {
    const lines = sqsCost(
      [usage({ requests: 600_000 }), usage({ requests: 1_400_000, fifo: true })],
      prices,
      withFree,
    )
    expect(lines.map((l) => l.quantity)).toEqual([0, 1_000_000])
    expect(cents(sumCosts(lines))).toBe(0.5)
    expect(lines[1]?.formula).toBe(
      '1,400,000 requests − 400,000 free (always-free tier) = 1,000,000 requests × $0.50 per 1M = $0.50',
    )
  })

  it('Standard tiers are graduated at 100B and 200B', () => {
    const [line] = sqsCost([usage({ requests: 250e9 })], prices, noFree)
    expect(line?.cost).toBeCloseTo(100e3 * 0.4 + 100e3 * 0.3 + 50e3 * 0.24, 6)
  })
})

describe('usage validation', () => {
  it('fills every default', () => {
    expect(withDefaults({})).toEqual({
      ok: true,
      usage: { name: 'queue', requests: 0, avgMessageKb: 1, fifo: false },
    })
  })

  it.each([
    [{ requests: '1' }, 'sqs.requests: must be a number ≥ 0, got "1"'],
    [{ fifo: 'yes' }, 'sqs.fifo: must be true or false, got "yes"'],
    [{ avgMessageKb: 2048 }, 'sqs.avgMessageKb: must be at most 1024, got 2048'],
    [{ messages: 1 }, 'sqs.messages: unknown field'],
    [null, 'sqs: each entry must be an object, got null'],
  ])('refuses %j', (raw, message) => {
    const checked = withDefaults(raw)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.error).toContain(message)
  })
})

const anyQueue = fc.record({
  requests: fc.double({ min: 0, max: 3e11, noNaN: true }),
  avgMessageKb: fc.double({ min: 0, max: 1024, noNaN: true }),
  fifo: fc.boolean(),
})
const queue = (q: { requests: number; avgMessageKb: number; fifo: boolean }): SqsUsage => ({
  name: 'queue',
  ...q,
})
/** The dearest unit: a FIFO request at $0.50 per 1M, 16 chunks of a 1 MiB message. */
const DEAREST = 0.5e-6 * 16

describe('properties', () => {
  it('never negative, and the free tier never takes more than the bill', () => {
    fc.assert(
      fc.property(fc.array(anyQueue, { maxLength: 4 }), fc.boolean(), (raw, freeTier) => {
        const usages = raw.map(queue)
        expect(bill(usages, freeTier)).toBeGreaterThanOrEqual(0)
        expect(bill(usages, true)).toBeLessThanOrEqual(bill(usages, false) + 1e-9)
      }),
    )
  })

  it('never decreases as usage grows, and is continuous across tier boundaries', () => {
    fc.assert(
      fc.property(
        anyQueue,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.boolean(),
        (q, more, freeTier) => {
          const a = bill([queue(q)], freeTier)
          const b = bill([queue({ ...q, requests: q.requests + more })], freeTier)
          expect(b).toBeGreaterThanOrEqual(a - 1e-9 * a)
          expect(b - a).toBeLessThanOrEqual(more * DEAREST + 1e-9 * b)
        },
      ),
    )
  })

  it('splitting a month across queues costs the same as one queue', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2e11, noNaN: true }),
        fc.double({ min: 0, max: 2e11, noNaN: true }),
        fc.boolean(),
        (a, b, freeTier) => {
          const split = bill([usage({ requests: a }), usage({ requests: b })], freeTier)
          expect(split).toBeCloseTo(bill([usage({ requests: a + b })], freeTier), 4)
        },
      ),
    )
  })
})
