import { ServiceName, type LineItem } from '../lineItem'
import { meter, meteredLine, type PricingOptions } from '../metering/meter'
import type { CloudwatchLogsPrices } from './prices'
import type { CloudwatchLogsUsage } from './usage'

/**
 * CloudWatch Logs' month for every entry of the account: ingestion (custom logs at one price,
 * vended logs on their own graduated ladder) and archive storage. The 5 GB free of each is
 * account-wide, taken by the entries in the order given.
 */
export function cloudwatchLogsCost(
  usages: readonly CloudwatchLogsUsage[],
  prices: CloudwatchLogsPrices,
  options: PricingOptions,
): LineItem[] {
  const used = { custom: 0, vended: 0, storage: 0 }
  let freeIngestion = options.freeTier ? prices.free.ingestion.units : 0
  let freeStorage = options.freeTier ? prices.free.storage.units : 0
  return usages.flatMap((usage) => {
    const kind = usage.vended ? 'vended' : 'custom'
    const ladder = usage.vended ? prices.vendedIngestion : prices.ingestion
    const ingested = meter(usage.ingestedGb, ladder, used[kind], freeIngestion)
    used[kind] += usage.ingestedGb
    freeIngestion -= ingested.free
    const stored = meter(usage.storedGb, prices.storage, used.storage, freeStorage)
    used.storage += usage.storedGb
    freeStorage -= stored.free
    const of = { service: ServiceName.cloudwatchLogs, resource: usage.name }
    return [
      meteredLine(
        {
          ...of,
          item: usage.vended ? 'Vended log ingestion' : 'Log ingestion',
          unit: 'GB',
          ladder,
          allowance: prices.free.ingestion,
        },
        ingested,
      ),
      meteredLine(
        {
          ...of,
          item: 'Log storage',
          unit: 'GB-months',
          ladder: prices.storage,
          allowance: prices.free.storage,
        },
        stored,
      ),
    ]
  })
}
