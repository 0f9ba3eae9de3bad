import { formatQuantity, formatUsd, ServiceName, type LineItem } from '../lineItem'
import {
  formatRate,
  increments,
  meter,
  meteredLine,
  type FreeAllowance,
  type Ladder,
  type PricingOptions,
} from '../metering/meter'
import type { ApiGatewayPrices } from './prices'
import type { ApiGatewayUsage } from './usage'

type Meter = 'restRequests' | 'httpRequests' | 'messages' | 'connectionMinutes'

/**
 * API Gateway's month for every API of the account. Each ladder (REST calls, HTTP requests,
 * WebSocket messages, connection minutes) and its free allowance are account-wide: an API is
 * priced where the APIs before it in `usages` left the ladder.
 */
export function apiGatewayCost(
  usages: readonly ApiGatewayUsage[],
  prices: ApiGatewayPrices,
  options: PricingOptions,
): LineItem[] {
  const used: Record<Meter, number> = {
    restRequests: 0,
    httpRequests: 0,
    messages: 0,
    connectionMinutes: 0,
  }
  const lines: LineItem[] = []

  const bill = (
    which: Meter,
    usage: ApiGatewayUsage,
    item: string,
    unit: string,
    quantity: number,
    derivation?: string,
  ): void => {
    const ladder: Ladder = prices[which]
    const allowance: FreeAllowance = prices.free[which]
    const freeLeft = options.freeTier ? allowance.units - Math.min(used[which], allowance.units) : 0
    const metered = meter(quantity, ladder, used[which], freeLeft)
    used[which] += quantity
    lines.push(
      meteredLine(
        {
          service: ServiceName.apiGateway,
          resource: usage.name,
          item,
          unit,
          ladder,
          allowance,
          ...(derivation === undefined ? {} : { derivation }),
        },
        metered,
      ),
    )
  }

  for (const usage of usages) {
    if (usage.type === 'rest') {
      bill('restRequests', usage, 'REST API calls', 'requests', usage.requests)
      if (usage.cacheSizeGb > 0) lines.push(cacheLine(usage, prices, options))
    } else if (usage.type === 'http') {
      // Each request counts once per started 512 KB: a 1.2 MB request counts as 3.
      const per = increments(usage.avgRequestKb, prices.httpIncrementKb)
      const metered = usage.requests * per
      const derivation =
        per === 1
          ? undefined
          : `${formatQuantity(usage.requests)} calls × ${per} (${formatQuantity(usage.avgRequestKb)} KB in ${prices.httpIncrementKb} KB increments) = ${formatQuantity(metered)} requests`
      bill('httpRequests', usage, 'HTTP API requests', 'requests', metered, derivation)
    } else {
      // Each message counts once per started 32 KB: a 33 KB message counts as 2.
      const per = increments(usage.avgMessageKb, prices.messageIncrementKb)
      const metered = usage.messages * per
      const derivation =
        per === 1
          ? undefined
          : `${formatQuantity(usage.messages)} messages × ${per} (${formatQuantity(usage.avgMessageKb)} KB in ${prices.messageIncrementKb} KB increments) = ${formatQuantity(metered)} messages`
      bill('messages', usage, 'WebSocket messages', 'messages', metered, derivation)
      bill('connectionMinutes', usage, 'Connection minutes', 'minutes', usage.connectionMinutes)
    }
  }
  return lines
}

/** The cache is billed by the hour at its size class's rate; the free tier never covers it. */
function cacheLine(
  usage: ApiGatewayUsage,
  prices: ApiGatewayPrices,
  options: PricingOptions,
): LineItem {
  const size = prices.cache.find((c) => c.sizeGb === usage.cacheSizeGb)
  if (size === undefined) {
    throw new Error(`No price for a ${usage.cacheSizeGb} GB API Gateway cache in this price book`)
  }
  const hours = usage.cacheHours ?? options.hoursPerMonth
  const cost = hours * size.hourly.usd
  return {
    service: ServiceName.apiGateway,
    resource: usage.name,
    item: `Cache (${size.sizeGb} GB)`,
    quantity: hours,
    unit: 'hours',
    unitPrice: size.hourly.usd,
    cost,
    formula: `${formatQuantity(hours)} hours × ${formatRate(size.hourly.usd)} per hour (${size.sizeGb} GB cache, not in the free tier) = ${formatUsd(cost)}`,
  }
}
