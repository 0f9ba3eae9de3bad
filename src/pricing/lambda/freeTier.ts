import { LAMBDA_ARCHITECTURES, type LambdaPrices } from './prices'
import type { LambdaMeasures } from './measures'

/** The part of the account's monthly free tier given to one function. */
export interface FreeShare {
  readonly requests: number
  readonly gbSeconds: number
}

/**
 * Shares the free tier out once across all functions of the account, in a fixed order.
 *
 * - It is account-wide (L-PAGE): 1M requests and 400,000 GB-s a month, for all functions and both
 *   architectures together (the sharing across architectures is a secondary-source fact).
 * - What it covers follows AWS's provisioned-concurrency example 1 (facts §6): the request
 *   allowance covers every request, including those served by provisioned concurrency; the
 *   GB-s allowance covers on-demand duration only. Provisioned concurrency and the duration it
 *   serves are never free (L-PAGE: "the Lambda free tier does not apply" to them). Ephemeral
 *   storage has no free tier beyond the 512 MB that is never billed.
 * - Order: requests go to functions in the order given. GB-s go to x86_64 functions first, then
 *   arm64, each in the order given. AWS does not document the split between architectures; x86_64
 *   first spends the allowance where a GB-s costs more, so the estimate is the lower of the two.
 *   Within one architecture the order changes no total, only which function's line shows it,
 *   because the duration tiers count the architecture's usage as a whole.
 *
 * With the free tier off, every share is zero.
 */
export function shareFreeTier(
  functions: readonly LambdaMeasures[],
  prices: LambdaPrices,
  enabled: boolean,
): FreeShare[] {
  if (!enabled) return functions.map(() => ({ requests: 0, gbSeconds: 0 }))
  let requestsLeft = prices.freeTier.requests.quantity
  const requests = functions.map((f) => {
    const share = Math.min(requestsLeft, f.totalRequests)
    requestsLeft -= share
    return share
  })
  let gbSecondsLeft = prices.freeTier.durationGbSeconds.quantity
  const gbSeconds = functions.map(() => 0)
  for (const architecture of LAMBDA_ARCHITECTURES) {
    functions.forEach((f, index) => {
      if (f.usage.architecture !== architecture) return
      const share = Math.min(gbSecondsLeft, f.onDemandGbSeconds)
      gbSecondsLeft -= share
      gbSeconds[index] = share
    })
  }
  return functions.map((_, index) => ({
    requests: requests[index] ?? 0,
    gbSeconds: gbSeconds[index] ?? 0,
  }))
}
