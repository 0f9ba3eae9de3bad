/** A growable FIFO of times (when each waiting message was sent), in a power-of-two ring. */
export class TimeQueue {
  private times = new Float64Array(64)
  private head = 0
  private count = 0

  get size(): number {
    return this.count
  }

  push(time: number): void {
    if (this.count === this.times.length) {
      const next = new Float64Array(this.times.length * 2)
      for (let i = 0; i < this.count; i++) {
        next[i] = this.times[(this.head + i) & (this.times.length - 1)]!
      }
      this.times = next
      this.head = 0
    }
    this.times[(this.head + this.count) & (this.times.length - 1)] = time
    this.count++
  }

  /** Removes and returns the oldest time; the queue must not be empty. */
  shift(): number {
    const time = this.times[this.head]!
    this.head = (this.head + 1) & (this.times.length - 1)
    this.count--
    return time
  }
}
