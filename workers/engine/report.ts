import type { Scenario } from '../../src/model/scenario'
import type { ServiceModel } from '../../src/model/types'
import { lambdaFreeTierLeft, priceUsage, type UsageTotals } from './cost'
import type { Histogram } from './histogram'
import type { LambdaFleet } from './lambda'
import type { SimulationOptions } from './options'
import type { Plan } from './plan'
import type { Pollers } from './pollers'
import type { Handle, Recorder } from './recorder'
import type {
  ApiSeries,
  ApiSummary,
  Conservation,
  CostSeries,
  FunctionSeries,
  FunctionSummary,
  LayerSeries,
  QueueSeries,
  SimulationResult,
  SimulationSummary,
  TableSeries,
  TableSummary,
} from './result'
import { ApiStat, ChannelStat, FnStat, GroupStat, TableStat } from './stats'
import type { TableRequests } from './tableRequests'

/** The recorder handles of the engine's counters and gauges. */
export interface Tracks {
  readonly fn: Handle
  readonly busyArea: Handle
  readonly idleArea: Handle
  readonly peaks: Handle
  readonly api: Handle
  readonly table: Handle
  readonly group: Handle
  readonly channel: Handle
  readonly consumed: readonly { readonly read: Handle; readonly write: Handle }[]
  readonly provisionedCapacity: Handle
  readonly depth: Handle
  /** Refreshes the gauges before a bucket closes. */
  update(requests: TableRequests, fleet: LambdaFleet): void
}

export interface RunRecord {
  readonly model: ServiceModel
  readonly plan: Plan
  readonly scenario: Scenario
  readonly options: SimulationOptions
  readonly recorder: Recorder
  readonly tracks: Tracks
  readonly latency: {
    readonly p50: Float64Array
    readonly p95: Float64Array
    readonly p99: Float64Array
  }
  readonly windowLatency: readonly Histogram[]
  readonly fleet: LambdaFleet
  readonly pollers: Pollers
  readonly asyncPending: Int32Array
  /** Partitions each table ended with (on-demand tables split as they grow). */
  readonly tablePartitions: readonly number[]
  readonly sourceArrivals: Float64Array
  readonly bucketS: number
  readonly buckets: number
  readonly reachedS: number
  readonly complete: boolean
  readonly windowStartS: number
  readonly events: number
  readonly arrivals: number
}

