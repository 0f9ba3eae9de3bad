import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { estimate } from '../estimate'
import { freeTierUse, type AllowanceUse } from './freeTierUse'

function allowances(usage: object): AllowanceUse[] {
  const result = freeTierUse(usage)
  if (!result.ok) throw new Error(result.error)
  return [...result.allowances]
}

const byName = (list: readonly AllowanceUse[], name: string) => {
  const found = list.find((a) => a.allowance === name)
  if (!found) throw new Error(`no allowance ${name}`)
  return found
}

describe('freeTierUse', () => {
  // 2M requests of 100 ms at 128 MB: 25,000 GB-s, all within the 400,000 free.
  const lambda = [{ name: 'api', requests: 2_000_000, durationMs: 100, memoryMb: 128 }]

  it('takes the whole request allowance and part of the compute allowance', () => {
    const list = allowances({ lambda })
    expect(byName(list, 'Lambda requests')).toMatchObject({
      limit: 1_000_000,
      demand: 2_000_000,
      used: 1_000_000,
      term: 'always',
    })
    expect(byName(list, 'Lambda requests').savedUsd).toBeCloseTo(0.2, 12)
    expect(byName(list, 'Lambda compute')).toMatchObject({ limit: 400_000, used: 25_000 })
    expect(byName(list, 'Lambda requests').formula).toBe(
      'min(2,000,000 requests used, 1,000,000 free) = 1,000,000 requests (100 % of the allowance), saving $0.20',
    )
  })

  it('reports the same with the usage’s free tier off: what it would cover', () => {
    expect(allowances({ lambda, freeTier: false })).toEqual(allowances({ lambda }))
  })

  it('marks the 12-month offers and sizes provisioned capacity by the hours of the month', () => {
    const list = allowances({
      apiGateway: [{ name: 'api', type: 'rest', requests: 300_000 }],
      dynamodb: [{ name: 't', mode: 'provisioned', rcu: 10, wcu: 40, storageGb: 30 }],
      hoursPerMonth: 720,
    })
    expect(byName(list, 'REST API calls')).toMatchObject({ used: 300_000, term: '12-month' })
    expect(byName(list, 'DynamoDB provisioned reads')).toMatchObject({
      limit: 25 * 720,
      demand: 10 * 720,
      used: 10 * 720,
    })
    expect(byName(list, 'DynamoDB provisioned writes')).toMatchObject({ used: 25 * 720 })
    expect(byName(list, 'DynamoDB storage')).toMatchObject({ demand: 30, used: 25 })
    // On-demand requests have no free tier, so nothing else is listed.
    expect(list.map((a) => a.allowance)).toEqual([
      'REST API calls',
      'DynamoDB provisioned reads',
      'DynamoDB provisioned writes',
      'DynamoDB storage',
    ])
  })

  it('passes on what the usage cannot be priced for', () => {
    expect(freeTierUse({ lambda: [{ name: 'f', memoryMb: 'big' }] })).toEqual({
      ok: false,
      error: expect.stringContaining('memoryMb'),
    })
  })

  it('never uses more than the allowance or the demand, and saves what the bills differ by', () => {
    fc.assert(
      fc.property(
        fc.nat(5_000_000),
        fc.integer({ min: 1, max: 3000 }),
        fc.nat(3_000_000),
        fc.nat(40),
        (requests, durationMs, sqsRequests, storageGb) => {
          const usage = {
            lambda: [{ name: 'f', requests, durationMs, memoryMb: 1024 }],
            sqs: [{ name: 'q', requests: sqsRequests }],
            dynamodb: [{ name: 't', storageGb }],
          }
          const list = allowances(usage)
          for (const a of list) {
            expect(a.used).toBeLessThanOrEqual(a.limit)
            expect(a.used).toBeLessThanOrEqual(a.demand)
            expect(a.used).toBeGreaterThanOrEqual(0)
          }
          const on = estimate({ ...usage, freeTier: true })
          const off = estimate({ ...usage, freeTier: false })
          if (!on.ok || !off.ok) throw new Error('not priced')
          const saved = list.reduce((total, a) => total + a.savedUsd, 0)
          expect(saved).toBeCloseTo(off.bill.total - on.bill.total, 9)
        },
      ),
    )
  })
})
