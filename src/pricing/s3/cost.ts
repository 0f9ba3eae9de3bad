import { ServiceName, type LineItem } from '../lineItem'
import { meter, meteredLine, type PricingOptions } from '../metering/meter'
import type { S3Prices } from './prices'
import type { S3Usage } from './usage'

type Meter = 'storage' | 'puts' | 'gets'

const ITEMS: Record<Meter, { item: string; unit: string; field: 'storageGb' | 'puts' | 'gets' }> = {
  storage: { item: 'Standard storage', unit: 'GB-months', field: 'storageGb' },
  puts: { item: 'PUT, COPY, POST, LIST requests', unit: 'requests', field: 'puts' },
  gets: { item: 'GET and other requests', unit: 'requests', field: 'gets' },
}

/**
 * S3's month for every bucket of the account: Standard storage on its graduated ladder and the
 * two request classes, each with an account-wide 12-month free allowance.
 */
export function s3Cost(
  usages: readonly S3Usage[],
  prices: S3Prices,
  options: PricingOptions,
): LineItem[] {
  const used: Record<Meter, number> = { storage: 0, puts: 0, gets: 0 }
  return usages.flatMap((usage) =>
    (['storage', 'puts', 'gets'] as const).map((which) => {
      const { item, unit, field } = ITEMS[which]
      const allowance = prices.free[which]
      const quantity = usage[field]
      const freeLeft = options.freeTier
        ? allowance.units - Math.min(used[which], allowance.units)
        : 0
      const metered = meter(quantity, prices[which], used[which], freeLeft)
      used[which] += quantity
      return meteredLine(
        {
          service: ServiceName.s3,
          resource: usage.name,
          item,
          unit,
          ladder: prices[which],
          allowance,
        },
        metered,
      )
    }),
  )
}