/** Turns a finished run's counters into the series, the summary and the conservation totals. */
export function buildResult(run: RunRecord): SimulationResult {
  const { plan, recorder: r, tracks, scenario } = run
  const B = r.bucketsClosed
  const length = new Float64Array(B)
  const time = new Float64Array(B)
  for (let b = 0; b < B; b++) {
    time[b] = b * run.bucketS
    length[b] = Math.min((b + 1) * run.bucketS, run.reachedS) - time[b]!
  }
  const perSecond = (values: Float64Array) =>
    values.map((v, b) => (length[b]! > 0 ? v / length[b]! : 0))
  const column = (handle: Handle, size: number) => (row: number, col: number) =>
    r.series(handle, row * size + col)
  const fnSeries = column(tracks.fn, FnStat.size)
  const apiSeries = column(tracks.api, ApiStat.size)
  const tableSeries = column(tracks.table, TableStat.size)
  const channelSeries = column(tracks.channel, ChannelStat.size)

  const functions: FunctionSeries[] = plan.functions.map((fn, f) => {
    const latency = (values: Float64Array) => values.slice(f * run.buckets, f * run.buckets + B)
    return {
      id: fn.id,
      offered: fnSeries(f, FnStat.attempts),
      served: fnSeries(f, FnStat.started),
      throttled: fnSeries(f, FnStat.throttled),
      coldStarts: fnSeries(f, FnStat.coldStarts),
      timedOut: fnSeries(f, FnStat.timedOut),
      deadLettered: fnSeries(f, FnStat.deadLettered),
      busy: perSecond(r.series(tracks.busyArea, f)),
      idle: perSecond(r.series(tracks.idleArea, f)),
      provisioned: new Float64Array(B).fill(fn.provisioned),
      peakConcurrency: r.series(tracks.peaks, f),
      latencyP50: latency(run.latency.p50),
      latencyP95: latency(run.latency.p95),
      latencyP99: latency(run.latency.p99),
    }
  })
  const apis: ApiSeries[] = plan.apis.map((api, a) => ({
    id: api.id,
    offered: apiSeries(a, ApiStat.offered),
    served: apiSeries(a, ApiStat.served),
    throttled: apiSeries(a, ApiStat.throttled),
    timedOut: apiSeries(a, ApiStat.timedOut),
  }))
  const tables: TableSeries[] = plan.tables.map((table, t) => {
    const partitions = run.tablePartitions[t]!
    const rate = (handle: Handle) => {
      const m = r.matrix(handle, 0, partitions)
      for (let b = 0; b < B; b++) {
        for (let p = 0; p < partitions; p++) {
          const at = b * partitions + p
          m[at] = length[b]! > 0 ? m[at]! / length[b]! : 0
        }
      }
      return m
    }
    return {
      id: table.id,
      partitions,
      consumedRcu: rate(tracks.consumed[t]!.read),
      consumedWcu: rate(tracks.consumed[t]!.write),
      reads: tableSeries(t, TableStat.reads),
      writes: tableSeries(t, TableStat.writes),
      throttledReads: tableSeries(t, TableStat.throttledReads),
      throttledWrites: tableSeries(t, TableStat.throttledWrites),
      provisionedRcu: r.series(tracks.provisionedCapacity, 2 * t),
      provisionedWcu: r.series(tracks.provisionedCapacity, 2 * t + 1),
    }
  })
  const queues: QueueSeries[] = plan.channels.flatMap((channel, c) =>
    channel.kind === 'queue' || channel.kind === 'stream'
      ? [
          {
            id: channel.id,
            kind: channel.kind,
            sent: channelSeries(c, ChannelStat.arrivals),
            processed: channelSeries(c, ChannelStat.processed),
            depth: r.series(tracks.depth, c),
            deadLettered: channelSeries(c, ChannelStat.deadLettered),
          },
        ]
      : [],
  )
  const layers = {
    api: sumLayers(
      B,
      apis.map((a) => ({ offered: a.offered, served: a.served, throttled: a.throttled })),
    ),
    lambda: sumLayers(
      B,
      functions.map((f) => ({ offered: f.offered, served: f.served, throttled: f.throttled })),
    ),
    dynamodb: sumLayers(
      B,
      tables.map((t) => {
        const served = add(t.reads, t.writes)
        const throttled = add(t.throttledReads, t.throttledWrites)
        return { offered: add(served, throttled), served, throttled }
      }),
    ),
  }

  const priced = run.options.price ?? true
  const notes = [...plan.notes]
  const cost = priced ? costSeries(run, B, length, notes) : undefined
  const summary = summarise(run, priced, notes)
  return {
    settings: {
      seed: scenario.seed,
      durationS: scenario.durationS,
      warmupS: scenario.warmupS,
      bucketS: run.bucketS,
      buckets: B,
      endS: run.reachedS,
      complete: run.complete,
    },
    time,
    layers,
    functions,
    apis,
    tables,
    queues,
    ...(cost && { cost }),
    summary,
    conservation: conservation(run),
    notes,
    events: run.events,
    arrivals: run.arrivals,
  }
}

function add(a: Float64Array, b: Float64Array): Float64Array {
  return a.map((v, i) => v + b[i]!)
}

function sumLayers(buckets: number, parts: readonly LayerSeries[]): LayerSeries {
  const offered = new Float64Array(buckets)
  const served = new Float64Array(buckets)
  const throttled = new Float64Array(buckets)
  for (const part of parts) {
    for (let b = 0; b < buckets; b++) {
      offered[b]! += part.offered[b]!
      served[b]! += part.served[b]!
      throttled[b]! += part.throttled[b]!
    }
  }
  return { offered, served, throttled }
}

