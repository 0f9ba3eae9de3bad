import {
  formatQuantity,
  formatUsd,
  type LineItem,
  type ServiceName,
  type Sourced,
} from '../lineItem'
import { graduated, type Tier, type TierCharge } from '../tiers'

/** What every service's cost function is told about the month being priced. */
export interface PricingOptions {
  readonly freeTier: boolean
  readonly hoursPerMonth: number
}

/** One step of a graduated price as the pricing page quotes it ("first 333M at $3.50 per 1M"). */
export interface PriceTier {
  /** Units in this tier (requests, GB...); `Infinity` for the last one. */
  readonly size: number
  readonly price: Sourced
}

/** A price ladder, and the block of units its prices are quoted per (1,000,000 for "per 1M"). */
export interface Ladder {
  readonly tiers: readonly PriceTier[]
  readonly block: number
  /** How the block reads in a formula: `1M`, `1,000`, `GB`. */
  readonly blockLabel: string
}

export function flatLadder(price: Sourced, block: number, blockLabel: string): Ladder {
  return { tiers: [{ size: Infinity, price }], block, blockLabel }
}

/** A monthly free allowance; `12-month` offers end a year after sign-up, `always` ones never. */
export interface FreeAllowance {
  readonly units: number
  readonly term: '12-month' | 'always'
}

export interface Metered {
  /** Units before the free tier. */
  readonly quantity: number
  readonly free: number
  readonly billable: number
  readonly cost: number
  readonly charges: readonly TierCharge[]
}

/**
 * Prices `quantity` units on an account-wide ladder: `used` units were metered earlier this
 * month (by other resources) and `freeLeft` free units remain. Free units are the month's
 * first units, so the paid ones start on the ladder above them.
 */
export function meter(quantity: number, ladder: Ladder, used: number, freeLeft: number): Metered {
  const free = Math.min(quantity, Math.max(0, freeLeft))
  const billable = quantity - free
  const { cost, charges } = graduated(billable, perUnit(ladder), used + free)
  return { quantity, free, billable, cost, charges }
}

function perUnit(ladder: Ladder): Tier[] {
  return ladder.tiers.map((t) => ({ size: t.size, price: t.price.usd / ladder.block }))
}

export interface LineOf {
  readonly service: ServiceName
  readonly resource: string
  readonly item: string
  readonly unit: string
  readonly ladder: Ladder
  /** Replaces the plain "N units" that opens the formula, to show how N was metered. */
  readonly derivation?: string
  readonly allowance?: FreeAllowance
}

/**
 * A line item with its formula: "3,000,000 requests − 1,000,000 free (12-month free tier) =
 * 2,000,000 requests × $3.50 per 1M = $7.00".
 */
export function meteredLine(of: LineOf, m: Metered): LineItem {
  const first = of.ladder.tiers[0]?.price.usd ?? 0
  return {
    service: of.service,
    resource: of.resource,
    item: of.item,
    quantity: m.billable,
    unit: of.unit,
    unitPrice: m.billable > 0 ? m.cost / m.billable : first / of.ladder.block,
    cost: m.cost,
    formula: formulaOf(of, m),
  }
}

function formulaOf(of: LineOf, m: Metered): string {
  const opening = of.derivation ?? `${formatQuantity(m.quantity)} ${of.unit}`
  const afterFree =
    m.free > 0
      ? `${opening} − ${formatQuantity(m.free)} free (${termLabel(of.allowance)}) = ${formatQuantity(m.billable)} ${of.unit}`
      : opening
  const priced = m.charges.map(
    (c) => `${formatRate(c.price * of.ladder.block)} per ${of.ladder.blockLabel}`,
  )
  const [only] = priced
  if (m.charges.length === 1 && only !== undefined) {
    return `${afterFree} × ${only} = ${formatUsd(m.cost)}`
  }
  if (m.charges.length === 0) return `${afterFree} = ${formatUsd(m.cost)}`
  const tiers = m.charges.map((c, i) => `${formatQuantity(c.quantity)} × ${priced[i] ?? ''}`)
  return `${afterFree}: ${tiers.join(' + ')} = ${formatUsd(m.cost)}`
}

function termLabel(allowance: FreeAllowance | undefined): string {
  return allowance?.term === '12-month' ? '12-month free tier' : 'always-free tier'
}

/** A price as quoted: `$3.50`, `$0.038`, `$0.0004` (cents would hide the rate's last digits). */
export function formatRate(usd: number): string {
  const inCents = Math.round(usd * 100) / 100
  if (usd < 0.01 || Math.abs(inCents - usd) < 1e-12) return formatUsd(usd)
  return `$${Number(usd.toPrecision(6))}`
}

/** How many metering increments a payload takes: at least one, then one per started increment. */
export function increments(sizeKb: number, incrementKb: number): number {
  return Math.max(1, Math.ceil(sizeKb / incrementKb))
}
