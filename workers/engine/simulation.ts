import type { Scenario } from '../../src/model/scenario'
import type { ServiceModel } from '../../src/model/types'
import { ArrivalProcess } from './arrivals'
import { AsyncEvents } from './asyncEvents'
import { sampleDuration } from './distributions'
import { EventQueue } from './eventHeap'
import { Histogram } from './histogram'
import { LambdaFleet } from './lambda'
import { defaultBucketS, type SimulationOptions } from './options'
import { makePlan, PlanError, type Plan } from './plan'
import { Pollers, type PollerHost } from './pollers'
import { Random, RandomStream } from './random'
import { Recorder } from './recorder'
import { buildResult, type Tracks } from './report'
import type { SimulationResult } from './result'
import { ApiStat, ChannelStat, FnStat, GroupStat, TableStat } from './stats'
import { TableRequests } from './tableRequests'

/** Kinds of scheduled events; the payload is `index × 4 + kind`. */
const Event = { complete: 0, expire: 1, asyncRetry: 2, poll: 3 } as const
const EVENT_BITS = 2

/** How a traffic source's arrivals enter the design. */
const EntryKind = { api: 0, function: 1, channel: 2 } as const

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
export class Simulation implements PollerHost {
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
  private readonly outputFirst: Int32Array
  private readonly outputChannel: Int32Array
  private readonly outputWrites: Float64Array
  private readonly outputReads: Float64Array
  private readonly outputCut: Uint8Array
  // APIs and sources.
  private readonly overheadMs: Float64Array
  private readonly integrationTimeoutMs: Float64Array
  private readonly processes: ArrivalProcess[]
  /** Each source's own stream: its arrival times, routes and WebSocket message counts. */
  private readonly sourceRandom: Random[]
  private readonly nextArrival: Float64Array
  private nextSource = -1
  private readonly entryKind: Int32Array
  private readonly entryTarget: Int32Array
  private readonly entryKb: Float64Array
  private readonly routes: Int32Array[]
  private readonly factors: Float64Array[]
  private readonly chooseOne: Uint8Array
  private gatewayLevel: number
  private gatewayAt = 0
  // Latency: per bucket, the part of the warm-up bucket before the window, the window.
  private readonly bucketLatency: Histogram[]
  private readonly headLatency: Histogram[]
  private readonly windowLatency: Histogram[]
  private readonly latency: { p50: Float64Array; p95: Float64Array; p99: Float64Array }
  // Time and buckets.
  readonly bucketS: number
  readonly buckets: number
  private readonly endS: number
  private readonly warmupS: number
  private now = 0
  private nextBucket = 0
  private nextBucketEnd: number
  private nextBoundary = 0
  private windowStarted = false
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
    const outputs = fns.flatMap((f) => f.outputs)
    this.outputFirst = new Int32Array(F + 1)
    fns.forEach((f, i) => (this.outputFirst[i + 1] = this.outputFirst[i]! + f.outputs.length))
    this.outputChannel = new Int32Array(outputs.map((o) => o.channel))
    this.outputWrites = new Float64Array(outputs.map((o) => o.writes))
    this.outputReads = new Float64Array(outputs.map((o) => o.reads))
    this.outputCut = new Uint8Array(outputs.map((o) => (o.cut ? 1 : 0)))

    this.overheadMs = new Float64Array(plan.apis.map((a) => a.overheadMs))
    this.integrationTimeoutMs = new Float64Array(plan.apis.map((a) => a.integrationTimeoutS * 1000))
    this.gatewayLevel = scenario.account.apiGatewayBurst
    this.sourceRandom = plan.sources.map(
      (_, i) => new Random(scenario.seed, RandomStream.traffic + i),
    )
    this.processes = plan.sources.map(
      (s, i) =>
        new ArrivalProcess(s.pattern, scenario.durationS, s.arrivals, this.sourceRandom[i]!),
    )
    this.nextArrival = new Float64Array(this.processes.map((p) => p.next()))
    this.pickNextSource()
    this.entryKind = new Int32Array(plan.sources.map((s) => EntryKind[s.entry.kind]))
    this.entryTarget = new Int32Array(
      plan.sources.map(({ entry }) =>
        entry.kind === 'api' ? entry.api : entry.kind === 'function' ? entry.fn : entry.channel,
      ),
    )
    this.entryKb = new Float64Array(
      plan.sources.map(({ entry }) => (entry.kind === 'function' ? 0 : entry.kb)),
    )
    this.routes = plan.sources.map(
      ({ entry }) => new Int32Array(entry.kind === 'api' ? entry.routes.map((r) => r.fn) : []),
    )
    this.factors = plan.sources.map(
      ({ entry }) =>
        new Float64Array(entry.kind === 'api' ? entry.routes.map((r) => r.factor) : []),
    )
    this.chooseOne = new Uint8Array(
      plan.sources.map(({ entry }) => (entry.kind === 'api' && entry.chooseOne ? 1 : 0)),
    )

