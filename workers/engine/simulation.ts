import type { Scenario } from '../../src/model/scenario'
import type { ServiceModel } from '../../src/model/types'
import { AsyncEvents } from './asyncEvents'
import { sampleDuration } from './distributions'
import { EventQueue } from './eventHeap'
import type { Histogram } from './histogram'
import { LambdaFleet } from './lambda'
import { bucketCount, bucketWidth, type SimulationOptions } from './options'
import { makePlan, type Plan } from './plan'
import { Pollers, type PollerHost } from './pollers'
import { Sends, type Delivery } from './sends'
import { Random, RandomStream } from './random'
import { Recorder } from './recorder'
import { buildResult } from './report'
import type { SimulationResult } from './result'
import { ApiStat, ChannelStat, FnStat, GroupStat, TableStat } from './stats'
import { TableRequests } from './tableRequests'
import { EntryKind, TrafficSources } from './trafficSources'
import { Timeline } from './timeline'
import { trackCounters, type Tracks } from './tracks'

/** Kinds of scheduled events; the payload is `index × 4 + kind`. */
const Event = { complete: 0, expire: 1, asyncRetry: 2, poll: 3 } as const
const EVENT_BITS = 2

/** What a running request is, stored on its environment: an async event id (≥ 0), or these. */
const SYNC = -1
/** A poller's batch of mapping m is `BATCH - m`. */
const BATCH = -2

/**
 * A discrete-event simulation of a design under a traffic scenario, run in slices so a worker
 * can report progress and stop early: `run(maxEvents)` advances the simulated clock by up to
 * that many events and says whether the run is over; `result()` ends it where it stands.
 *
 * One event loop serves every part: each traffic source draws its arrivals and routes from its
 * own random stream (so what-if runs on the same seed see the same traffic, request for
 * request), everything else from a behaviour stream.
 * The hot path (arrival → environment → completion) allocates nothing.
 */
export class Simulation implements PollerHost, Delivery {
  readonly plan: Plan
  private readonly scenario: Scenario
  private readonly options: SimulationOptions
  private readonly heap = new EventQueue()
  private readonly random: Random
  private readonly fleet: LambdaFleet
  private readonly tables: TableRequests
  private readonly pollers: Pollers
  private readonly asyncEvents = new AsyncEvents()
  // Cumulative counters (see stats.ts).
  private readonly fnStats: Float64Array
  private readonly apiStats: Float64Array
  private readonly tableStats: Float64Array
  private readonly groupStats: Float64Array
  private readonly channelStats: Float64Array
  private readonly sourceArrivals: Float64Array
  // Functions.
  private readonly durationKind: Int32Array
  private readonly durationA: Float64Array
  private readonly durationB: Float64Array
  private readonly timeoutMs: Float64Array
  private readonly coldMs: Float64Array
  private readonly usesTables: Uint8Array
  private readonly expiryAt: Float64Array
  private readonly sends: Sends
  // APIs and sources.
  private readonly overheadMs: Float64Array
  private readonly integrationTimeoutMs: Float64Array
  private readonly sources: TrafficSources
  private gatewayLevel: number
  private gatewayAt = 0
  // Stage and route token buckets (the plan's `throttles`).
  private readonly throttleRps: Float64Array
  private readonly throttleBurst: Float64Array
  private readonly throttleLevel: Float64Array
  private readonly throttleAt: Float64Array
  // Time, buckets and latency.
  private readonly timeline: Timeline
  private readonly bucketLatency: Histogram[]
  private readonly endS: number
  private now = 0
  private done = false
  private reachedS = 0
  private events = 0
  private arrivals = 0
  private readonly recorder: Recorder
  private readonly tracks: Tracks
  private cached: SimulationResult | undefined

