/**
 * Per-bucket series from cumulative counters. The hot loop only ever adds to counters (typed
 * arrays that grow from zero for the whole run); at each bucket end the recorder stores the
 * difference since the previous end, and at the end of the warm-up it snapshots every counter
 * so that the statistics window is "at the end" minus "at the warm-up". Gauges (a queue's
 * depth, a table's provisioned capacity) are copied as they stand at each bucket end.
 */
export class Recorder {
  private readonly entries: Entry[] = []
  private closed = 0

  constructor(readonly buckets: number) {}

  /** A cumulative counter array: its series are per-bucket increments. */
  counter(values: Float64Array): Handle {
    return this.add(values, true)
  }

  /** A level: its series are the values at each bucket end. */
  gauge(values: Float64Array): Handle {
    return this.add(values, false)
  }

  /** Buckets closed so far. */
  get bucketsClosed(): number {
    return this.closed
  }

  /** Records bucket `b` (buckets close in order). */
  close(b: number): void {
    for (const e of this.entries) {
      const n = e.values.length
      const row = b * n
      if (e.cumulative) {
        for (let j = 0; j < n; j++) {
          e.history[row + j] = e.values[j]! - e.previous[j]!
          e.previous[j] = e.values[j]!
        }
      } else e.history.set(e.values, row)
    }
    this.closed = b + 1
  }

  /** The statistics window starts now. */
  markWarmup(): void {
    for (const e of this.entries) e.atWarmup.set(e.values)
  }

  /** Element `j` of a tracked array, bucket by bucket (closed buckets only). */
  series(handle: Handle, j: number): Float64Array {
    const e = this.entries[handle]!
    const n = e.values.length
    const out = new Float64Array(this.closed)
    for (let b = 0; b < this.closed; b++) out[b] = e.history[b * n + j]!
    return out
  }

  /** Elements `from` to `from + width` of a tracked array for every bucket, row by row. */
  matrix(handle: Handle, from: number, width: number): Float64Array {
    const e = this.entries[handle]!
    const n = e.values.length
    const out = new Float64Array(this.closed * width)
    for (let b = 0; b < this.closed; b++) {
      out.set(e.history.subarray(b * n + from, b * n + from + width), b * width)
    }
    return out
  }

  /** A counter's growth over the statistics window (up to now). */
  window(handle: Handle, j: number): number {
    const e = this.entries[handle]!
    return e.values[j]! - e.atWarmup[j]!
  }

  /** A counter's value now (since the start of the run). */
  total(handle: Handle, j: number): number {
    return this.entries[handle]!.values[j]!
  }

  private add(values: Float64Array, cumulative: boolean): Handle {
    this.entries.push({
      values,
      cumulative,
      previous: new Float64Array(values.length),
      atWarmup: new Float64Array(values.length),
      history: new Float64Array(this.buckets * values.length),
    })
    return this.entries.length - 1
  }
}

export type Handle = number

interface Entry {
  readonly values: Float64Array
  readonly cumulative: boolean
  readonly previous: Float64Array
  readonly atWarmup: Float64Array
  readonly history: Float64Array
}
