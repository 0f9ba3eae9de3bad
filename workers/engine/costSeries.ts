import { lambdaFreeTierLeft, priceUsage, type UsageTotals } from './cost'
import type { Plan } from './plan'
import type { RunRecord } from './report'
import type { CostSeries } from './result'
import { ApiStat, ChannelStat, FnStat, GroupStat } from './stats'

/**
 * Simulated usage read back from the counters and priced: the cost accrued bucket by bucket with
 * the Lambda free tier left, and the month the statistics window stands for.
 */

/** Usage totals from a counter reader (a window total, or a running sum over buckets). */
export function usageTotals(
  plan: Plan,
  read: (handle: 'fn' | 'api' | 'group' | 'channel', index: number) => number,
): UsageTotals {
  const F = plan.functions.length
  const per = (n: number, handle: 'fn' | 'api' | 'group' | 'channel', size: number, col: number) =>
    Float64Array.from({ length: n }, (_, i) => read(handle, i * size + col))
  const A = plan.apis.length
  const G = plan.tableGroups.length
  const C = plan.channels.length
  return {
    started: per(F, 'fn', FnStat.size, FnStat.started).map(
      (v, f) => v - read('fn', f * FnStat.size + FnStat.provisionedStarted),
    ),
    billedMs: per(F, 'fn', FnStat.size, FnStat.billedMs),
    provisionedStarted: per(F, 'fn', FnStat.size, FnStat.provisionedStarted),
    provisionedBilledMs: per(F, 'fn', FnStat.size, FnStat.provisionedBilledMs),
    apiServed: per(A, 'api', ApiStat.size, ApiStat.served),
    apiKb: per(A, 'api', ApiStat.size, ApiStat.kb),
    apiConnections: per(A, 'api', ApiStat.size, ApiStat.connections),
    groupReads: per(G, 'group', GroupStat.size, GroupStat.reads),
    groupWrites: per(G, 'group', GroupStat.size, GroupStat.writes),
    arrivals: per(C, 'channel', ChannelStat.size, ChannelStat.arrivals),
    kb: per(C, 'channel', ChannelStat.size, ChannelStat.kb),
    reads: per(C, 'channel', ChannelStat.size, ChannelStat.reads),
    receives: per(C, 'channel', ChannelStat.size, ChannelStat.receives),
  }
}

/**
 * Cost accrued from the start of the run, bucket by bucket, and the Lambda free tier left. The
 * run is taken as the start of a month: the free tier is whole at t = 0.
 */
export function costSeries(
  run: RunRecord,
  B: number,
  length: Float64Array,
  notes: string[],
): CostSeries {
  const { recorder: r, tracks, plan } = run
  const handles = { fn: tracks.fn, api: tracks.api, group: tracks.group, channel: tracks.channel }
  const running = new Map<string, Float64Array>()
  const cumulative = (handle: keyof typeof handles, index: number) => {
    const key = `${handle}:${index}`
    let sums = running.get(key)
    if (sums === undefined) {
      sums = r.series(handles[handle], index)
      for (let b = 1; b < B; b++) sums[b]! += sums[b - 1]!
      running.set(key, sums)
    }
    return sums
  }
  const accrued = new Float64Array(B)
  const requestsLeft = new Float64Array(B)
  const gbSecondsLeft = new Float64Array(B)
  const totalsAt = (b: number) =>
    usageTotals(plan, (handle, index) => cumulative(handle, index)[b]!)
  const elapsed = new Float64Array(B)
  for (let b = 0; b < B; b++) {
    elapsed[b] = (b > 0 ? elapsed[b - 1]! : 0) + length[b]!
    const left = lambdaFreeTierLeft(run.scenario, plan, totalsAt(b))
    requestsLeft[b] = left.requests
    gbSecondsLeft[b] = left.gbSeconds
  }
  // Pricing a bill takes milliseconds (every line carries its formula), so the accrued cost is
  // priced at up to COST_KNOTS bucket ends and joined by straight lines in between.
  let failure: string | undefined
  let previous = -1
  for (const knot of costKnots(B)) {
    const priced = priceUsage(
      run.model,
      run.scenario,
      plan,
      totalsAt(knot),
      1,
      elapsed[knot]! / 3600,
    )
    const value = priced.ok ? priced.total : NaN
    if (!priced.ok) failure ??= priced.error
    const fromT = previous >= 0 ? elapsed[previous]! : 0
    const fromValue = previous >= 0 ? accrued[previous]! : 0
    for (let b = previous + 1; b <= knot; b++) {
      const share = (elapsed[b]! - fromT) / (elapsed[knot]! - fromT)
      accrued[b] = b === knot ? value : fromValue + (value - fromValue) * share
    }
    previous = knot
  }
  if (failure !== undefined) notes.push(`The usage could not be priced: ${failure}`)
  return { accrued, lambdaFreeRequestsLeft: requestsLeft, lambdaFreeGbSecondsLeft: gbSecondsLeft }
}

/** Bucket ends where the accrued cost is priced exactly. */
export const COST_KNOTS = 16

function costKnots(buckets: number): number[] {
  if (buckets <= COST_KNOTS) return Array.from({ length: buckets }, (_, b) => b)
  return Array.from(
    { length: COST_KNOTS },
    (_, i) => Math.round(((i + 1) * buckets) / COST_KNOTS) - 1,
  )
}

/**
 * The window's usage scaled to the scenario's month and priced: the month's cost, by service.
 * An error when the price book cannot price the design.
 */
export function monthCost(
  run: RunRecord,
  windowS: number,
): { ok: true; total: number; services: Record<string, number> } | { ok: false; error: string } {
  const { recorder: r, tracks, plan } = run
  const handles = { fn: tracks.fn, api: tracks.api, group: tracks.group, channel: tracks.channel }
  const B = r.bucketsClosed
  const length = Float64Array.from({ length: B }, (_, b) =>
    Math.max(
      0,
      Math.min((b + 1) * run.bucketS, run.reachedS) - Math.max(b * run.bucketS, run.windowStartS),
    ),
  )
  const totals = {
    ...usageTotals(plan, (handle, index) => r.window(handles[handle], index)),
    ...meanCapacity(run, length)(0, B - 1),
  }
  const hours = run.scenario.cost.hoursPerMonth
  return priceUsage(run.model, run.scenario, plan, totals, (hours * 3600) / windowS, hours)
}

/**
 * Mean provisioned capacity of each table over buckets `from` to `to`, each weighted by its
 * `weight` (its length, or its part in the window); the capacity of a bucket is the one at its
 * end, as the gauge records it.
 */
function meanCapacity(run: RunRecord, weight: Float64Array) {
  const { recorder: r, tracks, plan } = run
  const rcu = plan.tables.map((_, t) => r.series(tracks.provisionedCapacity, 2 * t))
  const wcu = plan.tables.map((_, t) => r.series(tracks.provisionedCapacity, 2 * t + 1))
  return (from: number, to: number) => {
    const mean = (series: readonly Float64Array[]) =>
      Float64Array.from(series, (values) => {
        let sum = 0
        let total = 0
        for (let b = from; b <= to; b++) {
          sum += values[b]! * weight[b]!
          total += weight[b]!
        }
        return total > 0 ? sum / total : (values[to] ?? 0)
      })
    return { meanRcu: mean(rcu), meanWcu: mean(wcu) }
  }
}
