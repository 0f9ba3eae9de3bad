import type { Scenario } from '../../src/model/scenario'
import type { ServiceModel } from '../../src/model/types'
import { costSeries, monthCost } from './costSeries'
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
  FunctionSeries,
  FunctionSummary,
  LayerSeries,
  QueueSeries,
  SimulationResult,
  SimulationSummary,
  TableSeries,
  TableSummary,
} from './result'
import { ApiStat, ChannelStat, FnStat, TableStat } from './stats'
import type { Tracks } from './tracks'

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
    stageThrottled: apiSeries(a, ApiStat.stageThrottled),
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
      stageThrottled: at(ApiStat.stageThrottled),
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
    const month = monthCost(run, windowS)
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
      stageThrottled: at(ApiStat.stageThrottled),
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
