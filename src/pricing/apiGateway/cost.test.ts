import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sumCosts, type LineItem } from '../lineItem'
import { apiGatewayCost } from './cost'
import { apiGatewayBooks } from './prices'
import { withDefaults, type ApiGatewayUsage } from './usage'

const prices = apiGatewayBooks.current
const noFree = { freeTier: false, hoursPerMonth: 730 }
const withFree = { freeTier: true, hoursPerMonth: 730 }

function usage(raw: Record<string, unknown>): ApiGatewayUsage {
  const checked = withDefaults(raw)
  if (!checked.ok) throw new Error(checked.error)
  return checked.usage
}

/** AWS rounds each displayed line item to cents and adds the rounded lines. */
const cents = (usd: number): number => Math.round(usd * 100) / 100
const billInCents = (lines: readonly LineItem[]): number =>
  cents(lines.reduce((total, line) => total + cents(line.cost), 0))

// The worked examples of the API Gateway pricing page (AG-PAGE, 2025-11-02). They ignore the
// 12-month free tier (aws-pricing.md §6), so they run with it off. Data transfer out is not an
// API Gateway charge of this engine, so only the API call charges are reproduced.
describe('AWS API Gateway pricing page examples (AG-PAGE)', () => {
  it('HTTP example 1: 432M requests = $418.80', () => {
    // 10,000 page loads a minute for a 30-day month, 12 KB requests.
    const lines = apiGatewayCost(
      [usage({ type: 'http', requests: 10_000 * 60 * 24 * 30, avgRequestKb: 12 })],
      prices,
      noFree,
    )
    expect(lines).toHaveLength(1)
    expect(lines[0]?.quantity).toBe(432_000_000)
    expect(billInCents(lines)).toBe(418.8)
    expect(lines[0]?.formula).toBe(
      '432,000,000 requests: 300,000,000 × $1.00 per 1M + 132,000,000 × $0.90 per 1M = $418.80',
    )
  })

  it('HTTP example 2: 4.5 MB uploads, 25 a minute = 9,720,000 requests = $9.72', () => {
    const lines = apiGatewayCost(
      [usage({ type: 'http', requests: 25 * 60 * 24 * 30, avgRequestKb: 4.5 * 1024 })],
      prices,
      noFree,
    )
    expect(lines[0]?.quantity).toBe(9_720_000)
    expect(billInCents(lines)).toBe(9.72)
    expect(lines[0]?.formula).toBe(
      '1,080,000 calls × 9 (4,608 KB in 512 KB increments) = 9,720,000 requests × $1.00 per 1M = $9.72',
    )
  })

  it('REST (edge-optimized or regional) 5M calls: API call charges = $17.50', () => {
    const lines = apiGatewayCost([usage({ type: 'rest', requests: 5_000_000 })], prices, noFree)
    expect(billInCents(lines)).toBe(17.5)
    expect(lines[0]?.formula).toBe('5,000,000 requests × $3.50 per 1M = $17.50')
  })

  it('REST 15B calls: API call charges = $36,353.10', () => {
    const lines = apiGatewayCost([usage({ type: 'rest', requests: 15e9 })], prices, noFree)
    expect(billInCents(lines)).toBe(36_353.1)
    expect(lines[0]?.formula).toBe(
      '15,000,000,000 requests: 333,000,000 × $3.50 per 1M + 667,000,000 × $2.80 per 1M + 14,000,000,000 × $2.38 per 1M = $36,353.10',
    )
  })

  it('Private REST API 5M calls: API Gateway charges = $17.50', () => {
    const lines = apiGatewayCost([usage({ type: 'rest', requests: 5_000_000 })], prices, noFree)
    expect(billInCents(lines)).toBe(17.5)
  })

  it('Caching: a 1.6 GB cache for 24 hours = $0.912 a day', () => {
    const lines = apiGatewayCost(
      [usage({ type: 'rest', cacheSizeGb: 1.6, cacheHours: 24 })],
      prices,
      withFree, // caching is not in the free tier, so the setting must not matter
    )
    const cache = lines.find((l) => l.item.startsWith('Cache'))
    expect(cache?.cost).toBeCloseTo(0.912, 10)
    expect(cache?.formula).toBe(
      '24 hours × $0.038 per hour (1.6 GB cache, not in the free tier) = $0.91',
    )
  })

  it('WebSocket chat: 18M messages + 21.6M connection minutes = $23.40', () => {
    const lines = apiGatewayCost(
      [
        usage({
          type: 'websocket',
          messages: (100 + 500) * 1000 * 30,
          avgMessageKb: 3,
          connectionMinutes: 1000 * 12 * 60 * 30,
        }),
      ],
      prices,
      noFree,
    )
    expect(lines.map((l) => cents(l.cost))).toEqual([18, 5.4])
    expect(billInCents(lines)).toBe(23.4)
  })
})