/** Usage totals from a counter reader (a window total, or a running sum over buckets). */
function usageTotals(
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
function costSeries(run: RunRecord, B: number, length: Float64Array, notes: string[]): CostSeries {
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

function summarise(run: RunRecord, priced: boolean, notes: string[]): SimulationSummary {
  const { plan, recorder: r, tracks, fleet } = run
  const windowS = Math.max(0, run.reachedS - run.windowStartS)
  const perSecond = (v: number) => (windowS > 0 ? v / windowS : 0)
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0)
  const fn = (f: number, col: number) => r.window(tracks.fn, f * FnStat.size + col)
  const functions: Record<string, FunctionSummary> = {}
  plan.functions.forEach((planned, f) => {
    const invocations = fn(f, FnStat.started)
    const throttled = fn(f, FnStat.throttled)
    const coldStarts = fn(f, FnStat.coldStarts)
    const avgBusy = perSecond(r.window(tracks.busyArea, f))
    const avgIdle = perSecond(r.window(tracks.idleArea, f))
    const latency = run.windowLatency[f]!
    functions[planned.id] = {
      invocations,
      coldStarts,
      coldStartProbability: ratio(coldStarts, invocations),
      throttled,
      throttleProbability: ratio(throttled, invocations + throttled),
      avgInstances: avgBusy + avgIdle,
      avgBusy,
      avgIdle,
      peakConcurrency: fleet.windowPeak[f]!,
      latencyMs: {
        p50: latency.quantile(0.5),
        p95: latency.quantile(0.95),
        p99: latency.quantile(0.99),
      },
      timedOut: fn(f, FnStat.timedOut),
      deadLettered: fn(f, FnStat.deadLettered),
      coldStartMs: planned.coldStartMs,
      coldStartBasis: planned.coldStartBasis,
    }
  })
  const apis: Record<string, ApiSummary> = {}
  plan.apis.forEach((api, a) => {
    const at = (col: number) => r.window(tracks.api, a * ApiStat.size + col)
    apis[api.id] = {
      offered: at(ApiStat.offered),
      served: at(ApiStat.served),
      throttled: at(ApiStat.throttled),
      timedOut: at(ApiStat.timedOut),
      functionThrottled: at(ApiStat.lambdaThrottled),
    }
  })
  const tables: Record<string, TableSummary> = {}
  plan.tables.forEach((table, t) => {
    const at = (col: number) => r.window(tracks.table, t * TableStat.size + col)
    let consumedRcu = 0
    let consumedWcu = 0
    const partitions = run.tablePartitions[t]!
    for (let p = 0; p < partitions; p++) {
      consumedRcu += r.window(tracks.consumed[t]!.read, p)
      consumedWcu += r.window(tracks.consumed[t]!.write, p)
    }
    tables[table.id] = {
      partitions,
      consumedRcu,
      consumedWcu,
      reads: at(TableStat.reads),
      writes: at(TableStat.writes),
      throttledReads: at(TableStat.throttledReads),
      throttledWrites: at(TableStat.throttledWrites),
      throttleEvents: at(TableStat.throttleEvents),
    }
  })
  let cost: number | null = null
  let costByService: Record<string, number> = {}
  if (priced && windowS > 0) {
    const handles = { fn: tracks.fn, api: tracks.api, group: tracks.group, channel: tracks.channel }
    const totals = usageTotals(plan, (handle, index) => r.window(handles[handle], index))
    const monthS = run.scenario.cost.hoursPerMonth * 3600
    const month = priceUsage(
      run.model,
      run.scenario,
      plan,
      totals,
      monthS / windowS,
      run.scenario.cost.hoursPerMonth,
    )
    if (month.ok) {
      cost = month.total
      costByService = month.services
    } else notes.push(`The month could not be priced: ${month.error}`)
  }
  return { windowS, functions, apis, tables, cost, costByService }
}

function conservation(run: RunRecord): Conservation {
  const { plan, recorder: r, tracks, fleet, pollers } = run
  const functions: Record<string, Conservation['functions'][string]> = {}
  plan.functions.forEach((fn, f) => {
    const at = (col: number) => r.total(tracks.fn, f * FnStat.size + col)
    functions[fn.id] = {
      attempts: at(FnStat.attempts),
      started: at(FnStat.started),
      throttled: at(FnStat.throttled),
      completed: at(FnStat.completed),
      running: fleet.busy[f]!,
      events: at(FnStat.asyncEvents),
      succeeded: at(FnStat.asyncSucceeded),
      deadLettered: at(FnStat.deadLettered),
      pending: run.asyncPending[f]!,
    }
  })
  const apis: Record<string, ApiSummary> = {}
  plan.apis.forEach((api, a) => {
    const at = (col: number) => r.total(tracks.api, a * ApiStat.size + col)
    apis[api.id] = {
      offered: at(ApiStat.offered),
      served: at(ApiStat.served),
      throttled: at(ApiStat.throttled),
      timedOut: at(ApiStat.timedOut),
      functionThrottled: at(ApiStat.lambdaThrottled),
    }
  })
  const queues: Record<string, Conservation['queues'][string]> = {}
  plan.channels.forEach((channel, c) => {
    if (channel.kind !== 'queue' && channel.kind !== 'stream') return
    const at = (col: number) => r.total(tracks.channel, c * ChannelStat.size + col)
    queues[channel.id] = {
      arrivals: at(ChannelStat.arrivals) - at(ChannelStat.cut),
      processed: at(ChannelStat.processed),
      deadLettered: at(ChannelStat.deadLettered),
      waiting: pollers.queues[c]!.size,
      inFlight: pollers.inFlight[c]!,
    }
  })
  return {
    sources: plan.sources.map((s, i) => ({ label: s.label, arrivals: run.sourceArrivals[i]! })),
    functions,
    apis,
    queues,
  }
}
