import type { Scenario } from '../../src/model/scenario'
import type { ServiceModel } from '../../src/model/types'
import { estimate } from '../../src/pricing/estimate'
import { addTableOps, emptyTally } from '../../src/pricing/flow/tally'
import { usageFile, type UsageFile } from '../../src/pricing/flow/usage'
import { lambdaBooks } from '../../src/pricing/lambda/prices'
import type { Plan } from './plan'

/**
 * Simulated usage priced by the cost engine (src/pricing): the run's counts become the
 * USAGE.json a month of them makes, through the cost flow's own `usageFile`, with the Lambda
 * entries taken from the simulation (billed time per request, init included, and the requests
 * provisioned environments served) rather than from the scenario's mean duration.
 */
export interface UsageTotals {
  /** Per function: on-demand invocations and their billed ms; the same for provisioned ones. */
  readonly started: Float64Array
  readonly billedMs: Float64Array
  readonly provisionedStarted: Float64Array
  readonly provisionedBilledMs: Float64Array
  /** Per API: requests admitted, KB, WebSocket connections. */
  readonly apiServed: Float64Array
  readonly apiKb: Float64Array
  readonly apiConnections: Float64Array
  /** Per table billing group. */
  readonly groupReads: Float64Array
  readonly groupWrites: Float64Array
  /** Per channel. */
  readonly arrivals: Float64Array
  readonly kb: Float64Array
  readonly reads: Float64Array
  readonly receives: Float64Array
  /**
   * Per table: mean provisioned read and write capacity over the period (auto scaling moves it);
   * absent: the design's capacity.
   */
  readonly meanRcu?: Float64Array
  readonly meanWcu?: Float64Array
}

export type Priced =
  | { readonly ok: true; readonly total: number; readonly services: Record<string, number> }
  | { readonly ok: false; readonly error: string }

/**
 * The bill for `totals`, used over `seconds` and scaled by `scale` (1 for what accrued, month ÷
 * window for the month). Capacity billed by the hour (provisioned concurrency, provisioned
 * tables) is billed for `hours`, and storage for that share of the scenario's month.
 */
export function priceUsage(
  model: ServiceModel,
  scenario: Scenario,
  plan: Plan,
  totals: UsageTotals,
  scale: number,
  hours: number,
): Priced {
  const usage = usageOf(model, scenario, plan, totals, scale, hours)
  const priced = estimate(usage)
  if (!priced.ok) return { ok: false, error: priced.error }
  const services: Record<string, number> = {}
  for (const [name, cost] of Object.entries(priced.bill.services)) services[name] = cost ?? 0
  return { ok: true, total: priced.bill.total, services }
}

/** What is left of the month's Lambda free tier after `totals` (zero with the free tier off). */
export function lambdaFreeTierLeft(
  scenario: Scenario,
  plan: Plan,
  totals: UsageTotals,
): { readonly requests: number; readonly gbSeconds: number } {
  if (!scenario.cost.freeTier) return { requests: 0, gbSeconds: 0 }
  const free = lambdaBooks[scenario.cost.priceBook].freeTier
  let requests = 0
  let gbSeconds = 0
  plan.functions.forEach((fn, f) => {
    requests += totals.started[f]! + totals.provisionedStarted[f]!
    // Only on-demand duration draws on the free GB-s (src/pricing/lambda/freeTier.ts).
    gbSeconds += (totals.billedMs[f]! / 1000) * (fn.memoryMb / 1024)
  })
  return {
    requests: Math.max(0, free.requests.quantity - requests),
    gbSeconds: Math.max(0, free.durationGbSeconds.quantity - gbSeconds),
  }
}

