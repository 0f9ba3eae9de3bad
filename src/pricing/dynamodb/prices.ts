import type { Sourced } from '../lineItem'
import type { PriceBookId } from '../priceBookId'

/**
 * DynamoDB prices, us-east-1, Standard table class. Source tags are those of the pricing facts
 * (`aws-pricing.md` §0); every figure keeps its tag and the date its source stated it.
 */

/** A price quoted per a batch of units ("$0.625 per 1M WRU"): `perQuantity` units per `usd`. */
export interface BatchPrice extends Sourced {
  readonly perQuantity: number
}

/** A monthly free allowance, with where it comes from. */
export interface FreeAllowance {
  readonly quantity: number
  readonly unit: string
  readonly source: string
  readonly asOf: string
}

export interface DynamodbPrices {
  /** On-demand write request units. */
  readonly writeRequestUnits: BatchPrice
  /** On-demand read request units. */
  readonly readRequestUnits: BatchPrice
  /** Provisioned capacity, per unit provisioned for an hour. */
  readonly wcuHour: BatchPrice
  readonly rcuHour: BatchPrice
  /** Table storage (items plus 100 bytes of overhead each), per GB-month. */
  readonly storageGbMonth: BatchPrice
  /** Streams read request units (GetRecords by consumers other than Lambda triggers). */
  readonly streamsReadRequestUnits: BatchPrice
  /**
   * Always-free offers, monthly and account-wide: 25 provisioned RCU and 25 WCU (held for every
   * hour of the month), 25 GB of storage and 2.5M streams read request units. Provisioned
   * capacity only: on-demand requests have no free tier.
   */
  readonly freeTier: {
    readonly provisionedRcu: FreeAllowance
    readonly provisionedWcu: FreeAllowance
    readonly storageGb: FreeAllowance
    readonly streamsReadRequestUnits: FreeAllowance
  }
}

const MILLION = 1_000_000

// The AWS Price List offer AmazonDynamoDB of 2026-08-15 (PL); the same on-demand prices appear
// in AWS Guidance cost tables of 2025-08-29 and 2025-10-29 (GUIDANCE).
const PL = { source: 'PL', asOf: '2026-08-15' } as const
// The Feb 2023 restatement of the DynamoDB pricing pages (DDB-2023), before the Nov 2024 cut.
const DDB_2023 = { source: 'DDB-2023', asOf: '2023-02' } as const

// Always free, unchanged across both books. The price list shows 0–18,600 RCU-hours at $0,
// which is 25 RCU × 744 h: the allowance is 25 units held all month, so this engine grants
// 25 × hoursPerMonth unit-hours (PL 2026; DDB-2023).
const freeTier: DynamodbPrices['freeTier'] = {
  provisionedRcu: { quantity: 25, unit: 'RCU', ...PL },
  provisionedWcu: { quantity: 25, unit: 'WCU', ...PL },
  storageGb: { quantity: 25, unit: 'GB', ...PL },
  // Stated only in DDB-2023; the facts list it as unchanged ("same").
  streamsReadRequestUnits: { quantity: 2_500_000, unit: 'streams read request units', ...DDB_2023 },
}

// Provisioned capacity has cost $0.0065 an hour per 10 WCU or 50 RCU since about 2013
// (DDB-LEGACY), i.e. $0.00065 per WCU-hour and $0.00013 per RCU-hour, still the price list's.
const wcuHour: BatchPrice = { usd: 0.00065, per: 'WCU-hour', perQuantity: 1, ...PL }
const rcuHour: BatchPrice = { usd: 0.00013, per: 'RCU-hour', perQuantity: 1, ...PL }

const current: DynamodbPrices = {
  // Halved from $1.25 / $0.25 effective Nov 1, 2024 (DDB-CUT); PL 2026-08-15.
  writeRequestUnits: { usd: 0.625, per: '1M WRU', perQuantity: MILLION, ...PL },
  readRequestUnits: { usd: 0.125, per: '1M RRU', perQuantity: MILLION, ...PL },
  wcuHour,
  rcuHour,
  // First 25 GB-month free (see freeTier), then $0.25 (PL 2026-08-15).
  storageGbMonth: { usd: 0.25, per: 'GB-month', perQuantity: 1, ...PL },
  // First 2.5M free, then $0.02 per 100,000 (DDB-2023; unchanged by the cut per the facts).
  streamsReadRequestUnits: {
    usd: 0.02,
    per: '100,000 streams RRU',
    perQuantity: 100_000,
    ...DDB_2023,
  },
  freeTier,
}

/**
 * The 2018 book: on-demand at its pre-cut $1.25 / $0.25 per million. On-demand launched in
 * Nov 2018; its launch price itself is unconfirmed, and these figures come from the Feb 2023
 * restatement (DDB-2023), matching AWS Guidance tables of 9 July 2024. Provisioned capacity,
 * storage, streams and free tier were the same before the cut, so they repeat the current
 * figures with their sources (provisioned at today's price since about 2013, DDB-LEGACY).
 */
const book2018: DynamodbPrices = {
  ...current,
  writeRequestUnits: { usd: 1.25, per: '1M WRU', perQuantity: MILLION, ...DDB_2023 },
  readRequestUnits: { usd: 0.25, per: '1M RRU', perQuantity: MILLION, ...DDB_2023 },
  storageGbMonth: { usd: 0.25, per: 'GB-month', perQuantity: 1, ...DDB_2023 },
}

export const dynamodbBooks: Record<PriceBookId, DynamodbPrices> = {
  current,
  '2018': book2018,
}

/** USD per single unit of a batch price: $0.625 per 1M → $0.000000625. */
export function unitPrice(price: BatchPrice): number {
  return price.usd / price.perQuantity
}
