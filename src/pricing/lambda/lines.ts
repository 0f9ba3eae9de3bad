import { formatQuantity, formatUsd, ServiceName, type LineItem, type Sourced } from '../lineItem'
import { describeCharges, type GraduatedCost, type Tier } from '../tiers'
import type { LambdaMeasures } from './measures'
import type { LambdaPrices } from './prices'

/**
 * The line items of one function. Each formula shows its inputs: "3,000,000 requests × 0.12 s ×
 * 1.5 GB (1,536 MB) = 540,000 GB-s − 400,000 GB-s free tier → 140,000 GB-s × $0.0000166667 =
 * $2.33". Costs stay unrounded; `formatUsd` rounds only the text.
 */

const q = formatQuantity
const seconds = (ms: number) => `${q(ms / 1000)} s`
const memory = (m: LambdaMeasures) => `${q(m.memoryGb)} GB (${q(m.usage.memoryMb)} MB)`

/** "0.12 s", or "0.1 s (27.4 ms billed as 100 ms)" when the book's rounding changed it. */
function billedSeconds(averageMs: number, billedMs: number): string {
  return averageMs === billedMs
    ? seconds(billedMs)
    : `${seconds(billedMs)} (${q(averageMs)} ms billed as ${q(billedMs)} ms)`
}

function line(
  m: LambdaMeasures,
  item: string,
  quantity: number,
  unit: string,
  unitPrice: number,
  cost: number,
  formula: string,
): LineItem {
  return {
    service: ServiceName.lambda,
    resource: m.usage.name,
    item,
    quantity,
    unit,
    unitPrice,
    cost,
    formula: `${formula} = ${formatUsd(cost)}`,
  }
}

export function requestsLine(
  m: LambdaMeasures,
  prices: LambdaPrices,
  freeRequests: number,
  freeTier: boolean,
): LineItem {
  const { requests, provisionedRequests } = m.usage
  const perRequest = prices.requests.usd / 1_000_000
  const billable = Math.max(0, m.totalRequests - freeRequests)
  const split =
    provisionedRequests > 0
      ? `${q(requests)} on demand + ${q(provisionedRequests)} provisioned = `
      : ''
  const free = freeTier ? ` − ${q(freeRequests)} free tier →` : ''
  const billed = freeTier ? ` ${q(billable)} requests` : ''
  const formula = `${split}${q(m.totalRequests)} requests${free}${billed} × ${formatUsd(prices.requests.usd)} per 1M`
  // Priced per million then divided, so 2,000,000 × $0.20 / 1M is exactly $0.40.
  const cost = (billable * prices.requests.usd) / 1_000_000
  return line(m, 'Requests', billable, 'requests', perRequest, cost, formula)
}

/** The price of the next unit at `position` on a ladder (the effective price of nothing billed). */
function priceAt(tiers: readonly Tier[], position: number): number {
  let end = 0
  for (const tier of tiers) {
    end += tier.size
    if (position < end) return tier.price
  }
  return tiers[tiers.length - 1]?.price ?? 0
}

export interface DurationBilling {
  readonly freeGbSeconds: number
  readonly freeTier: boolean
  readonly tiers: readonly Tier[]
  /** Where this function's billable GB-s start on its architecture's account-wide ladder. */
  readonly ladderStart: number
  /** GB-s billed to earlier functions of the same architecture (shown when it moves the tiers). */
  readonly earlierBilled: number
  readonly charged: GraduatedCost
}

export function durationLine(m: LambdaMeasures, billing: DurationBilling): LineItem {
  const billable = Math.max(0, m.onDemandGbSeconds - billing.freeGbSeconds)
  const { charges, cost } = billing.charged
  const used = `${q(m.usage.requests)} requests × ${billedSeconds(m.usage.durationMs, m.billedMs)} × ${memory(m)}`
  const free = billing.freeTier
    ? ` = ${q(m.onDemandGbSeconds)} GB-s − ${q(billing.freeGbSeconds)} GB-s free tier`
    : ''
  const priced =
    charges.length === 0
      ? `0 GB-s × ${formatUsd(priceAt(billing.tiers, billing.ladderStart))}`
      : describeCharges(charges, 'GB-s')
  const earlier =
    billing.earlierBilled > 0
      ? ` (tiers continue after ${q(billing.earlierBilled)} GB-s billed to earlier ${m.usage.architecture} functions)`
      : ''
  const unitPrice = billable > 0 ? cost / billable : priceAt(billing.tiers, billing.ladderStart)
  const formula = `${used}${free} → ${priced}${earlier}`
  return line(m, 'Duration (GB-s)', billable, 'GB-s', unitPrice, cost, formula)
}

export function ephemeralStorageLine(m: LambdaMeasures, prices: LambdaPrices): LineItem {
  const { usage } = m
  const included = prices.ephemeralStorage.includedMb
  const onDemand = `${q(usage.requests)} requests × ${seconds(m.billedMs)}`
  const provisioned =
    usage.provisionedRequests > 0
      ? ` + ${q(usage.provisionedRequests)} provisioned × ${seconds(m.billedProvisionedMs)}`
      : ''
  const extra = `${q(m.extraStorageGb)} GB (${q(usage.ephemeralStorageMb)} MB − ${q(included)} MB included)`
  const formula = `${onDemand}${provisioned} = ${q(m.executionSeconds)} s × ${extra} → ${perGbSecond(m.storageGbSeconds, prices.ephemeralStorage.price)}`
  return flatLine(
    m,
    'Ephemeral storage',
    m.storageGbSeconds,
    prices.ephemeralStorage.price,
    formula,
  )
}

export function provisionedConcurrencyLine(m: LambdaMeasures, prices: LambdaPrices): LineItem {
  const { usage } = m
  const price = prices.provisionedConcurrency[usage.architecture]
  const minutes = prices.provisionedRounding.minutes
  const hours =
    usage.provisionedHours === null
      ? `${q(m.provisionedHours)} h (the whole month)`
      : usage.provisionedHours !== m.provisionedHours
        ? `${q(m.provisionedHours)} h (${q(usage.provisionedHours)} h billed in ${minutes}-minute periods)`
        : `${q(m.provisionedHours)} h`
  const formula = `${q(usage.provisionedConcurrency)} concurrency × ${memory(m)} × ${hours} × 3,600 s → ${perGbSecond(m.capacityGbSeconds, price)}`
  return flatLine(m, 'Provisioned concurrency', m.capacityGbSeconds, price, formula)
}

export function provisionedDurationLine(m: LambdaMeasures, prices: LambdaPrices): LineItem {
  const { usage } = m
  const price = prices.provisionedDuration[usage.architecture]
  const formula = `${q(usage.provisionedRequests)} requests × ${billedSeconds(usage.provisionedDurationMs, m.billedProvisionedMs)} × ${memory(m)} → ${perGbSecond(m.provisionedGbSeconds, price)}`
  return flatLine(m, 'Provisioned duration', m.provisionedGbSeconds, price, formula)
}

function perGbSecond(gbSeconds: number, price: Sourced): string {
  return `${q(gbSeconds)} GB-s × ${formatUsd(price.usd)}`
}

function flatLine(
  m: LambdaMeasures,
  item: string,
  gbSeconds: number,
  price: Sourced,
  formula: string,
): LineItem {
  return line(m, item, gbSeconds, 'GB-s', price.usd, gbSeconds * price.usd, formula)
}