describe('metering', () => {
  it('a 33 KB WebSocket message is metered as two messages (AG-PAGE)', () => {
    const [line] = apiGatewayCost(
      [usage({ type: 'websocket', messages: 1, avgMessageKb: 33 })],
      prices,
      noFree,
    )
    expect(line?.quantity).toBe(2)
  })

  it('a 1.2 MB HTTP request counts as 3 (512 KB increments)', () => {
    const [line] = apiGatewayCost(
      [usage({ type: 'http', requests: 1, avgRequestKb: 1.2 * 1024 })],
      prices,
      noFree,
    )
    expect(line?.quantity).toBe(3)
  })

  it('a cache runs the whole month unless cacheHours says otherwise', () => {
    const [, cache] = apiGatewayCost([usage({ cacheSizeGb: 0.5 })], prices, noFree)
    expect(cache?.quantity).toBe(730)
    expect(cache?.cost).toBeCloseTo(730 * 0.02, 10)
  })
})

describe('free tier (12-month offer)', () => {
  it('takes the first 1M REST calls of the account, shared by every REST API', () => {
    const lines = apiGatewayCost(
      [usage({ name: 'a', requests: 600_000 }), usage({ name: 'b', requests: 900_000 })],
      prices,
      withFree,
    )
    expect(lines.map((l) => l.quantity)).toEqual([0, 500_000])
    expect(sumCosts(lines)).toBeCloseTo(1.75, 10)
    expect(lines[1]?.formula).toBe(
      '900,000 requests − 400,000 free (12-month free tier) = 500,000 requests × $3.50 per 1M = $1.75',
    )
  })

  it('gives REST, HTTP, messages and connection minutes their own allowances', () => {
    const lines = apiGatewayCost(
      [
        usage({ type: 'rest', requests: 1_000_000 }),
        usage({ type: 'http', requests: 1_000_000 }),
        usage({ type: 'websocket', messages: 1_000_000, connectionMinutes: 750_000 }),
      ],
      prices,
      withFree,
    )
    expect(sumCosts(lines)).toBe(0)
  })
})

describe('usage validation', () => {
  it('fills every default', () => {
    expect(withDefaults({})).toEqual({
      ok: true,
      usage: {
        name: 'api',
        type: 'rest',
        requests: 0,
        avgRequestKb: 1,
        messages: 0,
        avgMessageKb: 1,
        connectionMinutes: 0,
        cacheSizeGb: 0,
        cacheHours: null,
      },
    })
  })

  it.each([
    [{ requests: '5' }, 'apiGateway.requests: must be a number ≥ 0, got "5"'],
    [{ requests: -1 }, 'apiGateway.requests: must be a number ≥ 0, got -1'],
    [{ type: 'graphql' }, 'apiGateway.type: must be one of rest, http, websocket, got "graphql"'],
    [{ rps: 3 }, 'apiGateway.rps: unknown field'],
    [{ cacheSizeGb: 1.5 }, 'the 1.6 GB cache'],
    [{ type: 'http', cacheSizeGb: 0.5 }, 'apiGateway.cacheSizeGb: applies to REST APIs only'],
    [{ cacheHours: 5 }, 'apiGateway.cacheHours: set without a cacheSizeGb'],
    [{ type: 'websocket', avgMessageKb: 200 }, 'apiGateway.avgMessageKb: must be at most 128'],
    [{ type: 'rest', messages: 10 }, 'apiGateway.messages: applies to WebSocket APIs only'],
    [[], 'apiGateway: each entry must be an object, got an array'],
  ])('refuses %j', (raw, message) => {
    const checked = withDefaults(raw)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.error).toContain(message)
  })
})

