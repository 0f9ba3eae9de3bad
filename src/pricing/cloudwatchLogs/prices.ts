import type { Sourced } from '../lineItem'
import type { PriceBookId } from '../priceBookId'
import { flatLadder, type FreeAllowance, type Ladder } from '../metering/meter'

export interface CloudwatchLogsPrices {
  /** Standard-class ingestion of logs an application writes (custom logs). */
  readonly ingestion: Ladder
  /** Standard-class ingestion of vended logs (published by AWS services, e.g. VPC Flow Logs). */
  readonly vendedIngestion: Ladder
  /** Archive storage, on the compressed size. */
  readonly storage: Ladder
  readonly free: { readonly ingestion: FreeAllowance; readonly storage: FreeAllowance }
}

// The CloudWatch pricing page's examples, copied verbatim in a public notes file (CW-PAGE,
// undated copy); the custom-log and storage prices are also in the AmazonCloudWatch price-list
// offer of 2026-08-06 (PL).
const page = (usd: number, per: string): Sourced => ({
  usd,
  per,
  source: 'CW-PAGE',
  asOf: 'undated',
})
const priced = (usd: number, per: string): Sourced => ({
  usd,
  per,
  source: 'CW-PAGE; PL',
  asOf: '2026-08-06',
})
/** CloudWatch converts TB to GB with ×1,024 (aws-pricing.md §6). */
const TB = 1024

const current: CloudwatchLogsPrices = {
  ingestion: flatLadder(priced(0.5, 'GB'), 1, 'GB'),
  // 0–10 / 10–30 / 30–50 / over 50 TB, from the page's 72 TB VPC Flow Logs example.
  vendedIngestion: {
    block: 1,
    blockLabel: 'GB',
    tiers: [
      { size: 10 * TB, price: page(0.5, 'GB') },
      { size: 20 * TB, price: page(0.25, 'GB') },
      { size: 20 * TB, price: page(0.1, 'GB') },
      { size: Infinity, price: page(0.05, 'GB') },
    ],
  },
  storage: flatLadder(priced(0.03, 'GB-month'), 1, 'GB-month'),
  // "5 GB Data (ingestion, archive storage, and data scanned by Logs Insights queries)" a month,
  // always free (CW-PAGE). The page's example takes 5 GB off the ingested data and 5 GB off the
  // archived data, so each gets its own 5 GB here.
  free: {
    ingestion: { units: 5, term: 'always' },
    storage: { units: 5, term: 'always' },
  },
}

/** The facts hold no 2018 CloudWatch prices; the 2018 book reuses the current ones and sources. */
export const cloudwatchLogsBooks: Record<PriceBookId, CloudwatchLogsPrices> = {
  current,
  '2018': current,
}
