import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { apiGatewayBooks } from '../apiGateway/prices'
import { estimate } from '../estimate'
import { lambdaBooks } from '../lambda/prices'
import { s3Books } from '../s3/prices'
import { SERVICE_PRICING } from '../services'
import { sqsBooks } from '../sqs/prices'
import { PROJECTED_SERVICE_KEYS, projectBill, type ProjectionResult } from './projection'
import { hasTwelveMonthOffers, withoutTwelveMonthOffers } from './twelveMonthOffers'

/** Within the free tiers except Lambda duration and DynamoDB writes; API Gateway and S3 12-month. */
const usage = {
  lambda: [{ name: 'api', requests: 800_000, durationMs: 120, memoryMb: 1536 }],
  apiGateway: [{ name: 'rest', type: 'rest', requests: 800_000 }],
  dynamodb: [{ name: 'orders', reads: 2_000_000, writes: 1_000_000, storageGb: 2 }],
  s3: [{ name: 'assets', puts: 1_500, gets: 15_000, storageGb: 4 }],
  sqs: [{ name: 'jobs', requests: 3_000_000 }],
}

function rowsOf(result: ProjectionResult) {
  if (!result.ok) throw new Error(result.error)
  return result.rows
}

describe('12-month offers', () => {
  it('API Gateway and S3 mark theirs; removing them zeroes only those', () => {
    const ag = withoutTwelveMonthOffers(apiGatewayBooks.current)
    expect(Object.values(ag.free).map((a) => a.units)).toEqual([0, 0, 0, 0])
    expect(ag.restRequests).toBe(apiGatewayBooks.current.restRequests)
    expect(withoutTwelveMonthOffers(s3Books.current).free.gets).toEqual({
      units: 0,
      term: '12-month',
    })
    expect(apiGatewayBooks.current.free.restRequests.units).toBe(1_000_000)
  })
  it('always-free books are left as they are', () => {
    expect(withoutTwelveMonthOffers(sqsBooks.current)).toBe(sqsBooks.current)
    expect(hasTwelveMonthOffers(lambdaBooks.current)).toBe(false)
    expect(hasTwelveMonthOffers(s3Books.current)).toBe(true)
  })
})

describe('12-month projection', () => {
  it('prices the same services as estimate, in the same order', () => {
    expect(PROJECTED_SERVICE_KEYS).toEqual(SERVICE_PRICING.map((s) => s.key))
  })

  it('month 1 is the estimate, total and per service', () => {
    const bill = estimate(usage)
    if (!bill.ok) throw new Error(bill.error)
    const rows = rowsOf(projectBill(usage, { monthlyGrowth: 0.2 }))
    expect(rows).toHaveLength(12)
    expect(rows[0]?.total).toBe(bill.bill.total)
    expect(rows[0]?.byService).toEqual(bill.bill.services)
    expect(rows[0]).toMatchObject({ month: 1, growthFactor: 1, twelveMonthOffers: 'active' })
  })

  it('growth compounds: without free tier or tier changes, month m is month 1 × 1.1^(m − 1)', () => {
    const rows = rowsOf(projectBill({ ...usage, freeTier: false }, { monthlyGrowth: 0.1 }))
    const first = rows[0]?.total ?? NaN
    rows.forEach((row, i) => {
      expect(row.growthFactor).toBeCloseTo(1.1 ** i, 12)
      expect(row.total).toBeCloseTo(first * 1.1 ** i, 9)
      expect(row.twelveMonthOffers).toBe('off')
    })
  })

  it('the 12-month offers end when the account turns one: API Gateway and S3 cost more from then on', () => {
    const rows = rowsOf(projectBill(usage, { accountAgeMonths: 6 }))
    expect(rows.map((r) => r.twelveMonthOffers)).toEqual([
      ...Array<string>(6).fill('active'),
      ...Array<string>(6).fill('expired'),
    ])
    const [month6, month7] = [rows[5], rows[6]]
    expect(month6?.byService.apiGateway).toBe(0)
    // 800,000 REST calls × $3.50 per 1M, no longer free.
    expect(month7?.byService.apiGateway).toBeCloseTo(2.8, 10)
    // 1,500 PUT × $0.005 per 1,000 + 15,000 GET × $0.0004 per 1,000 + 4 GB × $0.023.
    expect(month7?.byService.s3).toBeCloseTo(0.0075 + 0.006 + 0.092, 10)
    expect(month7?.total ?? 0).toBeGreaterThan(month6?.total ?? Infinity)
    // Always-free allowances stay: Lambda, DynamoDB and SQS do not change.
    for (const service of ['lambda', 'dynamodb', 'sqs'] as const) {
      expect(month7?.byService[service]).toBe(month6?.byService[service])
    }
    expect(projectBill(usage, { accountAgeMonths: 6 })).toMatchObject({
      explanation: expect.stringContaining('the 12-month free offers end after month 6'),
    })
  })

  it('an account past its first year never has the 12-month offers', () => {
    const rows = rowsOf(projectBill(usage, { accountAgeMonths: 12 }))
    expect(rows.every((r) => r.twelveMonthOffers === 'expired')).toBe(true)
    const bill = estimate({ ...usage })
    expect(rows[0]?.total ?? 0).toBeGreaterThan(bill.ok ? bill.bill.total : Infinity)
  })

  it('reports the problem in the usage or the options', () => {
    expect(projectBill({ lambda: [{ requests: -1 }] })).toMatchObject({
      ok: false,
      error: expect.stringContaining('lambda[0]'),
    })
    expect(projectBill(usage, { monthlyGrowth: -1 })).toMatchObject({ ok: false })
    expect(projectBill(usage, { accountAgeMonths: 1.5 })).toMatchObject({ ok: false })
  })

  it('with growth ≥ 0 the bill never goes down from one month to the next', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.integer({ min: 0, max: 24 }),
        fc.boolean(),
        (growth, age, freeTier) => {
          const rows = rowsOf(
            projectBill({ ...usage, freeTier }, { monthlyGrowth: growth, accountAgeMonths: age }),
          )
          rows.slice(1).forEach((row, i) => {
            expect(row.total).toBeGreaterThanOrEqual((rows[i]?.total ?? Infinity) * (1 - 1e-12))
          })
        },
      ),
      { numRuns: 40 },
    )
  })
})
