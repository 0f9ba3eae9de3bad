import { readUnitsPerRead, writeUnitsPerWrite } from '../capacity/units'
import { formatQuantity, formatUsd, type LineItem } from '../lineItem'
import type { BatchPrice, DynamodbPrices, FreeAllowance } from './prices'
import type { DynamodbUsage } from './usage'

export interface DynamodbCostOptions {
  readonly freeTier: boolean
  /** Hours provisioned capacity is billed for in the month (730 by default at the top level). */
  readonly hoursPerMonth: number
}

/**
 * The month's DynamoDB bill, one group of line items per table. Free allowances are
 * account-wide: they are spent on the tables in the order given, so the total does not depend
 * on how usage is split across tables. Pure: the same input always gives the same lines.
 */
export function dynamodbCost(
  usages: readonly DynamodbUsage[],
  prices: DynamodbPrices,
  options: DynamodbCostOptions,
): LineItem[] {
  const free = prices.freeTier
  const hours = options.hoursPerMonth
  // The provisioned allowance is a number of units held all month: 25 RCU × hours RCU-hours.
  const pools = {
    rcuHours: new FreePool(options.freeTier, free.provisionedRcu.quantity * hours, () =>
      allowance(free.provisionedRcu, ` × ${formatQuantity(hours)} h`),
    ),
    wcuHours: new FreePool(options.freeTier, free.provisionedWcu.quantity * hours, () =>
      allowance(free.provisionedWcu, ` × ${formatQuantity(hours)} h`),
    ),
    storage: new FreePool(options.freeTier, free.storageGb.quantity, () =>
      allowance(free.storageGb, ''),
    ),
    streams: new FreePool(options.freeTier, free.streamsReadRequestUnits.quantity, () =>
      allowance(free.streamsReadRequestUnits, ''),
    ),
  }
  return usages.flatMap((usage) => [
    ...(usage.mode === 'on-demand'
      ? requestLines(usage, prices)
      : provisionedLines(usage, prices, hours, pools)),
    ...(usage.storageGb > 0
      ? [
          line(usage, 'Storage', 'GB-month', prices.storageGbMonth, {
            usage: `${formatQuantity(usage.storageGb)} GB-month`,
            gross: usage.storageGb,
            free: pools.storage,
          }),
        ]
      : []),
    ...(usage.streamReads > 0
      ? [
          line(usage, 'Streams read request units', 'streams RRU', prices.streamsReadRequestUnits, {
            usage: `${formatQuantity(usage.streamReads)} streams RRU`,
            gross: usage.streamReads,
            free: pools.streams,
          }),
        ]
      : []),
  ])
}

/** On-demand: each request billed by the units its size and kind consume. No free tier. */
function requestLines(usage: DynamodbUsage, prices: DynamodbPrices): LineItem[] {
  const perWrite = writeUnitsPerWrite(usage.itemSizeKb, usage.transactionalWrites).value
  const perRead = readUnitsPerRead(usage.itemSizeKb, usage.readConsistency).value
  const writeKind = usage.transactionalWrites ? 'transactional' : 'standard'
  const lines = [
    line(usage, 'Write request units', 'WRU', prices.writeRequestUnits, {
      usage: `${formatQuantity(usage.writes)} writes × ${formatQuantity(perWrite)} WRU (${formatQuantity(usage.itemSizeKb)} KB, ${writeKind})`,
      gross: usage.writes * perWrite,
    }),
  ]
  if (usage.gsiCount > 0) {
    // Index writes are standard writes of the projected item, never doubled by transactions.
    const perIndexWrite = writeUnitsPerWrite(usage.gsiItemSizeKb, false).value
    lines.push(
      line(usage, 'GSI write request units', 'WRU', prices.writeRequestUnits, {
        usage: `${formatQuantity(usage.writes)} writes × ${usage.gsiCount} GSI${usage.gsiCount === 1 ? '' : 's'} × ${formatQuantity(perIndexWrite)} WRU (${formatQuantity(usage.gsiItemSizeKb)} KB projected)`,
        gross: usage.writes * usage.gsiCount * perIndexWrite,
      }),
    )
  }
  lines.push(
    line(usage, 'Read request units', 'RRU', prices.readRequestUnits, {
      usage: `${formatQuantity(usage.reads)} reads × ${formatQuantity(perRead)} RRU (${formatQuantity(usage.itemSizeKb)} KB, ${usage.readConsistency})`,
      gross: usage.reads * perRead,
    }),
  )
  return lines
}

/** Provisioned: capacity billed for every hour of the month, used or not. */
function provisionedLines(
  usage: DynamodbUsage,
  prices: DynamodbPrices,
  hours: number,
  pools: { readonly rcuHours: FreePool; readonly wcuHours: FreePool },
): LineItem[] {
  return [
    line(usage, 'Provisioned write capacity', 'WCU-hours', prices.wcuHour, {
      usage: `${formatQuantity(usage.wcu)} WCU × ${formatQuantity(hours)} h`,
      gross: usage.wcu * hours,
      free: pools.wcuHours,
    }),
    line(usage, 'Provisioned read capacity', 'RCU-hours', prices.rcuHour, {
      usage: `${formatQuantity(usage.rcu)} RCU × ${formatQuantity(hours)} h`,
      gross: usage.rcu * hours,
      free: pools.rcuHours,
    }),
  ]
}

interface Metered {
  /** How the gross quantity arises, e.g. "1,000 writes × 3 WRU (3 KB, standard)". */
  readonly usage: string
  readonly gross: number
  readonly free?: FreePool
}

function line(
  usage: DynamodbUsage,
  item: string,
  unit: string,
  price: BatchPrice,
  metered: Metered,
): LineItem {
  const waived = metered.free?.take(metered.gross)
  const quantity = metered.gross - (waived?.quantity ?? 0)
  // Multiply before dividing so exact prices give exact costs (3,000,000 × 0.625 / 1M = 1.875).
  const cost = (quantity * price.usd) / price.perQuantity
  const grossText = `${formatQuantity(metered.gross)} ${unit}`
  const derivation = metered.usage === grossText ? grossText : `${metered.usage} = ${grossText}`
  const freeText =
    waived === undefined
      ? ''
      : ` − ${formatQuantity(waived.quantity)} free (${waived.description}) = ${formatQuantity(quantity)} ${unit}`
  return {
    service: 'dynamodb',
    resource: usage.name,
    item,
    quantity,
    unit,
    unitPrice: price.usd / price.perQuantity,
    cost,
    formula: `${derivation}${freeText} × ${formatPrice(price.usd)} per ${price.per} = ${formatUsd(cost)}`,
  }
}

/** An account-wide monthly allowance, drawn down by the tables in turn. */
class FreePool {
  private left: number
  constructor(
    private readonly enabled: boolean,
    total: number,
    private readonly describe: () => string,
  ) {
    this.left = enabled ? total : 0
  }

  /** The part of `quantity` the allowance covers, or undefined when the free tier is off. */
  take(quantity: number): { quantity: number; description: string } | undefined {
    if (!this.enabled) return undefined
    const covered = Math.min(Math.max(0, quantity), this.left)
    this.left -= covered
    return { quantity: covered, description: this.describe() }
  }
}

function allowance(free: FreeAllowance, scale: string): string {
  return `${formatQuantity(free.quantity)} ${free.unit}${scale} a month, account-wide`
}

/** A rate with all its digits: `$0.625`, `$0.00013`, `$1.25` (formatUsd would show `$0.63`). */
function formatPrice(usd: number): string {
  return `$${usd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 10 })}`
}
