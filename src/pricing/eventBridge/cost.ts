import { formatQuantity, ServiceName, type LineItem } from '../lineItem'
import { increments, meter, meteredLine, type PricingOptions } from '../metering/meter'
import type { EventBridgePrices } from './prices'
import type { EventBridgeUsage } from './usage'

/**
 * EventBridge's month for every bus of the account: custom events only, each counted once per
 * started 64 KB chunk. There is no free tier for custom events, so `options.freeTier` changes
 * nothing; events from AWS services are free and never enter the usage.
 */
export function eventBridgeCost(
  usages: readonly EventBridgeUsage[],
  prices: EventBridgePrices,
  options: PricingOptions,
): LineItem[] {
  void options
  let used = 0
  return usages.map((usage) => {
    const chunks = increments(usage.avgEventKb, prices.chunkKb)
    const counted = usage.events * chunks
    const metered = meter(counted, prices.customEvents, used, 0)
    used += counted
    return meteredLine(
      {
        service: ServiceName.eventBridge,
        resource: usage.name,
        item: 'Custom events',
        unit: 'events',
        ladder: prices.customEvents,
        ...(chunks === 1
          ? {}
          : {
              derivation: `${formatQuantity(usage.events)} events × ${chunks} (${formatQuantity(usage.avgEventKb)} KB in ${prices.chunkKb} KB chunks) = ${formatQuantity(counted)} events`,
            }),
      },
      metered,
    )
  })
}