  constructor(
    private readonly model: ServiceModel,
    scenario: Scenario,
    options: SimulationOptions = {},
  ) {
    const plan = makePlan(model, scenario, options)
    this.plan = plan
    this.scenario = scenario
    this.options = options
    const F = plan.functions.length
    this.random = new Random(scenario.seed, RandomStream.behaviour)
    this.fleet = new LambdaFleet(
      plan.functions,
      plan.unreservedConcurrency,
      scenario.account.scalingModel,
      plan.region,
    )
    this.fnStats = new Float64Array(F * FnStat.size)
    this.apiStats = new Float64Array(plan.apis.length * ApiStat.size)
    this.tableStats = new Float64Array(plan.tables.length * TableStat.size)
    this.groupStats = new Float64Array(plan.tableGroups.length * GroupStat.size)
    this.channelStats = new Float64Array(plan.channels.length * ChannelStat.size)
    this.sourceArrivals = new Float64Array(plan.sources.length)
    this.tables = new TableRequests(
      plan.functions,
      plan.tables,
      this.tableStats,
      this.groupStats,
      this.random,
      (table, t) => {
        for (const c of plan.tables[table]!.streams) this.deliver(c, t, 0)
      },
    )
    this.pollers = new Pollers(plan.channels, this.channelStats, this)

    const fns = plan.functions
    this.durationKind = new Int32Array(fns.map((f) => f.duration.kind))
    this.durationA = new Float64Array(fns.map((f) => f.duration.a))
    this.durationB = new Float64Array(fns.map((f) => f.duration.b))
    this.timeoutMs = new Float64Array(fns.map((f) => f.timeoutS * 1000))
    this.coldMs = new Float64Array(fns.map((f) => f.coldStartMs))
    this.usesTables = new Uint8Array(fns.map((_, f) => (this.tables.uses(f) ? 1 : 0)))
    this.expiryAt = new Float64Array(F).fill(Infinity)
    this.sends = new Sends(fns, this.channelStats, this.random, this)

    this.overheadMs = new Float64Array(plan.apis.map((a) => a.overheadMs))
    this.integrationTimeoutMs = new Float64Array(plan.apis.map((a) => a.integrationTimeoutS * 1000))
    this.gatewayLevel = scenario.account.apiGatewayBurst
    this.throttleRps = new Float64Array(plan.throttles.map((b) => b.rps))
    this.throttleBurst = new Float64Array(plan.throttles.map((b) => b.burst))
    this.throttleLevel = new Float64Array(this.throttleBurst)
    this.throttleAt = new Float64Array(plan.throttles.length)
    this.sources = new TrafficSources(plan.sources, scenario)

    this.endS = scenario.durationS
    const bucketS = bucketWidth(scenario.durationS, options.bucketS)
    this.recorder = new Recorder(bucketCount(this.endS, bucketS))
    this.tracks = trackCounters(
      this.recorder,
      {
        fn: this.fnStats,
        api: this.apiStats,
        table: this.tableStats,
        group: this.groupStats,
        channel: this.channelStats,
      },
      this.fleet,
      this.tables,
      this.pollers,
    )
    this.timeline = new Timeline(
      bucketS,
      this.endS,
      scenario.warmupS,
      F,
      this.fleet,
      this.tables,
      this.recorder,
      this.tracks,
    )
    this.bucketLatency = this.timeline.bucketLatency
  }

  /** Simulated time reached, as a share of the scenario's duration. */
  progress(): number {
    return this.done ? 1 : Math.min(1, this.now / this.endS)
  }

  /** Advances by up to `maxEvents` events; true when the run is over. */
  run(maxEvents: number): boolean {
    if (this.done) return true
    const heap = this.heap
    const sources = this.sources
    const arrivals = sources.times
    const end = this.endS
    let processed = 0
    while (processed < maxEvents) {
      const s = sources.next
      const arrivalT = s >= 0 ? arrivals[s]! : Infinity
      const eventT = heap.peekTime()
      const t = arrivalT <= eventT ? arrivalT : eventT
      if (t >= end) {
        this.events += processed
        this.finish(end)
        return true
      }
      if (t >= this.timeline.nextBoundary) this.timeline.cross(t)
      this.now = t
      if (arrivalT <= eventT) {
        this.arrive(s, t)
        sources.advance(s)
      } else {
        this.dispatch(heap.pop(), t)
      }
      processed++
    }
    this.events += processed
    return false
  }

  /** The result; a run not yet over is ended at the simulated time it reached. */
  result(): SimulationResult {
    if (!this.done) this.finish(this.now)
    const timeline = this.timeline
    this.cached ??= buildResult({
      model: this.model,
      plan: this.plan,
      scenario: this.scenario,
      options: this.options,
      recorder: this.recorder,
      tracks: this.tracks,
      latency: timeline.latency,
      windowLatency: timeline.windowLatency,
      fleet: this.fleet,
      pollers: this.pollers,
      asyncPending: this.asyncEvents.pending(this.plan.functions.length),
      tablePartitions: this.tables.capacities.map((c) => c.partitions),
      sourceArrivals: this.sourceArrivals,
      bucketS: timeline.bucketS,
      buckets: timeline.buckets,
      reachedS: this.reachedS,
      complete: this.reachedS >= this.endS,
      windowStartS: timeline.windowStarted ? this.scenario.warmupS : this.reachedS,
      events: this.events,
      arrivals: this.arrivals,
    })
    return this.cached
  }

  // ── event handling ──────────────────────────────────────────────────────────────────────

