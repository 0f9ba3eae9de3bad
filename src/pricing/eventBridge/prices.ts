import type { PriceBookId } from '../priceBookId'
import { flatLadder, type Ladder } from '../metering/meter'

export interface EventBridgePrices {
  /** Custom events put on a bus (PutEvents); each started chunk counts as one event. */
  readonly customEvents: Ladder
  readonly chunkKb: number
}

const current: EventBridgePrices = {
  // $1.00 per million custom events (AWSEvents price-list offer of 2026-05-29, PL; EB-SEC).
  // Events from AWS services are free, and custom events have no free tier (aws-pricing.md §4).
  customEvents: flatLadder(
    { usd: 1.0, per: '1M events', source: 'PL', asOf: '2026-05-29' },
    1_000_000,
    '1M',
  ),
  // "each 64 KB chunk counts as 1 event" (PL, EB-SEC).
  chunkKb: 64,
}

/**
 * The facts hold no 2018 EventBridge prices (the service was CloudWatch Events then); the 2018
 * book reuses the current ones with their sources.
 */
export const eventBridgeBooks: Record<PriceBookId, EventBridgePrices> = {
  current,
  '2018': current,
}
