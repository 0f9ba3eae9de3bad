import type { Sourced } from '../lineItem'
import type { PriceBookId } from '../priceBookId'
import { flatLadder, type FreeAllowance, type Ladder } from '../metering/meter'

export interface SnsPrices {
  /** Publishes to standard topics; each started chunk is one request. */
  readonly publishes: Ladder
  readonly httpDeliveries: Ladder
  readonly emailDeliveries: Ladder
  /** Each started chunk of a published or delivered message counts once. */
  readonly chunkKb: number
  readonly free: {
    readonly publishes: FreeAllowance
    readonly httpDeliveries: FreeAllowance
    readonly emailDeliveries: FreeAllowance
  }
}

// Every SNS figure is secondary (S): several public notes quoting the SNS pricing page verbatim
// (SNS-COPY, aws-pricing.md §4). The copies are undated.
const SNS_COPY = { source: 'SNS-COPY', asOf: 'undated' } as const
const price = (usd: number, per: string): Sourced => ({ usd, per, ...SNS_COPY })

const current: SnsPrices = {
  publishes: flatLadder(price(0.5, '1M requests'), 1_000_000, '1M'),
  httpDeliveries: flatLadder(price(0.6, '1M deliveries'), 1_000_000, '1M'),
  // Quoted per 100,000, as the page does.
  emailDeliveries: flatLadder(price(2.0, '100,000 deliveries'), 100_000, '100,000'),
  // "Each 64KB chunk of published data is billed as 1 request"; a 256 KB publish counts as 4, and
  // "each 64 KB chunk delivered counts as 1 delivery" (SNS-COPY).
  chunkKb: 64,
  // "First 1M free"; HTTP/S "100,000 free"; email "1,000 free" (SNS-COPY). The facts do not say
  // whether these end after 12 months; they are treated as always free (unconfirmed).
  free: {
    publishes: { units: 1_000_000, term: 'always' },
    httpDeliveries: { units: 100_000, term: 'always' },
    emailDeliveries: { units: 1_000, term: 'always' },
  },
}

/** The facts hold no 2018 SNS prices; the 2018 book reuses the current ones with their sources. */
export const snsBooks: Record<PriceBookId, SnsPrices> = { current, '2018': current }
