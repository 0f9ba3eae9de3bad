import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { READ_CONSISTENCIES } from '../capacity/units'
import { formatUsd, sumCosts, type LineItem } from '../lineItem'
import { dynamodbCost } from './cost'
import { dynamodbBooks } from './prices'
import { withDefaults, type DynamodbUsage } from './usage'

// AWS's DynamoDB pricing-page worked examples were not retrieved (aws-pricing.md §7), so these
// reproduce the worked figures the pricing facts do state (§3.1, §3.2, §5), to the cent.

const current = dynamodbBooks.current
const book2018 = dynamodbBooks['2018']
const noFree = { freeTier: false, hoursPerMonth: 730 }
const withFree = { freeTier: true, hoursPerMonth: 730 }

function table(fields: Record<string, unknown>): DynamodbUsage {
  const result = withDefaults(fields)
  if (!result.ok) throw new Error(result.error)
  return result.usage
}

/** The total as AWS shows it: the sum of line items each rounded to cents. */
function billed(lines: readonly LineItem[]): string {
  const cents = lines.reduce((total, line) => total + Math.round(line.cost * 100), 0)
  return formatUsd(cents / 100)
}

describe('DynamoDB worked examples (aws-pricing.md)', () => {
  it('on-demand, 1M writes and 1M reads of 1 KB (strong): $0.75 now, $1.50 in 2018 — the Nov 2024 cut of exactly 50% (§3.1, PL / DDB-2023)', () => {
    const usage = [table({ writes: 1e6, reads: 1e6, readConsistency: 'strong' })]
    const now = dynamodbCost(usage, current, noFree)
    expect(now.map((l) => l.formula)).toEqual([
      '1,000,000 writes × 1 WRU (1 KB, standard) = 1,000,000 WRU × $0.625 per 1M WRU = $0.63',
      '1,000,000 reads × 1 RRU (1 KB, strong) = 1,000,000 RRU × $0.125 per 1M RRU = $0.13',
    ])
    expect(sumCosts(now)).toBe(0.75)
    expect(sumCosts(dynamodbCost(usage, book2018, noFree))).toBe(1.5)
    expect(formatUsd(sumCosts(dynamodbCost(usage, book2018, noFree)))).toBe('$1.50')
  })

  it('on-demand requests have no free tier: the same bill with the free tier on (§3.1)', () => {
    const usage = [table({ writes: 1e6, reads: 1e6 })]
    expect(sumCosts(dynamodbCost(usage, current, withFree))).toBe(
      sumCosts(dynamodbCost(usage, current, noFree)),
    )
  })

  it('an 8 KB item read 1M times: 1M RRU eventual $0.13, 2M strong $0.25, 4M transactional $0.50 (§3.2)', () => {
    const cost = (readConsistency: string) =>
      dynamodbCost([table({ reads: 1e6, itemSizeKb: 8, readConsistency })], current, noFree)
    const readLine = (lines: LineItem[]) => lines.find((l) => l.item === 'Read request units')
    expect(readLine(cost('eventual'))?.quantity).toBe(1e6)
    expect(readLine(cost('strong'))?.quantity).toBe(2e6)
    expect(readLine(cost('transactional'))?.quantity).toBe(4e6)
    expect(formatUsd(readLine(cost('eventual'))?.cost ?? NaN)).toBe('$0.13')
    expect(formatUsd(readLine(cost('strong'))?.cost ?? NaN)).toBe('$0.25')
    expect(formatUsd(readLine(cost('transactional'))?.cost ?? NaN)).toBe('$0.50')
  })

  it('a 3 KB item written 1M times: 3M WRU $1.88, 6M WRU in transactions $3.75 (§3.2)', () => {
    const standard = dynamodbCost([table({ writes: 1e6, itemSizeKb: 3 })], current, noFree)
    expect(standard[0]?.formula).toBe(
      '1,000,000 writes × 3 WRU (3 KB, standard) = 3,000,000 WRU × $0.625 per 1M WRU = $1.88',
    )
    expect(standard[0]?.cost).toBe(1.875)
    const transactional = dynamodbCost(
      [table({ writes: 1e6, itemSizeKb: 3, transactionalWrites: true })],
      current,
      noFree,
    )
    expect(transactional[0]?.quantity).toBe(6e6)
    expect(formatUsd(transactional[0]?.cost ?? NaN)).toBe('$3.75')
  })

  it('GSI writes are standard writes of the projected item, not doubled by transactions (§3.2, DDB-RULES)', () => {
    const lines = dynamodbCost(
      [
        table({
          writes: 1e6,
          itemSizeKb: 3,
          transactionalWrites: true,
          gsiCount: 2,
          gsiItemSizeKb: 1,
        }),
      ],
      current,
      noFree,
    )
    const gsi = lines.find((l) => l.item === 'GSI write request units')
    expect(gsi?.quantity).toBe(2e6)
    expect(gsi?.formula).toBe(
      '1,000,000 writes × 2 GSIs × 1 WRU (1 KB projected) = 2,000,000 WRU × $0.625 per 1M WRU = $1.25',
    )
    expect(billed(lines)).toBe('$5.00')
  })

  it('provisioned at the c. 2013 price: 10 WCU and 50 RCU for an hour cost $0.0065 each (§5, DDB-LEGACY)', () => {
    const lines = dynamodbCost([table({ mode: 'provisioned', wcu: 10, rcu: 50 })], current, {
      freeTier: false,
      hoursPerMonth: 1,
    })
    expect(lines.map((l) => l.formula)).toEqual([
      '10 WCU × 1 h = 10 WCU-hours × $0.00065 per WCU-hour = $0.0065',
      '50 RCU × 1 h = 50 RCU-hours × $0.00013 per RCU-hour = $0.0065',
    ])
    expect(sumCosts(lines)).toBeCloseTo(0.013, 12)
  })

  it('the free tier covers 0–18,600 RCU-hours = 25 RCU × 744 h: 25 RCU and 25 WCU all month cost $0.00 (§3.1, PL)', () => {
    const lines = dynamodbCost([table({ mode: 'provisioned', wcu: 25, rcu: 25 })], current, {
      freeTier: true,
      hoursPerMonth: 744,
    })
    expect(lines[1]?.formula).toBe(
      '25 RCU × 744 h = 18,600 RCU-hours − 18,600 free (25 RCU × 744 h a month, account-wide) = 0 RCU-hours × $0.00013 per RCU-hour = $0.00',
    )
    expect(sumCosts(lines)).toBe(0)
  })

  it('the provisioned free tier is account-wide: two tables of 25 RCU pay for 25 (730 h: 18,250 RCU-hours, $2.37)', () => {
    const lines = dynamodbCost(
      [
        table({ name: 'orders', mode: 'provisioned', rcu: 25, wcu: 1 }),
        table({ name: 'users', mode: 'provisioned', rcu: 25, wcu: 1 }),
      ],
      current,
      withFree,
    )
    const reads = lines.filter((l) => l.item === 'Provisioned read capacity')
    expect(reads.map((l) => l.quantity)).toEqual([0, 18250])
    expect(formatUsd(sumCosts(reads))).toBe('$2.37')
    expect(sumCosts(lines.filter((l) => l.item === 'Provisioned write capacity'))).toBe(0)
  })

  it('storage: first 25 GB-month free, then $0.25 — 30 GB costs $1.25, $7.50 without the free tier (§3.1)', () => {
    const usage = [table({ storageGb: 30 })]
    const storage = (options: typeof noFree) =>
      dynamodbCost(usage, current, options).find((l) => l.item === 'Storage')
    expect(storage(withFree)?.formula).toBe(
      '30 GB-month − 25 free (25 GB a month, account-wide) = 5 GB-month × $0.25 per GB-month = $1.25',
    )
    expect(storage(noFree)?.cost).toBe(7.5)
  })

  it('streams: first 2.5M read request units free, then $0.02 per 100,000 — 3.5M cost $0.20 (§3.1, DDB-2023)', () => {
    const lines = dynamodbCost([table({ streamReads: 3.5e6 })], current, withFree)
    const streams = lines.find((l) => l.item === 'Streams read request units')
    expect(streams?.quantity).toBe(1e6)
    expect(formatUsd(streams?.cost ?? NaN)).toBe('$0.20')
  })
})