    this.endS = scenario.durationS
    this.warmupS = scenario.warmupS
    this.bucketS = options.bucketS ?? defaultBucketS(scenario.durationS)
    this.buckets = Math.max(1, Math.ceil(this.endS / this.bucketS - 1e-9))
    this.nextBucketEnd = Math.min(this.bucketS, this.endS)
    this.bucketLatency = fns.map(() => new Histogram())
    this.headLatency = fns.map(() => new Histogram())
    this.windowLatency = fns.map(() => new Histogram())
    const perBucket = () => new Float64Array(F * this.buckets)
    this.latency = { p50: perBucket(), p95: perBucket(), p99: perBucket() }

    this.recorder = new Recorder(this.buckets)
    this.tracks = this.track()
    if (this.warmupS === 0) this.startWindow(0)
    this.nextBoundary = this.windowStarted
      ? this.nextBucketEnd
      : Math.min(this.warmupS, this.nextBucketEnd)
  }

  /** Simulated time reached, as a share of the scenario's duration. */
  progress(): number {
    return this.done ? 1 : Math.min(1, this.now / this.endS)
  }

  /** Advances by up to `maxEvents` events; true when the run is over. */
  run(maxEvents: number): boolean {
    if (this.done) return true
    const heap = this.heap
    const nextArrival = this.nextArrival
    const end = this.endS
    let processed = 0
    while (processed < maxEvents) {
      const s = this.nextSource
      const arrivalT = s >= 0 ? nextArrival[s]! : Infinity
      const eventT = heap.peekTime()
      const t = arrivalT <= eventT ? arrivalT : eventT
      if (t >= end) {
        this.events += processed
        this.finish(end)
        return true
      }
      if (t >= this.nextBoundary) this.crossBoundaries(t)
      this.now = t
      if (arrivalT <= eventT) {
        this.arrive(s, t)
        nextArrival[s] = this.processes[s]!.next()
        if (nextArrival.length > 1) this.pickNextSource()
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
    this.cached ??= buildResult({
      model: this.model,
      plan: this.plan,
      scenario: this.scenario,
      options: this.options,
      recorder: this.recorder,
      tracks: this.tracks,
      latency: this.latency,
      windowLatency: this.windowLatency,
      fleet: this.fleet,
      pollers: this.pollers,
      asyncPending: this.asyncEvents.pending(this.plan.functions.length),
      tablePartitions: this.tables.capacities.map((c) => c.partitions),
      sourceArrivals: this.sourceArrivals,
      bucketS: this.bucketS,
      buckets: this.buckets,
      reachedS: this.reachedS,
      complete: this.reachedS >= this.endS,
      windowStartS: this.windowStarted ? this.warmupS : this.reachedS,
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
    const target = this.entryTarget[s]!
    switch (this.entryKind[s]) {
      case EntryKind.function:
        this.invoke(target, t, 0, -1, SYNC)
        return
      case EntryKind.channel:
        this.deliver(target, t, this.entryKb[s]!)
        return
      default: {
        const routes = this.routes[s]!
        const random = this.sourceRandom[s]!
        if (this.chooseOne[s] === 1) {
          const fn = routes.length === 1 ? routes[0]! : routes[random.below(routes.length)]!
          this.apiRequest(target, s, fn, t)
          return
        }
        // A WebSocket connection: $connect, its messages, $disconnect, all at its arrival.
        this.apiStats[target * ApiStat.size + ApiStat.connections]! += 1
        const factors = this.factors[s]!
        for (let i = 0; i < routes.length; i++) {
          const n = random.count(factors[i]!)
          for (let k = 0; k < n; k++) this.apiRequest(target, s, routes[i]!, t)
        }
      }
    }
  }

  /** One request through API Gateway's account token bucket to its route's function. */
  private apiRequest(api: number, s: number, fn: number, t: number): void {
    const row = api * ApiStat.size
    const stats = this.apiStats
    stats[row + ApiStat.offered]! += 1
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
    stats[row + ApiStat.kb]! += this.entryKb[s]!
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
    if (!failed && this.outputFirst[f + 1]! > this.outputFirst[f]!) this.send(f, t)
    if (context >= 0) this.asyncFinished(context, failed, t)
    else if (context <= BATCH) this.pollers.finished(BATCH - context, batch, failed, t)
  }

  private scheduleExpiry(f: number, at: number): void {
    this.expiryAt[f] = at
    this.heap.pushFar(at, (f << EVENT_BITS) | Event.expire)
  }

  /** A successful invocation's sends: messages, publishes, objects, events (and reads). */
  private send(f: number, t: number): void {
    const random = this.random
    for (let o = this.outputFirst[f]!; o < this.outputFirst[f + 1]!; o++) {
      const c = this.outputChannel[o]!
      const reads = random.count(this.outputReads[o]!)
      if (reads > 0) this.channelStats[c * ChannelStat.size + ChannelStat.reads]! += reads
      const writes = random.count(this.outputWrites[o]!)
      for (let k = 0; k < writes; k++) {
        if (this.outputCut[o] === 1) {
          const row = c * ChannelStat.size
          this.channelStats[row + ChannelStat.arrivals]! += 1
          this.channelStats[row + ChannelStat.kb]! += 1
          this.channelStats[row + ChannelStat.cut]! += 1
        } else this.deliver(c, t, 1)
      }
    }
  }

  /** Something arrives at a channel: queued for pollers, or an async event per subscriber. */
  private deliver(c: number, t: number, kb: number): void {
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

  private pickNextSource(): void {
    const next = this.nextArrival
    let best = -1
    let bestT = Infinity
    for (let s = 0; s < next.length; s++) {
      if (next[s]! < bestT) {
        bestT = next[s]!
        best = s
      }
    }
    this.nextSource = best
  }

  /** Closes buckets and starts the statistics window up to time `t`, in order. */
  private crossBoundaries(t: number): void {
    while (this.nextBoundary <= t && this.nextBucket < this.buckets) {
      if (!this.windowStarted && this.warmupS <= this.nextBucketEnd) this.startWindow(this.warmupS)
      else this.closeBucket(this.nextBucketEnd)
      this.nextBoundary = this.windowStarted
        ? this.nextBucketEnd
        : Math.min(this.warmupS, this.nextBucketEnd)
    }
  }

  private startWindow(t: number): void {
    for (let f = 0; f < this.plan.functions.length; f++) {
      this.fleet.accumulate(f, t)
      this.headLatency[f]!.copyFrom(this.bucketLatency[f]!)
      this.bucketLatency[f]!.clear()
    }
    this.fleet.resetWindowPeaks()
    this.recorder.markWarmup()
    this.windowStarted = true
  }

  private closeBucket(t: number): void {
    const b = this.nextBucket
    const F = this.plan.functions.length
    for (let f = 0; f < F; f++) this.fleet.accumulate(f, t)
    this.tables.advance(t)
    this.tracks.update(this.tables, this.fleet)
    this.recorder.close(b)
    for (let f = 0; f < F; f++) {
      const bucket = this.bucketLatency[f]!
      const head = this.headLatency[f]!
      let whole = bucket
      if (head.count > 0) {
        head.add(bucket)
        whole = head
      }
      const at = f * this.buckets + b
      this.latency.p50[at] = whole.quantile(0.5)
      this.latency.p95[at] = whole.quantile(0.95)
      this.latency.p99[at] = whole.quantile(0.99)
      if (this.windowStarted) this.windowLatency[f]!.add(bucket)
      bucket.clear()
      head.clear()
    }
    this.fleet.resetPeaks()
    this.nextBucket = b + 1
    this.nextBucketEnd = Math.min((b + 2) * this.bucketS, this.endS)
  }

  /** Ends the run at `t`: the last bucket is closed there, even if it is not full. */
  private finish(t: number): void {
    this.crossBoundaries(t)
    if (!this.windowStarted && t >= this.warmupS) this.startWindow(this.warmupS)
    if (this.nextBucket < this.buckets && t > this.nextBucket * this.bucketS) this.closeBucket(t)
    this.now = t
    this.reachedS = t
    this.done = true
  }

  /** Registers every counter and gauge with the recorder. */
  private track(): Tracks {
    const r = this.recorder
    const tables = this.plan.tables
    const consumed = this.tables.capacities.map((c) => ({
      read: r.counter(c.consumedRead),
      write: r.counter(c.consumedWrite),
    }))
    const peaks = new Float64Array(this.plan.functions.length)
    const provisionedCapacity = new Float64Array(tables.length * 2)
    const depth = this.pollers.depth
    const tracks: Tracks = {
      fn: r.counter(this.fnStats),
      busyArea: r.counter(this.fleet.busyArea),
      idleArea: r.counter(this.fleet.idleArea),
      peaks: r.gauge(peaks),
      api: r.counter(this.apiStats),
      table: r.counter(this.tableStats),
      group: r.counter(this.groupStats),
      channel: r.counter(this.channelStats),
      consumed,
      provisionedCapacity: r.gauge(provisionedCapacity),
      depth: r.gauge(depth),
      update(requests, fleet) {
        for (let f = 0; f < peaks.length; f++) peaks[f] = fleet.bucketPeak[f]!
        requests.capacities.forEach((c, i) => {
          provisionedCapacity[2 * i] = c.rcu
          provisionedCapacity[2 * i + 1] = c.wcu
        })
      },
    }
    return tracks
  }
}

export type SimulationOutcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string }

/**
 * A run, ready to advance in slices (for a worker: progress and cancel between slices), or why
 * the scenario does not fit the design. The scenario must have passed `validateScenario`.
 */
export function createSimulation(
  model: ServiceModel,
  scenario: Scenario,
  options: SimulationOptions = {},
): SimulationOutcome<Simulation> {
  try {
    return { ok: true, value: new Simulation(model, scenario, options) }
  } catch (error) {
    if (error instanceof PlanError) return { ok: false, error: error.message }
    throw error
  }
}

/** A whole run at once. */
export function simulate(
  model: ServiceModel,
  scenario: Scenario,
  options: SimulationOptions = {},
): SimulationOutcome<SimulationResult> {
  const created = createSimulation(model, scenario, options)
  if (!created.ok) return created
  created.value.run(Infinity)
  return { ok: true, value: created.value.result() }
}
