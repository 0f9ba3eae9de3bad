import { Histogram } from './histogram'
import type { LambdaFleet } from './lambda'
import { bucketCount } from './options'
import type { Recorder } from './recorder'
import type { TableRequests } from './tableRequests'
import type { Tracks } from './tracks'

/**
 * The run's clock marks: the ends of the time buckets and the end of the warm-up, crossed in
 * order as simulated time passes. At a bucket's end the time-weighted integrals are brought up
 * to it, the gauges refreshed and the counters recorded, and the latency percentiles of the
 * invocations started in the bucket computed; at the warm-up's end the statistics window opens.
 * Latencies are recorded per function into the bucket's histogram (`bucketLatency`).
 */
export class Timeline {
  readonly buckets: number
  /** Simulated time at which `cross` must be called next. */
  nextBoundary = 0
  windowStarted = false
  readonly bucketLatency: Histogram[]
  /** Per function, the window's latencies. */
  readonly windowLatency: Histogram[]
  /** Per function then bucket (`f × buckets + b`): the latency percentiles, ms. */
  readonly latency: {
    readonly p50: Float64Array
    readonly p95: Float64Array
    readonly p99: Float64Array
  }
  /** The warm-up bucket's latencies from before the window opened. */
  private readonly headLatency: Histogram[]
  private nextBucket = 0
  private nextBucketEnd: number

  constructor(
    readonly bucketS: number,
    private readonly endS: number,
    private readonly warmupS: number,
    private readonly functions: number,
    private readonly fleet: LambdaFleet,
    private readonly tables: TableRequests,
    private readonly recorder: Recorder,
    private readonly tracks: Tracks,
  ) {
    this.buckets = bucketCount(endS, bucketS)
    this.nextBucketEnd = Math.min(bucketS, endS)
    const histograms = () => Array.from({ length: functions }, () => new Histogram())
    this.bucketLatency = histograms()
    this.headLatency = histograms()
    this.windowLatency = histograms()
    const perBucket = () => new Float64Array(functions * this.buckets)
    this.latency = { p50: perBucket(), p95: perBucket(), p99: perBucket() }
    if (warmupS === 0) this.startWindow(0)
    this.nextBoundary = this.windowStarted
      ? this.nextBucketEnd
      : Math.min(warmupS, this.nextBucketEnd)
  }

  /** Closes buckets and opens the statistics window up to time `t`, in order. */
  cross(t: number): void {
    while (this.nextBoundary <= t && this.nextBucket < this.buckets) {
      if (!this.windowStarted && this.warmupS <= this.nextBucketEnd) this.startWindow(this.warmupS)
      else this.closeBucket(this.nextBucketEnd)
      this.nextBoundary = this.windowStarted
        ? this.nextBucketEnd
        : Math.min(this.warmupS, this.nextBucketEnd)
    }
  }

  /** The run ends at `t`: the last bucket is closed there, even if it is not full. */
  finish(t: number): void {
    this.cross(t)
    if (!this.windowStarted && t >= this.warmupS) this.startWindow(this.warmupS)
    if (this.nextBucket < this.buckets && t > this.nextBucket * this.bucketS) this.closeBucket(t)
  }

  private startWindow(t: number): void {
    for (let f = 0; f < this.functions; f++) {
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
    for (let f = 0; f < this.functions; f++) this.fleet.accumulate(f, t)
    this.tables.advance(t)
    this.tracks.update(this.tables, this.fleet)
    this.recorder.close(b)
    for (let f = 0; f < this.functions; f++) {
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
}
