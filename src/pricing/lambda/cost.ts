import type { LineItem } from '../lineItem'
import { graduated, type Tier } from '../tiers'
import { shareFreeTier } from './freeTier'
import {
  durationLine,
  ephemeralStorageLine,
  provisionedConcurrencyLine,
  provisionedDurationLine,
  requestsLine,
} from './lines'
import { bookProblem, measure, type LambdaCostOptions } from './measures'
import { LAMBDA_ARCHITECTURES, type LambdaArchitecture, type LambdaPrices } from './prices'
import type { LambdaUsage } from './usage'

export type { LambdaCostOptions } from './measures'

/**
 * Why these usages cannot be priced with this book, or undefined: the first function whose
 * memory, ephemeral storage or provisioned hours the book does not allow.
 */
export function lambdaUsageProblem(
  usages: readonly LambdaUsage[],
  prices: LambdaPrices,
  options: LambdaCostOptions,
): string | undefined {
  for (const usage of usages) {
    const problem = bookProblem(usage, prices, options)
    if (problem !== undefined) return problem
  }
  return undefined
}

/**
 * The month's Lambda bill for the whole account, as line items per function (in the order
 * given): Requests, Duration (GB-s), then Ephemeral storage when configured above the free
 * 512 MB, and Provisioned concurrency and Provisioned duration when concurrency is provisioned.
 *
 * Account-wide rules: the free tier is shared once across all functions (see `shareFreeTier`);
 * on-demand duration tiers count each architecture's usage as a whole, so each function's
 * billable GB-s are priced where the previous function of its architecture stopped.
 *
 * Throws a RangeError naming the function and field when a configuration is outside what the
 * book allows (`lambdaUsageProblem` gives the same message without throwing).
 */
export function lambdaCost(
  usages: readonly LambdaUsage[],
  prices: LambdaPrices,
  options: LambdaCostOptions,
): LineItem[] {
  const problem = lambdaUsageProblem(usages, prices, options)
  if (problem !== undefined) throw new RangeError(problem)

  const functions = usages.map((usage) => measure(usage, prices, options))
  const shares = shareFreeTier(functions, prices, options.freeTier)
  const ladders = LAMBDA_ARCHITECTURES.map((architecture) =>
    ladderFor(architecture, prices, functions, shares),
  )

  return functions.flatMap((m, index) => {
    const share = shares[index] ?? { requests: 0, gbSeconds: 0 }
    const ladder = ladders.find((l) => l.architecture === m.usage.architecture)
    if (ladder === undefined) throw new Error(`no duration prices for ${m.usage.architecture}`)
    const billable = Math.max(0, m.onDemandGbSeconds - share.gbSeconds)
    const ladderStart = ladder.next
    ladder.next += billable
    const lines = [
      requestsLine(m, prices, share.requests, options.freeTier),
      durationLine(m, {
        freeGbSeconds: share.gbSeconds,
        freeTier: options.freeTier,
        tiers: ladder.tiers,
        ladderStart,
        earlierBilled: ladderStart - ladder.free,
        charged: graduated(billable, ladder.tiers, ladderStart),
      }),
    ]
    if (m.extraStorageGb > 0) lines.push(ephemeralStorageLine(m, prices))
    if (m.usage.provisionedConcurrency > 0) {
      lines.push(provisionedConcurrencyLine(m, prices), provisionedDurationLine(m, prices))
    }
    return lines
  })
}

/**
 * One architecture's account-wide duration ladder. Free GB-s take its bottom (the tiers count
 * all monthly duration, free or not); billable GB-s follow, function after function.
 */
interface Ladder {
  readonly architecture: LambdaArchitecture
  readonly tiers: readonly Tier[]
  readonly free: number
  next: number
}

function ladderFor(
  architecture: LambdaArchitecture,
  prices: LambdaPrices,
  functions: readonly { readonly usage: LambdaUsage }[],
  shares: readonly { readonly gbSeconds: number }[],
): Ladder {
  const free = functions.reduce(
    (total, f, index) =>
      f.usage.architecture === architecture ? total + (shares[index]?.gbSeconds ?? 0) : total,
    0,
  )
  const tiers = prices.duration[architecture].map((tier) => ({
    size: tier.size,
    price: tier.price.usd,
  }))
  return { architecture, tiers, free, next: free }
}