describe('DynamoDB cost properties', () => {
  const usageArb = fc.record({
    mode: fc.constantFrom('on-demand', 'provisioned'),
    reads: fc.double({ min: 0, max: 1e10, noNaN: true }),
    writes: fc.double({ min: 0, max: 1e10, noNaN: true }),
    itemSizeKb: fc.double({ min: 0.01, max: 400, noNaN: true }),
    readConsistency: fc.constantFrom(...READ_CONSISTENCIES),
    transactionalWrites: fc.boolean(),
    gsiCount: fc.integer({ min: 0, max: 20 }),
    rcu: fc.integer({ min: 1, max: 1e5 }),
    wcu: fc.integer({ min: 1, max: 1e5 }),
    storageGb: fc.double({ min: 0, max: 1e5, noNaN: true }),
    streamReads: fc.double({ min: 0, max: 1e10, noNaN: true }),
  })
  const growable = [
    'reads',
    'writes',
    'rcu',
    'wcu',
    'storageGb',
    'streamReads',
    'gsiCount',
  ] as const
  const book = fc.constantFrom(current, book2018)
  const options = fc.record({
    freeTier: fc.boolean(),
    hoursPerMonth: fc.constantFrom(672, 730, 744),
  })
  const total = (usages: Record<string, unknown>[], prices = current, opts = withFree) =>
    sumCosts(dynamodbCost(usages.map(table), prices, opts))

  it('is never negative, and each line shows its cost', () => {
    fc.assert(
      fc.property(fc.array(usageArb, { maxLength: 4 }), book, options, (usages, prices, opts) => {
        for (const line of dynamodbCost(usages.map(table), prices, opts)) {
          expect(line.cost).toBeGreaterThanOrEqual(0)
          expect(line.quantity).toBeGreaterThanOrEqual(0)
          expect(line.formula.endsWith(`= ${formatUsd(line.cost)}`)).toBe(true)
        }
      }),
    )
  })

  it('never decreases as usage grows', () => {
    fc.assert(
      fc.property(
        usageArb,
        fc.constantFrom(...growable),
        fc.integer({ min: 0, max: 1e6 }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        book,
        options,
        (usage, field, more, bigger, prices, opts) => {
          const before = total([usage], prices, opts)
          expect(
            total([{ ...usage, [field]: usage[field] + more }], prices, opts),
          ).toBeGreaterThanOrEqual(before - 1e-9)
          const itemSizeKb = Math.min(400, usage.itemSizeKb + bigger)
          expect(total([{ ...usage, itemSizeKb }], prices, opts)).toBeGreaterThanOrEqual(
            before - 1e-9,
          )
        },
      ),
    )
  })

  it('is continuous across the free-tier boundaries (no cliff at 25 GB or 2.5M stream reads)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 5e6, noNaN: true }),
        fc.integer({ min: 0, max: 1e5 }),
        (gb, dGb, streams, dStreams) => {
          const storage = total([{ storageGb: gb + dGb }]) - total([{ storageGb: gb }])
          expect(storage).toBeLessThanOrEqual(dGb * 0.25 + 1e-9)
          const stream =
            total([{ streamReads: streams + dStreams }]) - total([{ streamReads: streams }])
          expect(stream).toBeLessThanOrEqual((dStreams * 0.02) / 100_000 + 1e-9)
        },
      ),
    )
  })

  it('the free tier never saves more than the bill nor more than the allowances are worth', () => {
    fc.assert(
      fc.property(fc.array(usageArb, { maxLength: 4 }), book, (usages, prices) => {
        const off = total(usages, prices, noFree)
        const on = total(usages, prices, withFree)
        expect(on).toBeGreaterThanOrEqual(0)
        expect(on).toBeLessThanOrEqual(off + 1e-9)
        const allowances = 25 * 730 * (0.00013 + 0.00065) + 25 * 0.25 + 25 * 0.02
        expect(off - on).toBeLessThanOrEqual(allowances + 1e-9)
      }),
    )
  })

  it('costs the same whether usage sits in one table or is split across two', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        (gbA, gbB, rcuA, rcuB) => {
          const split = total([
            { mode: 'provisioned', rcu: rcuA, wcu: 1, storageGb: gbA },
            { mode: 'provisioned', rcu: rcuB, wcu: 1, storageGb: gbB },
          ])
          const whole = total([
            { mode: 'provisioned', rcu: rcuA + rcuB, wcu: 2, storageGb: gbA + gbB },
          ])
          expect(split).toBeCloseTo(whole, 9)
        },
      ),
    )
  })

  it('the 2018 book never costs less than the current one', () => {
    fc.assert(
      fc.property(fc.array(usageArb, { maxLength: 3 }), options, (usages, opts) => {
        expect(total(usages, book2018, opts)).toBeGreaterThanOrEqual(
          total(usages, current, opts) - 1e-9,
        )
      }),
    )
  })
})
