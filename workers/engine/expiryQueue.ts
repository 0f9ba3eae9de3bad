/**
 * When a function's idle environments expire. An environment that goes idle at t expires at
 * t + keep-alive unless taken first; the keep-alive is the same for every environment of the
 * function, so expiry times arrive in increasing order and a FIFO ring holds them: one append
 * per completed request, no heap. Entries of environments taken again before they expire stay
 * in the ring and are skipped as stale (their generation no longer matches).
 */
export class ExpiryQueue {
  private times = new Float64Array(64)
  private ids = new Int32Array(64)
  private generations = new Int32Array(64)
  private head = 0
  private count = 0

  get size(): number {
    return this.count
  }

  push(time: number, id: number, generation: number): void {
    if (this.count === this.times.length) this.grow()
    const at = (this.head + this.count) & (this.times.length - 1)
    this.times[at] = time
    this.ids[at] = id
    this.generations[at] = generation
    this.count++
  }

  headTime(): number {
    return this.count > 0 ? this.times[this.head]! : Infinity
  }

  headId(): number {
    return this.ids[this.head]!
  }

  headGeneration(): number {
    return this.generations[this.head]!
  }

  shift(): void {
    this.head = (this.head + 1) & (this.times.length - 1)
    this.count--
  }

  /** Capacity stays a power of two so positions wrap with a mask. */
  private grow(): void {
    const size = this.times.length * 2
    const times = new Float64Array(size)
    const ids = new Int32Array(size)
    const generations = new Int32Array(size)
    for (let i = 0; i < this.count; i++) {
      const from = (this.head + i) & (this.times.length - 1)
      times[i] = this.times[from]!
      ids[i] = this.ids[from]!
      generations[i] = this.generations[from]!
    }
    this.times = times
    this.ids = ids
    this.generations = generations
    this.head = 0
  }
}
