import { formatQuantity, ServiceName, type LineItem } from '../lineItem'
import { increments, meter, meteredLine, type PricingOptions } from '../metering/meter'
import type { SnsPrices } from './prices'
import type { SnsUsage } from './usage'

type Meter = 'publishes' | 'httpDeliveries' | 'emailDeliveries'

const ITEMS: Record<Meter, { item: string; unit: string; verb: string }> = {
  publishes: { item: 'Publishes', unit: 'requests', verb: 'publishes' },
  httpDeliveries: { item: 'HTTP/S deliveries', unit: 'deliveries', verb: 'deliveries' },
  emailDeliveries: { item: 'Email deliveries', unit: 'deliveries', verb: 'deliveries' },
}

/**
 * SNS's month for every topic of the account: publishes, HTTP/S and email deliveries, each
 * with its own account-wide free allowance. A message counts once per started 64 KB chunk,
 * when published and when delivered.
 */
export function snsCost(
  usages: readonly SnsUsage[],
  prices: SnsPrices,
  options: PricingOptions,
): LineItem[] {
  const used: Record<Meter, number> = { publishes: 0, httpDeliveries: 0, emailDeliveries: 0 }
  return usages.flatMap((usage) => {
    const chunks = increments(usage.avgMessageKb, prices.chunkKb)
    const bill = (which: Meter): LineItem => {
      const allowance = prices.free[which]
      const counted = usage[which] * chunks
      const freeLeft = options.freeTier
        ? allowance.units - Math.min(used[which], allowance.units)
        : 0
      const metered = meter(counted, prices[which], used[which], freeLeft)
      used[which] += counted
      const { item, unit, verb } = ITEMS[which]
      return meteredLine(
        {
          service: ServiceName.sns,
          resource: usage.name,
          item,
          unit,
          ladder: prices[which],
          allowance,
          ...(chunks === 1
            ? {}
            : {
                derivation: `${formatQuantity(usage[which])} ${verb} × ${chunks} (${formatQuantity(usage.avgMessageKb)} KB in ${prices.chunkKb} KB chunks) = ${formatQuantity(counted)} ${unit}`,
              }),
        },
        metered,
      )
    }
    const lines = [bill('publishes')]
    if (usage.httpDeliveries > 0) lines.push(bill('httpDeliveries'))
    if (usage.emailDeliveries > 0) lines.push(bill('emailDeliveries'))
    return lines
  })
}