  private dispatch(payload: number, t: number): void {
    const index = payload >> EVENT_BITS
    switch (payload & 3) {
      case Event.complete:
        this.complete(index, t)
        return
      case Event.expire: {
        this.expiryAt[index] = Infinity
        const next = this.fleet.expire(index, t)
        if (next !== Infinity) this.scheduleExpiry(index, next)
        return
      }
      case Event.asyncRetry:
        this.attemptAsync(index, t)
        return
      default:
        this.pollers.poll(index, t)
    }
  }

  private arrive(s: number, t: number): void {
    this.arrivals++
    this.sourceArrivals[s]! += 1
    const sources = this.sources
    const target = sources.target[s]!
    switch (sources.kind[s]) {
      case EntryKind.function:
        this.invoke(target, t, 0, -1, SYNC)
        return
      case EntryKind.channel:
        this.deliver(target, t, sources.kb[s]!)
        return
      default: {
        const routes = sources.routes[s]!
        const throttles = sources.throttles[s]!
        const random = sources.random[s]!
        if (sources.chooseOne[s] === 1) {
          const i = routes.length === 1 ? 0 : random.below(routes.length)
          this.apiRequest(target, s, routes[i]!, throttles[i]!, t)
          return
        }
        // A WebSocket connection: $connect, its messages, $disconnect, all at its arrival.
        this.apiStats[target * ApiStat.size + ApiStat.connections]! += 1
        const factors = sources.factors[s]!
        for (let i = 0; i < routes.length; i++) {
          const n = random.count(factors[i]!)
          for (let k = 0; k < n; k++) this.apiRequest(target, s, routes[i]!, throttles[i]!, t)
        }
      }
    }
  }

  /**
   * One request through API Gateway's token buckets to its route's function: its route's (or
   * stage's) bucket `bucket` first, if it has one, then the account's, in the order AWS evaluates
   * them (simulation-facts.md §3.2). A request the route's bucket refuses never reaches the
   * account's, so takes no token there; one the account's refuses keeps the route token it took.
   */
  private apiRequest(api: number, s: number, fn: number, bucket: number, t: number): void {
    const row = api * ApiStat.size
    const stats = this.apiStats
    stats[row + ApiStat.offered]! += 1
    if (bucket >= 0) {
      const routeLevel = Math.min(
        this.throttleBurst[bucket]!,
        this.throttleLevel[bucket]! + (t - this.throttleAt[bucket]!) * this.throttleRps[bucket]!,
      )
      this.throttleAt[bucket] = t
      if (routeLevel < 1) {
        this.throttleLevel[bucket] = routeLevel
        stats[row + ApiStat.throttled]! += 1
        stats[row + ApiStat.stageThrottled]! += 1
        return
      }
      this.throttleLevel[bucket] = routeLevel - 1
    }
    const account = this.scenario.account
    const level = Math.min(
      account.apiGatewayBurst,
      this.gatewayLevel + (t - this.gatewayAt) * account.apiGatewayRps,
    )
    this.gatewayAt = t
    if (level < 1) {
      this.gatewayLevel = level
      stats[row + ApiStat.throttled]! += 1
      return
    }
    this.gatewayLevel = level - 1
    stats[row + ApiStat.served]! += 1
    stats[row + ApiStat.kb]! += this.sources.kb[s]!
    if (this.invoke(fn, t, this.overheadMs[api]!, api, SYNC) < 0) {
      stats[row + ApiStat.lambdaThrottled]! += 1
    }
  }

  /** An invocation attempt; returns the environment running it, or -1 when throttled. */
  private invoke(f: number, t: number, overheadMs: number, api: number, context: number): number {
    const row = f * FnStat.size
    const stats = this.fnStats
    stats[row + FnStat.attempts]! += 1
    const id = this.fleet.admit(f, t, this.random)
    if (id < 0) {
      stats[row + FnStat.throttled]! += 1
      return -1
    }
    const cold = this.fleet.lastCold
    const initMs = cold ? this.coldMs[f]! : 0
    let runMs = sampleDuration(
      this.durationKind[f]!,
      this.durationA[f]!,
      this.durationB[f]!,
      this.random,
    )
    if (this.usesTables[f] === 1) runMs += this.tables.run(f, t + initMs / 1000) * 1000
    let failed = 0
    if (runMs > this.timeoutMs[f]!) {
      runMs = this.timeoutMs[f]!
      failed = 1
      stats[row + FnStat.timedOut]! += 1
    }
    const busyMs = initMs + runMs
    const latencyMs = overheadMs + busyMs
    this.bucketLatency[f]!.record(latencyMs)
    if (api >= 0 && latencyMs > this.integrationTimeoutMs[api]!) {
      this.apiStats[api * ApiStat.size + ApiStat.timedOut]! += 1
    }
    // Billed per 1 ms, the INIT phase included (billed since 1 Aug 2025, simulation-facts.md §0).
    const billedMs = Math.ceil(runMs) + Math.ceil(initMs)
    const store = this.fleet.store
    if (store.provisioned[id] === 1) {
      stats[row + FnStat.provisionedStarted]! += 1
      stats[row + FnStat.provisionedBilledMs]! += billedMs
    } else stats[row + FnStat.billedMs]! += billedMs
    stats[row + FnStat.started]! += 1
    if (cold) stats[row + FnStat.coldStarts]! += 1
    store.context[id] = context
    store.failed[id] = failed
    this.heap.push(t + busyMs / 1000, (id << EVENT_BITS) | Event.complete)
    return id
  }

