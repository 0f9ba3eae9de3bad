import type { Sourced } from '../lineItem'
import type { PriceBookId } from '../priceBookId'
import type { FreeAllowance, Ladder } from '../metering/meter'

export interface SqsPrices {
  /** Standard-queue requests, graduated on the account's monthly total. */
  readonly standardRequests: Ladder
  readonly fifoRequests: Ladder
  /** Each started chunk of a payload is billed as one request. */
  readonly chunkKb: number
  /** Shared by Standard and FIFO queues. */
  readonly free: FreeAllowance
}

const million = 1_000_000
const billion = 1_000 * million

const perMillion = (usd: number, source: string, asOf: string): Sourced => ({
  usd,
  per: '1M requests',
  source,
  asOf,
})
// The first tier of each queue type is in the AWSQueueService price-list offer of 2025-08-28 (PL)
// and in verbatim copies of the SQS pricing page (SQS-COPY). The higher tiers come only from
// undated third-party articles (aws-pricing.md §4: cloudburn.io, unanswered.io); they are dated
// with the offer they sit beside.
const PL_DATE = '2025-08-28'
const SECONDARY = 'secondary: cloudburn.io, unanswered.io (aws-pricing.md §4)'

const current: SqsPrices = {
  standardRequests: {
    block: million,
    blockLabel: '1M',
    tiers: [
      { size: 100 * billion, price: perMillion(0.4, 'PL', PL_DATE) }, // first 100B
      { size: 100 * billion, price: perMillion(0.3, SECONDARY, PL_DATE) }, // next 100B
      { size: Infinity, price: perMillion(0.24, SECONDARY, PL_DATE) }, // over 200B
    ],
  },
  fifoRequests: {
    block: million,
    blockLabel: '1M',
    tiers: [
      // The facts give $0.50 and "$0.35 above 200 B" and nothing for 100–200B, so $0.50 runs to
      // 200B here (the higher step is a weak secondary figure, aws-pricing.md §7).
      { size: 200 * billion, price: perMillion(0.5, 'PL', PL_DATE) },
      { size: Infinity, price: perMillion(0.35, SECONDARY, PL_DATE) },
    ],
  },
  // "Each 64 KB chunk of a payload is billed as 1 request (for example, an API action with a
  // 256 KB payload is billed as 4 requests)" (SQS-COPY).
  chunkKb: 64,
  // "First 1M requests per month, always free (Standard and FIFO combined)" (S, §4).
  free: { units: million, term: 'always' },
}

/** The facts hold no 2018 SQS prices; the 2018 book reuses the current ones with their sources. */
export const sqsBooks: Record<PriceBookId, SqsPrices> = { current, '2018': current }
