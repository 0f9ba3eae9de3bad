import { ASYNC_RETRY } from './defaults'

/**
 * Events waiting in Lambda's asynchronous queue (from S3, SNS, EventBridge, schedules): each
 * remembers its function, when it first arrived, and how often it was throttled or failed, so
 * the retry rules of `ASYNC_RETRY` can be applied. Records live in typed arrays with a free list.
 */
export class AsyncEvents {
  fn = new Int32Array(64)
  errors = new Int32Array(64)
  throttles = new Int32Array(64)
  firstAt = new Float64Array(64)
  private alive = new Uint8Array(64)
  private free = new Int32Array(64)
  private freeCount = 0
  private used = 0

  create(fn: number, t: number): number {
    let id: number
    if (this.freeCount > 0) id = this.free[--this.freeCount]!
    else {
      if (this.used === this.fn.length) this.grow()
      id = this.used++
    }
    this.fn[id] = fn
    this.errors[id] = 0
    this.throttles[id] = 0
    this.firstAt[id] = t
    this.alive[id] = 1
    return id
  }

  release(id: number): void {
    this.alive[id] = 0
    this.free[this.freeCount++] = id
  }

  /**
   * When a throttled event is tried again: 1 s after the first throttle, doubling up to 5
   * minutes; NaN once that would pass the 6-hour maximum event age (the event is then dropped to
   * the dead-letter queue).
   */
  retryAfterThrottle(id: number, t: number): number {
    const n = this.throttles[id]!++
    const delay = Math.min(
      ASYNC_RETRY.throttleMaxDelayS,
      ASYNC_RETRY.throttleFirstDelayS * 2 ** Math.min(n, 30),
    )
    const at = t + delay
    return at - this.firstAt[id]! > ASYNC_RETRY.maxEventAgeS ? NaN : at
  }

  /** When a failed event is tried again (1 and 2 minutes later), or NaN after the second retry. */
  retryAfterError(id: number, t: number): number {
    const n = this.errors[id]!++
    const delay = ASYNC_RETRY.errorDelaysS[n]
    return delay === undefined ? NaN : t + delay
  }

  /** Events still waiting or running, by function. */
  pending(functions: number): Int32Array {
    const out = new Int32Array(functions)
    for (let id = 0; id < this.used; id++) if (this.alive[id] === 1) out[this.fn[id]!]!++
    return out
  }

  private grow(): void {
    const size = this.fn.length * 2
    const int32 = (old: Int32Array) => {
      const next = new Int32Array(size)
      next.set(old)
      return next
    }
    this.fn = int32(this.fn)
    this.errors = int32(this.errors)
    this.throttles = int32(this.throttles)
    this.free = int32(this.free)
    const firstAt = new Float64Array(size)
    firstAt.set(this.firstAt)
    this.firstAt = firstAt
    const alive = new Uint8Array(size)
    alive.set(this.alive)
    this.alive = alive
  }
}
