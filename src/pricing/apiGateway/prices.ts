import type { Sourced } from '../lineItem'
import type { PriceBookId } from '../priceBookId'
import type { FreeAllowance, Ladder, PriceTier } from '../metering/meter'

/** A cache size AWS offers, and its hourly price. */
export interface CacheClass {
  readonly sizeGb: number
  readonly hourly: Sourced
}

export interface ApiGatewayPrices {
  /** REST API calls, graduated on the account's monthly total. */
  readonly restRequests: Ladder
  /** HTTP API requests, each metered in `httpIncrementKb` increments. */
  readonly httpRequests: Ladder
  readonly httpIncrementKb: number
  /** WebSocket messages sent and received, each metered in `messageIncrementKb` increments. */
  readonly messages: Ladder
  readonly messageIncrementKb: number
  readonly connectionMinutes: Ladder
  /** REST API cache, by size class; not in the free tier. */
  readonly cache: readonly CacheClass[]
  readonly free: {
    readonly restRequests: FreeAllowance
    readonly httpRequests: FreeAllowance
    readonly messages: FreeAllowance
    readonly connectionMinutes: FreeAllowance
  }
}

/** The sizes AWS lets a REST stage's cache be configured with, in GB. */
export const CACHE_SIZES_GB = [0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118, 237] as const

const PAGE_DATE = '2025-11-02' // AG-PAGE front matter `last_updated`

const perMillion = (usd: number, source: string, asOf = PAGE_DATE): Sourced => ({
  usd,
  per: '1M requests',
  source,
  asOf,
})
const tier = (size: number, price: Sourced): PriceTier => ({ size, price })
const million = 1_000_000

// aws-pricing.md §2.1, all confirmed (C) except the last WebSocket tier.
const current: ApiGatewayPrices = {
  restRequests: {
    block: million,
    blockLabel: '1M',
    tiers: [
      tier(333 * million, perMillion(3.5, 'AG-PAGE')), // first 333M: AG-PAGE example, AG-WP
      tier(667 * million, perMillion(2.8, 'AG-PAGE')), // next 667M: AG-PAGE example, AG-WP
      tier(19_000 * million, perMillion(2.38, 'AG-PAGE')), // next 19B: AG-PAGE example, AG-WP
      // Over 20B: only the whitepaper (undated) gives it; dated by the page it agrees with.
      tier(Infinity, perMillion(1.51, 'AG-WP')),
    ],
  },
  httpRequests: {
    block: million,
    blockLabel: '1M',
    tiers: [
      tier(300 * million, perMillion(1.0, 'AG-PAGE')), // first 300M: AG-PAGE example 1, AG-WP
      tier(Infinity, perMillion(0.9, 'AG-PAGE')), // 300M and above: AG-PAGE example 1, AG-WP
    ],
  },
  // "metered in 512 KB increments" (AG-WP; AG-PAGE example 2: a 4.5 MB request counts as 9).
  httpIncrementKb: 512,
  messages: {
    block: million,
    blockLabel: '1M',
    tiers: [
      // $1.00 confirmed by the AG-PAGE chat example; the 1B boundary is secondary (S).
      tier(1_000 * million, perMillion(1.0, 'AG-PAGE')),
      // $0.80 over 1B is unconfirmed in the facts (§2.1, §7).
      tier(Infinity, perMillion(0.8, 'unconfirmed (aws-pricing.md §2.1)')),
    ],
  },
  // "Messages are metered in 32 KB increments. So, a 33 KB message is metered as two" (AG-PAGE).
  messageIncrementKb: 32,
  connectionMinutes: {
    block: million,
    blockLabel: '1M',
    // AG-PAGE chat example: 21,600,000 minutes × $0.25 per million.
    tiers: [tier(Infinity, { usd: 0.25, per: '1M minutes', source: 'AG-PAGE', asOf: PAGE_DATE })],
  },
  // Hourly by size: 1.6 GB confirmed by AG-PAGE; the other rows are two independent copies (S).
  cache: [
    cacheClass(0.5, 0.02, 'AG-CACHE'),
    cacheClass(1.6, 0.038, 'AG-PAGE'),
    cacheClass(6.1, 0.2, 'AG-CACHE'),
    cacheClass(13.5, 0.25, 'AG-CACHE'),
    cacheClass(28.4, 0.5, 'AG-CACHE'),
    cacheClass(58.2, 1.0, 'AG-CACHE'),
    cacheClass(118, 1.9, 'AG-CACHE'),
    cacheClass(237, 3.8, 'AG-CACHE'),
  ],
  // "1M REST API calls, 1M HTTP API calls, 1M messages, 750,000 connection minutes per month
  // for up to 12 months" (AG-PAGE). Accounts created from July 15, 2025 get credits instead.
  free: {
    restRequests: { units: million, term: '12-month' },
    httpRequests: { units: million, term: '12-month' },
    messages: { units: million, term: '12-month' },
    connectionMinutes: { units: 750_000, term: '12-month' },
  },
}

function cacheClass(sizeGb: number, usd: number, source: string): CacheClass {
  // AG-CACHE copies are undated; they are dated by the AG-PAGE row they agree with.
  return { sizeGb, hourly: { usd, per: 'hour', source, asOf: PAGE_DATE } }
}

/**
 * The facts hold no 2018 API Gateway prices, so the 2018 book reuses the current ones with their
 * sources (aws-pricing.md has no dated change to API Gateway prices).
 */
const book2018: ApiGatewayPrices = current

export const apiGatewayBooks: Record<PriceBookId, ApiGatewayPrices> = {
  current,
  '2018': book2018,
}
