import type { ScalingModel } from '../../src/model/scenario'
import { CURRENT_SCALING, LEGACY_SCALING_PER_SECOND, legacyBurst } from './defaults'
import { ExpiryQueue } from './expiryQueue'
import { IdlePool, InstanceStore } from './instances'
import type { PlannedFunction } from './plan'
import type { Random } from './random'

/** Why a request found no environment: the reasons Lambda answers 429 for. */
export const Throttle = {
  /** The function's reserved concurrency or the scenario's maxConcurrency. */
  function: -1,
  /** The account's unreserved concurrency. */
  account: -2,
  /** The scaling rate: no new environment may start yet. */
  scaling: -3,
} as const

/**
 * The execution environments of every function, and the rules for getting one: a request takes
 * an idle provisioned environment first, then an idle on-demand one (by the function's routing
 * policy), else a new one starts cold. Concurrency (busy environments) is capped per function
 * (reserved concurrency, maxConcurrency) and across the functions without reserved concurrency
 * (the account limit less what is reserved or provisioned); new environments also spend a token
 * of the scaling rate. Time-weighted busy and idle counts are integrated as they change.
 */
export class LambdaFleet {
  readonly store = new InstanceStore()
  private readonly pools: IdlePool[]
  private readonly expiries: ExpiryQueue[]
  private readonly provisionedIdle: Int32Array[]
  readonly provisionedIdleCount: Int32Array
  readonly busy: Int32Array
  readonly idle: Int32Array
  readonly provisioned: Int32Array
  /** Cumulative busy-environment seconds and idle-environment seconds since the start. */
  readonly busyArea: Float64Array
  readonly idleArea: Float64Array
  private readonly lastT: Float64Array
  /** Highest concurrency since `resetPeaks` (per bucket) and since `resetWindowPeaks` (statistics). */
  readonly bucketPeak: Int32Array
  readonly windowPeak: Int32Array
  private readonly cap: Float64Array
  private readonly shared: Uint8Array
  private readonly keepAlive: Float64Array
  private sharedBusy = 0
  private readonly sharedCap: number
  private readonly legacy: boolean
  private readonly tokens: Float64Array
  private readonly tokensAt: Float64Array
  private readonly tokenCapacity: number
  private readonly tokenRate: number
  /** Whether the last environment `admit` returned started cold. */
  lastCold = false

  constructor(
    functions: readonly PlannedFunction[],
    unreservedConcurrency: number,
    scalingModel: ScalingModel,
    region: string,
  ) {
    const n = functions.length
    this.pools = functions.map((f) => new IdlePool(this.store, f.routing))
    this.expiries = functions.map(() => new ExpiryQueue())
    this.provisionedIdle = functions.map((f) => new Int32Array(f.provisioned))
    this.provisionedIdleCount = new Int32Array(n)
    this.busy = new Int32Array(n)
    this.idle = new Int32Array(n)
    this.provisioned = new Int32Array(functions.map((f) => f.provisioned))
    this.busyArea = new Float64Array(n)
    this.idleArea = new Float64Array(n)
    this.lastT = new Float64Array(n)
    this.bucketPeak = new Int32Array(n)
    this.windowPeak = new Int32Array(n)
    this.cap = new Float64Array(functions.map((f) => f.maxConcurrency))
    this.shared = new Uint8Array(
      functions.map((f) => (f.reservedConcurrency === undefined ? 1 : 0)),
    )
    this.keepAlive = new Float64Array(functions.map((f) => f.keepAliveS))
    this.sharedCap = unreservedConcurrency
    this.legacy = scalingModel === 'legacy'
    // Current rule: one bucket per function; legacy: one account bucket (index 0).
    this.tokenCapacity = this.legacy ? legacyBurst(region) : CURRENT_SCALING.burst
    this.tokenRate = this.legacy ? LEGACY_SCALING_PER_SECOND : CURRENT_SCALING.perSecond
    this.tokens = new Float64Array(this.legacy ? 1 : n).fill(this.tokenCapacity)
    this.tokensAt = new Float64Array(this.legacy ? 1 : n)
    // Provisioned environments exist, initialised, from the start.
    functions.forEach((f, i) => {
      for (let k = 0; k < f.provisioned; k++) {
        this.provisionedIdle[i]![k] = this.store.allocate(i, true)
      }
      this.provisionedIdleCount[i] = f.provisioned
      this.idle[i] = f.provisioned
    })
  }

