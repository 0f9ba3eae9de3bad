import { formatQuantity, formatUsd } from './lineItem'

/**
 * A graduated price: each tier prices only the units that fall inside it (AWS's "first 6
 * billion GB-seconds at x, next 9 billion at y"), so the total is continuous — no cliff where
 * one more unit reprices everything.
 */
export interface Tier {
  /** Units in this tier; `Infinity` for the last one. */
  readonly size: number
  /** USD per unit within the tier. */
  readonly price: number
}

export interface TierCharge {
  readonly quantity: number
  readonly price: number
  readonly cost: number
}

export interface GraduatedCost {
  readonly cost: number
  readonly charges: readonly TierCharge[]
}

/**
 * The cost of `quantity` units on `tiers`, starting `alreadyUsed` units in (so several
 * resources can share one account-wide tier ladder, each priced where the previous stopped).
 */
export function graduated(
  quantity: number,
  tiers: readonly Tier[],
  alreadyUsed = 0,
): GraduatedCost {
  // The units billed here are [from, to) on the account's ladder; each tier takes its overlap.
  const from = Math.max(0, alreadyUsed)
  const to = from + Math.max(0, quantity)
  const charges: TierCharge[] = []
  let start = 0
  for (const tier of tiers) {
    const end = start + tier.size
    const used = Math.min(to, end) - Math.max(from, start)
    if (used > 0) charges.push({ quantity: used, price: tier.price, cost: used * tier.price })
    start = end
    if (start >= to) break
  }
  return { cost: charges.reduce((total, c) => total + c.cost, 0), charges }
}

/** "6,000,000,000 GB-s × $0.0000166667 + 1,000 GB-s × $0.0000150000". */
export function describeCharges(charges: readonly TierCharge[], unit: string): string {
  if (charges.length === 0) return `0 ${unit}`
  return charges
    .map((c) => `${formatQuantity(c.quantity)} ${unit} × ${formatUsd(c.price)}`)
    .join(' + ')
}
