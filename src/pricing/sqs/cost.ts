import { formatQuantity, ServiceName, type LineItem } from '../lineItem'
import { increments, meter, meteredLine, type PricingOptions } from '../metering/meter'
import type { SqsPrices } from './prices'
import type { SqsUsage } from './usage'

/**
 * SQS's month for every queue of the account. Standard and FIFO requests climb their own
 * ladders; the free million is shared by both, taken by the queues in the order given.
 */
export function sqsCost(
  usages: readonly SqsUsage[],
  prices: SqsPrices,
  options: PricingOptions,
): LineItem[] {
  const used = { standard: 0, fifo: 0 }
  let freeLeft = options.freeTier ? prices.free.units : 0
  return usages.map((usage) => {
    const kind = usage.fifo ? 'fifo' : 'standard'
    const ladder = usage.fifo ? prices.fifoRequests : prices.standardRequests
    // Every started 64 KB chunk is one request: an action carrying 256 KB is billed as 4.
    const chunks = increments(usage.avgMessageKb, prices.chunkKb)
    const billed = usage.requests * chunks
    const metered = meter(billed, ladder, used[kind], freeLeft)
    used[kind] += billed
    freeLeft -= metered.free
    return meteredLine(
      {
        service: ServiceName.sqs,
        resource: usage.name,
        item: usage.fifo ? 'FIFO requests' : 'Standard requests',
        unit: 'requests',
        ladder,
        allowance: prices.free,
        ...(chunks === 1
          ? {}
          : {
              derivation: `${formatQuantity(usage.requests)} actions × ${chunks} (${formatQuantity(usage.avgMessageKb)} KB in ${prices.chunkKb} KB chunks) = ${formatQuantity(billed)} requests`,
            }),
      },
      metered,
    )
  })
}
