import type { Derived } from '../capacity/derived'
import { formatUsd, sumCosts, type LineItem } from '../lineItem'

/** A bill's total with the sum that makes it: "$0.20 (Requests) + $1.00 (Duration (GB-s)) = $1.20". */
export function totalOf(lines: readonly LineItem[]): Derived {
  const value = sumCosts(lines)
  if (lines.length === 0) return { value, formula: `no line items = ${formatUsd(value)}` }
  const parts = lines.map((line) => `${formatUsd(line.cost)} (${line.item})`)
  return { value, formula: `${parts.join(' + ')} = ${formatUsd(value)}` }
}
