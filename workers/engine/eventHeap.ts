/**
 * The future event list: a binary min-heap of (time, payload) pairs held in typed arrays, so
 * scheduling an event allocates nothing. Events at the same time come out in an order fixed by
 * the sequence of pushes and pops, so a run is deterministic; no simulated behaviour depends on
 * that order.
 */
export class EventHeap {
  private times: Float64Array
  private payloads: Int32Array
  private count = 0

  constructor(capacity = 1024) {
    this.times = new Float64Array(capacity)
    this.payloads = new Int32Array(capacity)
  }

  get size(): number {
    return this.count
  }

  /** The earliest time, or Infinity when empty. */
  peekTime(): number {
    return this.count > 0 ? this.times[0]! : Infinity
  }

  /** The payload of the earliest event (undefined behaviour when empty). */
  peekPayload(): number {
    return this.payloads[0]!
  }

  push(time: number, payload: number): void {
    if (this.count === this.times.length) this.grow()
    const times = this.times
    const payloads = this.payloads
    let i = this.count++
    // Sift up: move parents down until the new entry's place is found.
    while (i > 0) {
      const parent = (i - 1) >> 1
      const pt = times[parent]!
      if (pt <= time) break
      times[i] = pt
      payloads[i] = payloads[parent]!
      i = parent
    }
    times[i] = time
    payloads[i] = payload
  }

  /** Removes the earliest event; read it first with `peekTime` and `peekPayload`. */
  pop(): void {
    const n = --this.count
    if (n <= 0) return
    const times = this.times
    const payloads = this.payloads
    const time = times[n]!
    const payload = payloads[n]!
    let i = 0
    // Sift the last entry down from the root.
    for (;;) {
      let child = 2 * i + 1
      if (child >= n) break
      let ct = times[child]!
      const right = child + 1
      if (right < n) {
        const rt = times[right]!
        if (rt < ct) {
          child = right
          ct = rt
        }
      }
      if (ct >= time) break
      times[i] = ct
      payloads[i] = payloads[child]!
      i = child
    }
    times[i] = time
    payloads[i] = payload
  }

  private grow(): void {
    const size = this.times.length * 2
    const times = new Float64Array(size)
    const payloads = new Int32Array(size)
    times.set(this.times)
    payloads.set(this.payloads)
    this.times = times
    this.payloads = payloads
  }
}

/**
 * The event list the engine uses: the heap, plus a FIFO lane for events pushed with `push` that
 * come no earlier than the last one in the lane. Completions of constant-length requests arrive
 * in time order, and the lane takes them in O(1); the rest go to the heap. Rare events far in
 * the future (expiries, retries) go straight to the heap with `pushFar`, so they do not close
 * the lane. The earlier of the two heads comes out first.
 */
export class EventQueue {
  private readonly heap = new EventHeap()
  private laneTimes = new Float64Array(1024)
  private lanePayloads = new Int32Array(1024)
  private laneHead = 0
  private laneCount = 0
  private laneLast = -Infinity

  get size(): number {
    return this.heap.size + this.laneCount
  }

  /** An event far ahead of the dense stream: always kept in the heap. */
  pushFar(time: number, payload: number): void {
    this.heap.push(time, payload)
  }

  push(time: number, payload: number): void {
    if (time < this.laneLast) {
      this.heap.push(time, payload)
      return
    }
    if (this.laneCount === this.laneTimes.length) this.growLane()
    const at = (this.laneHead + this.laneCount) & (this.laneTimes.length - 1)
    this.laneTimes[at] = time
    this.lanePayloads[at] = payload
    this.laneCount++
    this.laneLast = time
  }

  /** The earliest time, or Infinity when empty. */
  peekTime(): number {
    const heapTime = this.heap.peekTime()
    if (this.laneCount === 0) return heapTime
    const laneTime = this.laneTimes[this.laneHead]!
    return laneTime < heapTime ? laneTime : heapTime
  }

  /** Removes the earliest event and returns its payload (the queue must not be empty). */
  pop(): number {
    if (this.laneCount > 0) {
      const laneTime = this.laneTimes[this.laneHead]!
      if (laneTime < this.heap.peekTime()) {
        const payload = this.lanePayloads[this.laneHead]!
        this.laneHead = (this.laneHead + 1) & (this.laneTimes.length - 1)
        if (--this.laneCount === 0) this.laneLast = -Infinity
        return payload
      }
    }
    const payload = this.heap.peekPayload()
    this.heap.pop()
    return payload
  }

  private growLane(): void {
    const size = this.laneTimes.length * 2
    const times = new Float64Array(size)
    const payloads = new Int32Array(size)
    for (let i = 0; i < this.laneCount; i++) {
      const from = (this.laneHead + i) & (this.laneTimes.length - 1)
      times[i] = this.laneTimes[from]!
      payloads[i] = this.lanePayloads[from]!
    }
    this.laneTimes = times
    this.lanePayloads = payloads
    this.laneHead = 0
  }
}
