import type { Sourced } from '../lineItem'
import type { PriceBookId } from '../priceBookId'
import { flatLadder, type FreeAllowance, type Ladder } from '../metering/meter'

export interface S3Prices {
  /** S3 Standard storage, graduated on the account's monthly GB-months. */
  readonly storage: Ladder
  /** PUT, COPY, POST, LIST requests. */
  readonly puts: Ladder
  /** GET, SELECT and all other requests. */
  readonly gets: Ladder
  readonly free: {
    readonly storage: FreeAllowance
    readonly puts: FreeAllowance
    readonly gets: FreeAllowance
  }
}

// AmazonS3 price-list offer of 2026-08-07 (PL), also in the AWS Guidance cost tables (GUIDANCE).
const PL = { source: 'PL', asOf: '2026-08-07' } as const
const perGbMonth = (usd: number): Sourced => ({ usd, per: 'GB-month', ...PL })
const perThousand = (usd: number): Sourced => ({ usd, per: '1,000 requests', ...PL })
/** S3's tiers are in TB of 1,024 GB (the price list's 51,200 GB; aws-pricing.md §6). */
const TB = 1024

const current: S3Prices = {
  storage: {
    block: 1,
    blockLabel: 'GB-month',
    tiers: [
      { size: 50 * TB, price: perGbMonth(0.023) }, // first 50 TB
      { size: 450 * TB, price: perGbMonth(0.022) }, // next 450 TB
      { size: Infinity, price: perGbMonth(0.021) }, // over 500 TB
    ],
  },
  puts: flatLadder(perThousand(0.005), 1_000, '1,000'),
  gets: flatLadder(perThousand(0.0004), 1_000, '1,000'),
  // "5 GB, 20,000 GET, 2,000 PUT for 12 months (older accounts)": unconfirmed for us-east-1,
  // seen only on the China-region page (aws-pricing.md §4).
  free: {
    storage: { units: 5, term: '12-month' },
    puts: { units: 2_000, term: '12-month' },
    gets: { units: 20_000, term: '12-month' },
  },
}

/** The facts hold no 2018 S3 prices; the 2018 book reuses the current ones with their sources. */
export const s3Books: Record<PriceBookId, S3Prices> = { current, '2018': current }