  /** Brings function `f`'s busy and idle integrals up to time `t`. */
  accumulate(f: number, t: number): void {
    const dt = t - this.lastT[f]!
    if (dt > 0) {
      this.busyArea[f]! += this.busy[f]! * dt
      this.idleArea[f]! += this.idle[f]! * dt
      this.lastT[f] = t
    }
  }

  /**
   * An environment for a request to function `f` at `t`, now busy; `lastCold` says whether it
   * starts cold. A negative `Throttle` code when there is none.
   */
  admit(f: number, t: number, random: Random): number {
    const busy = this.busy[f]!
    if (busy >= this.cap[f]!) return Throttle.function
    let id: number
    let cold = false
    const provisionedIdle = this.provisionedIdleCount[f]!
    if (provisionedIdle > 0) {
      id = this.provisionedIdle[f]![provisionedIdle - 1]!
      this.provisionedIdleCount[f] = provisionedIdle - 1
    } else {
      const shared = this.shared[f] === 1
      if (shared && this.sharedBusy >= this.sharedCap) return Throttle.account
      const pool = this.pools[f]!
      if (pool.size > 0) id = pool.take(random)
      else {
        if (!this.takeScalingToken(f, t)) return Throttle.scaling
        id = this.store.allocate(f, false)
        cold = true
      }
      if (shared) this.sharedBusy++
    }
    this.accumulate(f, t)
    if (!cold) this.idle[f]!--
    const now = busy + 1
    this.busy[f] = now
    if (now > this.bucketPeak[f]!) this.bucketPeak[f] = now
    if (now > this.windowPeak[f]!) this.windowPeak[f] = now
    this.store.generation[id]! += 1
    this.lastCold = cold
    return id
  }

  /**
   * Environment `id` finished its request at `t` and goes idle (a zero keep-alive reclaims it at
   * once). Returns the time of its expiry when the caller must schedule an expiry check for the
   * function (none is pending), else NaN.
   */
  release(id: number, t: number, expiryPending: boolean): number {
    const store = this.store
    const f = store.fn[id]!
    this.accumulate(f, t)
    this.busy[f]!--
    if (store.provisioned[id] === 1) {
      this.provisionedIdle[f]![this.provisionedIdleCount[f]!++] = id
      this.idle[f]!++
      return NaN
    }
    if (this.shared[f] === 1) this.sharedBusy--
    const keepAlive = this.keepAlive[f]!
    if (keepAlive <= 0) {
      store.release(id)
      return NaN
    }
    this.idle[f]!++
    this.pools[f]!.add(id)
    const expiresAt = t + keepAlive
    this.expiries[f]!.push(expiresAt, id, store.generation[id]!)
    return expiryPending ? NaN : expiresAt
  }

  /**
   * Reclaims function `f`'s environments whose keep-alive ended by `t`. Returns when the next
   * one may expire (Infinity when none is idle).
   */
  expire(f: number, t: number): number {
    const queue = this.expiries[f]!
    const store = this.store
    while (queue.size > 0) {
      const id = queue.headId()
      const current = store.position[id]! >= 0 && store.generation[id] === queue.headGeneration()
      if (current && queue.headTime() > t) return queue.headTime()
      queue.shift()
      if (!current) continue
      this.accumulate(f, t)
      this.pools[f]!.remove(id)
      this.idle[f]!--
      store.release(id)
    }
    return Infinity
  }

  /** Starts new per-bucket peaks from the present concurrency. */
  resetPeaks(): void {
    this.bucketPeak.set(this.busy)
  }

  resetWindowPeaks(): void {
    this.windowPeak.set(this.busy)
  }

  private takeScalingToken(f: number, t: number): boolean {
    const i = this.legacy ? 0 : f
    const elapsed = t - this.tokensAt[i]!
    let tokens = this.tokens[i]!
    if (elapsed > 0) {
      tokens = Math.min(this.tokenCapacity, tokens + elapsed * this.tokenRate)
      this.tokensAt[i] = t
    }
    if (tokens < 1) {
      this.tokens[i] = tokens
      return false
    }
    this.tokens[i] = tokens - 1
    return true
  }
}
