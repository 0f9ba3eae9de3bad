import type { Random } from './random'

/**
 * Every execution environment of a run, in growable typed arrays indexed by an instance id. Ids
 * of reclaimed environments are reused; `generation` keeps counting across reuse, so a stale
 * reference (an expiry noted before the environment was taken again) is recognised as stale.
 */
export class InstanceStore {
  /** The function an environment belongs to. */
  fn: Int32Array
  /** Creation order across the run: larger is newer. */
  created: Int32Array
  /** Bumped each time the environment is taken or reclaimed. */
  generation: Int32Array
  /** ≥ 0 while the environment is idle in its function's pool, else -1. */
  position: Int32Array
  /** 1 for a provisioned-concurrency environment (never reclaimed). */
  provisioned: Uint8Array
  /** What the current request is: see `RequestContext`. */
  context: Int32Array
  /** Messages of the batch being processed (poll-based invocations). */
  batch: Int32Array
  /** 1 when the current request fails (it reached the function's timeout). */
  failed: Uint8Array
  private free: Int32Array
  private freeCount = 0
  private used = 0
  private nextCreated = 0

  constructor(capacity = 256) {
    this.fn = new Int32Array(capacity)
    this.created = new Int32Array(capacity)
    this.generation = new Int32Array(capacity)
    this.position = new Int32Array(capacity).fill(-1)
    this.provisioned = new Uint8Array(capacity)
    this.context = new Int32Array(capacity)
    this.batch = new Int32Array(capacity)
    this.failed = new Uint8Array(capacity)
    this.free = new Int32Array(capacity)
  }

  /** A new environment of function `fn`. */
  allocate(fn: number, provisioned: boolean): number {
    let id: number
    if (this.freeCount > 0) id = this.free[--this.freeCount]!
    else {
      if (this.used === this.fn.length) this.grow()
      id = this.used++
    }
    this.fn[id] = fn
    this.created[id] = this.nextCreated++
    this.position[id] = -1
    this.provisioned[id] = provisioned ? 1 : 0
    return id
  }

  /** Reclaims an environment; its id may be handed out again. */
  release(id: number): void {
    this.generation[id]! += 1
    this.position[id] = -1
    this.free[this.freeCount++] = id
  }

  private grow(): void {
    const size = this.fn.length * 2
    const int32 = (old: Int32Array) => {
      const next = new Int32Array(size)
      next.set(old)
      return next
    }
    const uint8 = (old: Uint8Array) => {
      const next = new Uint8Array(size)
      next.set(old)
      return next
    }
    this.fn = int32(this.fn)
    this.created = int32(this.created)
    this.generation = int32(this.generation)
    const position = new Int32Array(size).fill(-1)
    position.set(this.position)
    this.position = position
    this.provisioned = uint8(this.provisioned)
    this.context = int32(this.context)
    this.batch = int32(this.batch)
    this.failed = uint8(this.failed)
    this.free = int32(this.free)
  }
}

/** Which idle environment takes a request (a scenario setting; SimFaaS and Lambda: newest). */
export const Routing = { newest: 0, oldest: 1, random: 2 } as const
export type Routing = (typeof Routing)[keyof typeof Routing]

/**
 * The idle environments of one function. `newest` takes the most recently created idle
 * environment (SimFaaS's rule, which lets older ones age out), `oldest` the least recently
 * created, `random` any.
 *
 * For `newest` and `oldest` the pool is a bitmap over creation order (one bit per environment
 * ever created, set while it is idle): adding and removing set and clear a bit, and taking scans
 * for the highest (or lowest) set bit from a hint that follows the pool, skipping 32 environments
 * per word — under `newest` only the busy environments newer than the newest idle one lie
 * between. `random` keeps an unordered list. `position` in the store is ≥ 0 while an environment
 * is idle.
 */
export class IdlePool {
  size = 0
  private readonly routing: Routing
  // newest / oldest: bit k of `words` is set while the environment created k-th is idle.
  private words = new Int32Array(8)
  private ids = new Int32Array(256)
  private high = 0
  private low = 0
  // random: the idle environments in no order.
  private list = new Int32Array(16)

  constructor(
    private readonly store: InstanceStore,
    routing: Routing,
  ) {
    this.routing = routing
  }

  add(id: number): void {
    this.size++
    if (this.routing === Routing.random) {
      if (this.size > this.list.length) this.list = grown(this.list, this.size)
      this.list[this.size - 1] = id
      this.store.position[id] = this.size - 1
      return
    }
    this.store.position[id] = 0
    const key = this.store.created[id]!
    const word = key >>> 5
    if (word >= this.words.length) this.words = grown(this.words, word + 1)
    if (key >= this.ids.length) this.ids = grown(this.ids, key + 1)
    this.ids[key] = id
    this.words[word]! |= 1 << (key & 31)
    if (this.size === 1) {
      this.high = word
      this.low = word
    } else {
      if (word > this.high) this.high = word
      if (word < this.low) this.low = word
    }
  }

  /** Takes the environment the routing policy picks; the pool must not be empty. */
  take(random: Random): number {
    if (this.routing === Routing.random) {
      const id = this.list[random.below(this.size)]!
      this.remove(id)
      return id
    }
    const words = this.words
    let key: number
    if (this.routing === Routing.newest) {
      let w = this.high
      while (words[w] === 0) w--
      this.high = w
      key = (w << 5) + 31 - Math.clz32(words[w]!)
    } else {
      let w = this.low
      while (words[w] === 0) w++
      this.low = w
      const bits = words[w]!
      key = (w << 5) + 31 - Math.clz32(bits & -bits)
    }
    const id = this.ids[key]!
    this.remove(id)
    return id
  }

  remove(id: number): void {
    this.size--
    const position = this.store.position
    if (this.routing === Routing.random) {
      const at = position[id]!
      const last = this.list[this.size]!
      this.list[at] = last
      position[last] = at
    } else {
      const key = this.store.created[id]!
      this.words[key >>> 5]! &= ~(1 << (key & 31))
    }
    position[id] = -1
  }
}

function grown(array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(needed, array.length * 2))
  next.set(array)
  return next
}
