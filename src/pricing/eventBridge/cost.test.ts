import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sumCosts } from '../lineItem'
import { eventBridgeCost } from './cost'
import { eventBridgeBooks } from './prices'
import { withDefaults, type EventBridgeUsage } from './usage'

const prices = eventBridgeBooks.current
const cents = (usd: number): number => Math.round(usd * 100) / 100

function usage(raw: Record<string, unknown>): EventBridgeUsage {
  const checked = withDefaults(raw)
  if (!checked.ok) throw new Error(checked.error)
  return checked.usage
}
const bill = (usages: EventBridgeUsage[], freeTier: boolean): number =>
  sumCosts(eventBridgeCost(usages, prices, { freeTier, hoursPerMonth: 730 }))

// aws-pricing.md §4 (PL, EB-SEC): $1.00 per million custom events, 64 KB chunks, no free tier.
describe('EventBridge custom events (PL, EB-SEC)', () => {
  it('5M custom events × $1.00 per 1M = $5.00, with or without the free tier', () => {
    for (const freeTier of [false, true]) {
      const lines = eventBridgeCost([usage({ events: 5e6 })], prices, {
        freeTier,
        hoursPerMonth: 730,
      })
      expect(cents(sumCosts(lines))).toBe(5)
      expect(lines[0]?.formula).toBe('5,000,000 events × $1.00 per 1M = $5.00')
    }
  })

  it('each 64 KB chunk counts as one event: a 256 KB event counts as 4', () => {
    const [line] = eventBridgeCost([usage({ events: 1e6, avgEventKb: 256 })], prices, {
      freeTier: false,
      hoursPerMonth: 730,
    })
    expect(line?.quantity).toBe(4e6)
    expect(line?.formula).toBe(
      '1,000,000 events × 4 (256 KB in 64 KB chunks) = 4,000,000 events × $1.00 per 1M = $4.00',
    )
  })
})

describe('usage validation', () => {
  it('fills every default', () => {
    expect(withDefaults({})).toEqual({ ok: true, usage: { name: 'bus', events: 0, avgEventKb: 1 } })
  })

  it.each([
    [{ events: null }, 'eventBridge.events: must be a number ≥ 0, got null'],
    [{ avgEventKb: 2000 }, 'eventBridge.avgEventKb: must be at most 1024'],
    [{ rules: 2 }, 'eventBridge.rules: unknown field'],
  ])('refuses %j', (raw, message) => {
    const checked = withDefaults(raw)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.error).toContain(message)
  })
})

const anyBus = fc.record({
  events: fc.double({ min: 0, max: 1e10, noNaN: true }),
  avgEventKb: fc.double({ min: 0, max: 1024, noNaN: true }),
})
const bus = (b: Omit<EventBridgeUsage, 'name'>): EventBridgeUsage => ({ name: 'bus', ...b })

describe('properties', () => {
  it('never negative, and the free tier never takes more than the bill', () => {
    fc.assert(
      fc.property(fc.array(anyBus, { maxLength: 4 }), fc.boolean(), (raw, freeTier) => {
        const usages = raw.map(bus)
        expect(bill(usages, freeTier)).toBeGreaterThanOrEqual(0)
        expect(bill(usages, true)).toBeLessThanOrEqual(bill(usages, false) + 1e-9)
      }),
    )
  })

  it('never decreases as usage grows, and is continuous', () => {
    fc.assert(
      fc.property(anyBus, fc.double({ min: 0, max: 1e6, noNaN: true }), (b, more) => {
        const a = bill([bus(b)], false)
        const after = bill([bus({ ...b, events: b.events + more })], false)
        expect(after).toBeGreaterThanOrEqual(a - 1e-9 * a)
        // The dearest event: 16 chunks of a 1 MB event at $1.00 per 1M.
        // 1e-300 absorbs rounding among subnormal numbers.
        expect(after - a).toBeLessThanOrEqual(more * 16e-6 + 1e-9 * after + 1e-300)
      }),
    )
  })
})
