import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { apiGatewayBooks } from '../apiGateway/prices'
import { calculateApiGateway, type ApiGatewayInput } from './apiGatewayCalculator'
import type { CalcResult } from './result'

const base: ApiGatewayInput = {
  type: 'http',
  requestsPerMonth: 1_000_000,
  avgRequestKb: 1,
  messagesPerMonth: 0,
  connectionMinutes: 0,
  freeTier: false,
}

function figures<T>(result: CalcResult<T>): T {
  if (!result.ok) throw new Error(result.error)
  return result.value
}

describe('calculateApiGateway', () => {
  it('1M HTTP requests at $1.00 per 1M (the current book’s first tier) = $1.00', () => {
    expect(apiGatewayBooks.current.httpRequests.tiers[0]?.price.usd).toBe(1)
    const f = figures(calculateApiGateway(base))
    expect(f.lines.map((l) => l.formula)).toEqual(['1,000,000 requests × $1.00 per 1M = $1.00'])
    expect(f.total.value).toBe(1)
    expect(f.total.formula).toMatchInlineSnapshot(`"$1.00 (HTTP API requests) = $1.00"`)
  })

  it('the 12-month free tier takes the first 1M HTTP requests', () => {
    expect(figures(calculateApiGateway({ ...base, freeTier: true })).total.value).toBe(0)
  })

  it('5M REST calls = $17.50', () => {
    const f = figures(calculateApiGateway({ ...base, type: 'rest', requestsPerMonth: 5e6 }))
    expect(f.total.value).toBeCloseTo(17.5, 9)
  })

  it('WebSocket chat: 18M messages + 21.6M connection minutes = $23.40; requests left out', () => {
    const f = figures(
      calculateApiGateway({
        ...base,
        type: 'websocket',
        messagesPerMonth: 18e6,
        avgMessageKb: 3,
        connectionMinutes: 21.6e6,
      }),
    )
    expect(f.lines.map((l) => l.item)).toEqual(['WebSocket messages', 'Connection minutes'])
    expect(f.total.value).toBeCloseTo(23.4, 9)
    expect(f.ignored).toEqual(['requestsPerMonth'])
  })

  it('leaves out the WebSocket figures of an HTTP API, and says so', () => {
    const f = figures(calculateApiGateway({ ...base, messagesPerMonth: 5, connectionMinutes: 9 }))
    expect(f.lines).toHaveLength(1)
    expect(f.ignored).toEqual(['messagesPerMonth', 'connectionMinutes'])
  })

  it.each([
    [{ requestsPerMonth: -1 }, 'requestsPerMonth: must be ≥ 0, got -1'],
    [{ avgRequestKb: 20_000 }, "avgRequestKb: must be at most 10,240 KB (API Gateway's 10 MB"],
    [{ avgMessageKb: 129 }, 'avgMessageKb: must be at most 128 KB'],
    [{ messagesPerMonth: Number.NaN }, 'messagesPerMonth: enter a number'],
    [{ connectionMinutes: -Infinity }, 'connectionMinutes: must be a finite number'],
    [{ type: 'graphql' }, 'type: must be one of rest, http, websocket, got "graphql"'],
  ])('refuses %j, naming the field', (change, message) => {
    const result = calculateApiGateway({ ...base, ...change } as ApiGatewayInput)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toContain(message)
      expect(result.error.startsWith(`${result.field}:`)).toBe(true)
    }
  })
})

const anyApi = fc.record({
  type: fc.constantFrom('rest' as const, 'http' as const, 'websocket' as const),
  requestsPerMonth: fc.double({ min: 0, max: 3e10, noNaN: true }),
  avgRequestKb: fc.double({ min: 0, max: 10 * 1024, noNaN: true }),
  messagesPerMonth: fc.double({ min: 0, max: 3e9, noNaN: true }),
  avgMessageKb: fc.double({ min: 0, max: 128, noNaN: true }),
  connectionMinutes: fc.double({ min: 0, max: 1e9, noNaN: true }),
  book: fc.constantFrom('current' as const, '2018' as const),
})

describe('properties', () => {
  it('costs are finite and ≥ 0, and the free tier never raises the bill', () => {
    fc.assert(
      fc.property(anyApi, (api) => {
        const without = figures(calculateApiGateway({ ...api, freeTier: false }))
        const withIt = figures(calculateApiGateway({ ...api, freeTier: true }))
        for (const f of [without, withIt]) {
          expect(Number.isFinite(f.total.value)).toBe(true)
          expect(f.total.value).toBeGreaterThanOrEqual(0)
        }
        expect(withIt.total.value).toBeLessThanOrEqual(without.total.value + 1e-9)
      }),
    )
  })

  it('any number gives figures or a message, never a throw', () => {
    fc.assert(
      fc.property(anyApi, fc.double(), fc.double(), (api, requestsPerMonth, avgRequestKb) => {
        expect(() =>
          calculateApiGateway({ ...api, requestsPerMonth, avgRequestKb, freeTier: true }),
        ).not.toThrow()
      }),
    )
  })
})