function usageOf(
  model: ServiceModel,
  scenario: Scenario,
  plan: Plan,
  totals: UsageTotals,
  scale: number,
  hours: number,
): UsageFile {
  const tally = emptyTally()
  plan.functions.forEach((fn, f) => {
    tally.invocations.add(fn.id, (totals.started[f]! + totals.provisionedStarted[f]!) * scale)
  })
  plan.apis.forEach((api, a) => {
    tally.apiRequests.add(api.id, totals.apiServed[a]! * scale)
    tally.apiKb.add(api.id, totals.apiKb[a]! * scale)
    if (api.kind === 'websocketApi')
      tally.apiConnections.add(api.id, totals.apiConnections[a]! * scale)
  })
  plan.tableGroups.forEach((group, g) => {
    const table = plan.tables[group.table]!
    addTableOps(
      tally,
      table.id,
      { consistency: group.consistency, itemSizeKb: group.itemSizeKb },
      totals.groupReads[g]! * scale,
      totals.groupWrites[g]! * scale,
    )
  })
  plan.channels.forEach((channel, c) => {
    const arrivals = totals.arrivals[c]! * scale
    const kb = totals.kb[c]! * scale
    switch (channel.kind) {
      case 'queue':
        // One SendMessage per message, one ReceiveMessage and one DeleteMessageBatch per batch.
        tally.queueRequests.add(
          channel.id,
          arrivals + 2 * totals.receives[c]! * scale + totals.reads[c]! * scale,
        )
        tally.queueMessages.add(channel.id, arrivals)
        tally.queueKb.add(channel.id, kb)
        return
      case 'topic':
        tally.publishes.add(channel.id, arrivals)
        tally.topicKb.add(channel.id, kb)
        tally.extraDeliveries.add(channel.id, arrivals * scenario.cost.snsFanOut)
        return
      case 'bucket':
        tally.puts.add(channel.id, arrivals)
        tally.gets.add(channel.id, totals.reads[c]! * scale)
        return
      case 'eventBus':
        tally.events.add(channel.id, arrivals)
        return
      case 'schedule':
      case 'stream':
        // Scheduled events are free; Lambda reads DynamoDB streams for free.
        return
    }
  })
  const monthHours = scenario.cost.hoursPerMonth
  const billedHours = Math.min(744, Math.max(hours, 1e-9))
  const usage = usageFile(model, scenario, tally)
  const storageShare = Math.min(1, billedHours / monthHours)
  return {
    ...usage,
    hoursPerMonth: billedHours,
    lambda: plan.functions.flatMap((fn, f) => {
      const requests = totals.started[f]! * scale
      const provisionedRequests = totals.provisionedStarted[f]! * scale
      if (requests + provisionedRequests === 0 && fn.provisioned === 0) return []
      return [
        {
          name: fn.name,
          requests,
          durationMs: totals.started[f]! > 0 ? totals.billedMs[f]! / totals.started[f]! : 0,
          memoryMb: fn.memoryMb,
          architecture: fn.architecture,
          ephemeralStorageMb: fn.ephemeralStorageMb,
          provisionedConcurrency: fn.provisioned,
          provisionedHours: null,
          provisionedRequests,
          provisionedDurationMs:
            totals.provisionedStarted[f]! > 0
              ? totals.provisionedBilledMs[f]! / totals.provisionedStarted[f]!
              : fn.meanDurationMs,
        },
      ]
    }),
    ...(usage.dynamodb && {
      dynamodb: usage.dynamodb.map((d) => {
        const t = plan.tables.findIndex((table) => table.name === d.name)
        const table = plan.tables[t]
        const scaled = table?.autoScaling !== undefined && d.mode === 'provisioned'
        // The entry holds the table's capacity and its indexes'; only the table's is scaled. The
        // price book takes whole units: the mean is rounded up (less than a unit more).
        const capacity = scaled
          ? {
              rcu: d.rcu - table.rcu + Math.ceil(totals.meanRcu?.[t] ?? table.rcu),
              wcu: d.wcu - table.wcu + Math.ceil(totals.meanWcu?.[t] ?? table.wcu),
            }
          : {}
        return { ...d, ...capacity, storageGb: d.storageGb * storageShare }
      }),
    }),
  }
}