  private complete(id: number, t: number): void {
    const store = this.fleet.store
    const f = store.fn[id]!
    const context = store.context[id]!
    const failed = store.failed[id] === 1
    const batch = store.batch[id]!
    const expiresAt = this.fleet.release(id, t, this.expiryAt[f] !== Infinity)
    if (expiresAt === expiresAt) this.scheduleExpiry(f, expiresAt)
    this.fnStats[f * FnStat.size + FnStat.completed]! += 1
    if (!failed && this.sends.any(f)) this.sends.send(f, t)
    if (context >= 0) this.asyncFinished(context, failed, t)
    else if (context <= BATCH) this.pollers.finished(BATCH - context, batch, failed, t)
  }

  private scheduleExpiry(f: number, at: number): void {
    this.expiryAt[f] = at
    this.heap.pushFar(at, (f << EVENT_BITS) | Event.expire)
  }

  /** Something arrives at a channel: queued for pollers, or an async event per subscriber. */
  deliver(c: number, t: number, kb: number): void {
    const row = c * ChannelStat.size
    this.channelStats[row + ChannelStat.arrivals]! += 1
    this.channelStats[row + ChannelStat.kb]! += kb
    const channel = this.plan.channels[c]!
    if (channel.kind === 'queue' || channel.kind === 'stream') this.pollers.enqueue(c, t)
    for (const fn of channel.subscribers) {
      this.fnStats[fn * FnStat.size + FnStat.asyncEvents]! += 1
      this.attemptAsync(this.asyncEvents.create(fn, t), t)
    }
  }

  private attemptAsync(event: number, t: number): void {
    const f = this.asyncEvents.fn[event]!
    if (this.invoke(f, t, 0, -1, event) >= 0) return
    const at = this.asyncEvents.retryAfterThrottle(event, t)
    if (at === at) this.heap.pushFar(at, (event << EVENT_BITS) | Event.asyncRetry)
    else this.deadLetterAsync(event, t)
  }

  private asyncFinished(event: number, failed: boolean, t: number): void {
    if (!failed) {
      this.fnStats[this.asyncEvents.fn[event]! * FnStat.size + FnStat.asyncSucceeded]! += 1
      this.asyncEvents.release(event)
      return
    }
    const at = this.asyncEvents.retryAfterError(event, t)
    if (at === at) this.heap.pushFar(at, (event << EVENT_BITS) | Event.asyncRetry)
    else this.deadLetterAsync(event, t)
  }

  private deadLetterAsync(event: number, t: number): void {
    const f = this.asyncEvents.fn[event]!
    this.fnStats[f * FnStat.size + FnStat.deadLettered]! += 1
    this.asyncEvents.release(event)
    const target = this.plan.functions[f]!.deadLetter
    if (target >= 0) this.deliver(target, t, 1)
  }

  // ── PollerHost ──────────────────────────────────────────────────────────────────────────

  invokeBatch(fn: number, mapping: number, count: number, t: number): boolean {
    const id = this.invoke(fn, t, 0, -1, BATCH - mapping)
    if (id < 0) return false
    this.fleet.store.batch[id] = count
    return true
  }

  schedulePoll(c: number, at: number): void {
    this.heap.pushFar(at, (c << EVENT_BITS) | Event.poll)
  }

  deadLetter(c: number, count: number, t: number): void {
    const target = this.plan.channels[c]!.deadLetter
    if (target >= 0) for (let k = 0; k < count; k++) this.deliver(target, t, 1)
  }

  // ── time ────────────────────────────────────────────────────────────────────────────────

  /** Ends the run at `t`. */
  private finish(t: number): void {
    this.timeline.finish(t)
    this.now = t
    this.reachedS = t
    this.done = true
  }
}