const anyUsage = fc.record({
  type: fc.constantFrom('rest' as const, 'http' as const, 'websocket' as const),
  requests: fc.double({ min: 0, max: 3e10, noNaN: true }),
  avgRequestKb: fc.double({ min: 0, max: 10 * 1024, noNaN: true }),
  messages: fc.double({ min: 0, max: 3e9, noNaN: true }),
  avgMessageKb: fc.double({ min: 0, max: 128, noNaN: true }),
  connectionMinutes: fc.double({ min: 0, max: 1e9, noNaN: true }),
})
type RawUsage = typeof anyUsage extends fc.Arbitrary<infer T> ? T : never
const toUsage = (u: RawUsage, name = 'api'): ApiGatewayUsage => ({
  name,
  type: u.type,
  requests: u.type === 'websocket' ? 0 : u.requests,
  avgRequestKb: u.avgRequestKb,
  messages: u.type === 'websocket' ? u.messages : 0,
  avgMessageKb: u.avgMessageKb,
  connectionMinutes: u.type === 'websocket' ? u.connectionMinutes : 0,
  cacheSizeGb: 0,
  cacheHours: null,
})
const bill = (usages: ApiGatewayUsage[], freeTier: boolean): number =>
  sumCosts(apiGatewayCost(usages, prices, { freeTier, hoursPerMonth: 730 }))
/** The dearest price of any unit: a REST call at $3.50 per 1M, 20 increments of a 10 MB call. */
const DEAREST = 3.5e-6 * 20

describe('properties', () => {
  it('never negative, and the free tier never takes more than the bill', () => {
    fc.assert(
      fc.property(fc.array(anyUsage, { maxLength: 4 }), fc.boolean(), (raw, freeTier) => {
        const usages = raw.map((u, i) => toUsage(u, `api${i}`))
        const withIt = bill(usages, true)
        expect(bill(usages, freeTier)).toBeGreaterThanOrEqual(0)
        expect(withIt).toBeLessThanOrEqual(bill(usages, false) + 1e-9)
      }),
    )
  })

  it('never decreases as usage grows, and is continuous across tier boundaries', () => {
    fc.assert(
      fc.property(
        anyUsage,
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.boolean(),
        (raw, more, freeTier) => {
          const before = toUsage(raw)
          const after = {
            ...before,
            requests: before.requests > 0 ? before.requests + more : 0,
            messages: before.messages > 0 ? before.messages + more : 0,
            connectionMinutes: before.connectionMinutes + (before.type === 'websocket' ? more : 0),
          }
          const a = bill([before], freeTier)
          const b = bill([after], freeTier)
          expect(b).toBeGreaterThanOrEqual(a - 1e-9 * a)
          // Two units' worth of tolerance per unit: no cliff can hide in it.
          expect(b - a).toBeLessThanOrEqual(more * DEAREST * 2 + 1e-9 * b)
        },
      ),
    )
  })

  it('right at each REST tier boundary, one more call costs one call', () => {
    for (const boundary of [333e6, 1e9, 20e9]) {
      const at = bill([usage({ requests: boundary })], false)
      const above = bill([usage({ requests: boundary + 1 })], false)
      expect(above - at).toBeGreaterThan(0)
      expect(above - at).toBeLessThanOrEqual(3.5e-6 + 1e-9)
    }
  })

  it('splitting a month across APIs costs the same as one API', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2e10, noNaN: true }),
        fc.double({ min: 0, max: 2e10, noNaN: true }),
        fc.boolean(),
        (a, b, freeTier) => {
          const split = bill([usage({ requests: a }), usage({ requests: b })], freeTier)
          const one = bill([usage({ requests: a + b })], freeTier)
          expect(split).toBeCloseTo(one, 4)
        },
      ),
    )
  })

  it('the 2018 book prices every usage', () => {
    const lines = apiGatewayCost([usage({ requests: 5e6 })], apiGatewayBooks['2018'], noFree)
    expect(billInCents(lines)).toBe(17.5)
  })
})
