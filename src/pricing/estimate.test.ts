import { describe, expect, it } from 'vitest'
import { estimate } from './estimate'

describe('estimate', () => {
  it('prices every service of a usage description and totals it', () => {
    const result = estimate({
      freeTier: true,
      lambda: [{ name: 'api', requests: 3_000_000, durationMs: 120, memoryMb: 1536 }],
      apiGateway: [{ name: 'rest', type: 'rest', requests: 3_000_000 }],
    })
    if (!result.ok) throw new Error(result.error)
    // AWS's Lambda pricing example 1 ($2.73) plus 2M REST calls past the free tier ($7.00).
    expect(result.bill.services.lambda).toBeCloseTo(2.73, 2)
    expect(result.bill.services.apiGateway).toBeCloseTo(7, 6)
    expect(result.bill.total).toBeCloseTo(9.73, 2)
    expect(result.bill.lines.every((line) => line.formula.length > 0)).toBe(true)
  })

  it('applies the documented defaults: current book, free tier on, 730 hours', () => {
    const result = estimate({})
    expect(result).toMatchObject({
      ok: true,
      bill: { total: 0, settings: { priceBook: 'current', freeTier: true, hoursPerMonth: 730 } },
    })
  })

  it('the free-tier switch changes the bill', () => {
    const usage = { lambda: [{ requests: 500_000, durationMs: 100, memoryMb: 128 }] }
    const on = estimate({ ...usage, freeTier: true })
    const off = estimate({ ...usage, freeTier: false })
    expect(on.ok && on.bill.total).toBe(0)
    expect(off.ok && off.bill.total).toBeGreaterThan(0)
  })

  it.each([
    [[], 'the usage must be a JSON object'],
    [{ lamda: [] }, 'unknown field "lamda"'],
    [{ priceBook: '2019' }, '"priceBook" must be one of current, 2018'],
    [{ freeTier: 'yes' }, '"freeTier" must be true or false'],
    [{ hoursPerMonth: 0 }, '"hoursPerMonth" must be a number of hours'],
    [{ lambda: {} }, '"lambda" must be a list'],
    [{ lambda: [{ requests: -1 }] }, 'lambda[0]:'],
    [{ priceBook: '2018', lambda: [{ memoryMb: 4096 }] }, 'outside the 2018 price book'],
  ])('refuses %j naming the problem', (input, message) => {
    const result = estimate(input)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toContain(message)
  })
})
