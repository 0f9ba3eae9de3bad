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
 * The idle environments of one function, in creation order. `newest` takes the most recently
 * created idle environment (SimFaaS's rule, which lets older ones age out), `oldest` the least
 * recently created, `random` any. The environments are kept sorted by creation in the middle of
 * a buffer with room at both ends: under `newest` an environment going idle lands at or near
 * the end, the one taken is the last, and expiries hit the oldest at the front, so operations
 * cost a few moves in practice (an insertion-sort step from the nearer end, O(n) at worst).
 * `position` in the store is ≥ 0 while an environment is idle.
 */
export class IdlePool {
  private keys = new Int32Array(64)
  private ids = new Int32Array(64)
  private head = 32
  private tail = 32
  private readonly routing: Routing

  constructor(
    private readonly store: InstanceStore,
    routing: Routing,
  ) {
    this.routing = routing
  }

  get size(): number {
    return this.tail - this.head
  }

  add(id: number): void {
    const key = this.store.created[id]!
    this.store.position[id] = 0
    if (this.head === 0 || this.tail === this.keys.length) this.recentre()
    const keys = this.keys
    const ids = this.ids
    // An insertion-sort step from the nearer end: under `newest` the place is at or near the
    // end, under `oldest` at or near the front.
    if (this.tail === this.head || key > keys[(this.head + this.tail) >> 1]!) {
      let at = this.tail++
      while (at > this.head && keys[at - 1]! > key) {
        keys[at] = keys[at - 1]!
        ids[at] = ids[at - 1]!
        at--
      }
      keys[at] = key
      ids[at] = id
    } else {
      let at = --this.head
      while (at + 1 < this.tail && keys[at + 1]! < key) {
        keys[at] = keys[at + 1]!
        ids[at] = ids[at + 1]!
        at++
      }
      keys[at] = key
      ids[at] = id
    }
  }

  /** Takes the environment the routing policy picks; the pool must not be empty. */
  take(random: Random): number {
    let id: number
    if (this.routing === Routing.newest) id = this.ids[--this.tail]!
    else if (this.routing === Routing.oldest) id = this.ids[this.head++]!
    else {
      const at = this.head + random.below(this.size)
      id = this.ids[at]!
      this.removeAt(at)
    }
    this.store.position[id] = -1
    return id
  }

  remove(id: number): void {
    this.removeAt(this.search(this.store.created[id]!))
    this.store.position[id] = -1
  }

  /** The index of the first key ≥ `key` in [head, tail). */
  private search(key: number): number {
    let low = this.head
    let high = this.tail
    while (low < high) {
      const mid = (low + high) >> 1
      if (this.keys[mid]! < key) low = mid + 1
      else high = mid
    }
    return low
  }

  private removeAt(at: number): void {
    const keys = this.keys
    const ids = this.ids
    if (at - this.head < this.tail - at) {
      for (let i = at; i > this.head; i--) {
        keys[i] = keys[i - 1]!
        ids[i] = ids[i - 1]!
      }
      this.head++
    } else {
      for (let i = at + 1; i < this.tail; i++) {
        keys[i - 1] = keys[i]!
        ids[i - 1] = ids[i]!
      }
      this.tail--
    }
  }

  /** Moves the keys back to the middle of a buffer with room on both sides. */
  private recentre(): void {
    const size = this.size
    const capacity = Math.max(64, size * 4, this.keys.length)
    const keys = new Int32Array(capacity)
    const ids = new Int32Array(capacity)
    const head = (capacity - size) >> 1
    keys.set(this.keys.subarray(this.head, this.tail), head)
    ids.set(this.ids.subarray(this.head, this.tail), head)
    this.keys = keys
    this.ids = ids
    this.head = head
    this.tail = head + size
  }
}
