import { describe, expect, it } from 'vitest'
import { invocationsPerMonth } from './schedule'

describe('invocationsPerMonth', () => {
  it('counts rate expressions over a 730-hour month', () => {
    expect(invocationsPerMonth('rate(1 minute)')).toBe(43_800)
    expect(invocationsPerMonth('rate(5 minutes)')).toBe(8_760)
    expect(invocationsPerMonth('rate(2 hours)')).toBe(365)
    expect(invocationsPerMonth('rate(1 day)')).toBeCloseTo(30.42, 2)
  })

  it('estimates cron expressions', () => {
    expect(invocationsPerMonth('cron(* * * * ? *)')).toBe(43_800)
    expect(invocationsPerMonth('cron(0 12 * * ? *)')).toBeCloseTo(30.42, 2)
    expect(invocationsPerMonth('cron(0/15 * ? * MON-FRI *)')).toBeCloseTo(
      4 * 24 * (5 / 7) * 30.42,
      0,
    )
    expect(invocationsPerMonth('cron(0 8 1 * ? *)')).toBe(1)
    expect(invocationsPerMonth('cron(0 8 1 JAN ? *)')).toBeCloseTo(1 / 12, 5)
  })

  it('gives up on what it cannot read', () => {
    expect(invocationsPerMonth('rate(0 minutes)')).toBeUndefined()
    expect(invocationsPerMonth('every five minutes')).toBeUndefined()
    expect(invocationsPerMonth('cron(1 2 3)')).toBeUndefined()
    expect(invocationsPerMonth('cron(99 * * * ? *)')).toBeUndefined()
  })
})
