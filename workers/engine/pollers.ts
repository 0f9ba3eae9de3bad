import { POLLER_BACKOFF_S, SQS_POLLERS, STREAM_POLL_INTERVAL_S } from './defaults'
import type { PlannedChannel } from './plan'
import { ChannelStat } from './stats'
import { TimeQueue } from './timeQueue'

/** What the pollers need from the event loop. */
export interface PollerHost {
  /**
   * Invokes `fn` with a batch of `count` messages for mapping `mapping`; false when Lambda
   * throttled it (the messages then stay in the queue).
   */
  invokeBatch(fn: number, mapping: number, count: number, t: number): boolean
  /** Wakes the channel's pollers again at `at`. */
  schedulePoll(channel: number, at: number): void
  /** `count` messages of channel `c` failed: they go to its dead-letter queue, if any. */
  deadLetter(c: number, count: number, t: number): void
}

/**
 * Poll-based event sources: SQS queues and DynamoDB streams, read by Lambda's pollers in
 * batches. Messages wait in a FIFO of their send times.
 *
 * - SQS (long polling): a message is picked up as soon as a poller is free. Each consumer
 *   function (event source mapping) runs at most 5 batches at once, plus 300 a minute while
 *   messages keep waiting, at most 1,000; consumers of one queue share its messages.
 * - Streams: each consumer reads every record; one batch at a time per shard, and a record
 *   arriving while a poller is free is picked up at the next poll, 0.25 s later.
 *
 * A throttled batch stays in the queue and its pollers try again a second later. A batch whose
 * invocation fails (times out) goes to the queue's dead-letter queue, if it has one — the
 * queue's maxReceiveCount is taken as 1 (a simplification).
 */
export class Pollers {
  readonly queues: TimeQueue[]
  /** Messages waiting, by channel (a gauge for the series). */
  readonly depth: Float64Array
  /** Messages in batches being processed, by channel. */
  readonly inFlight: Float64Array
  private readonly mappingFn: Int32Array
  private readonly mappingBatch: Int32Array
  private readonly mappingChannel: Int32Array
  private readonly active: Int32Array
  private readonly firstMapping: Int32Array
  private readonly mappingCount: Int32Array
  private readonly stream: Uint8Array
  private readonly shards: Int32Array
  private readonly backlogSince: Float64Array
  private readonly pollAt: Float64Array

  constructor(
    channels: readonly PlannedChannel[],
    private readonly stats: Float64Array,
    private readonly host: PollerHost,
  ) {
    const mappings = channels.flatMap((c, i) => c.mappings.map((m) => ({ ...m, channel: i })))
    this.queues = channels.map(() => new TimeQueue())
    this.depth = new Float64Array(channels.length)
    this.inFlight = new Float64Array(channels.length)
    this.mappingFn = new Int32Array(mappings.map((m) => m.fn))
    this.mappingBatch = new Int32Array(mappings.map((m) => m.batchSize))
    this.mappingChannel = new Int32Array(mappings.map((m) => m.channel))
    this.active = new Int32Array(mappings.length)
    this.firstMapping = new Int32Array(channels.length)
    this.mappingCount = new Int32Array(channels.map((c) => c.mappings.length))
    let at = 0
    channels.forEach((c, i) => {
      this.firstMapping[i] = at
      at += c.mappings.length
    })
    this.stream = new Uint8Array(channels.map((c) => (c.kind === 'stream' ? 1 : 0)))
    this.shards = new Int32Array(channels.map((c) => c.shards))
    this.backlogSince = new Float64Array(channels.length).fill(Infinity)
    this.pollAt = new Float64Array(channels.length).fill(Infinity)
  }

  /** A message or record arrives on channel `c` at `t`. */
  enqueue(c: number, t: number): void {
    const queue = this.queues[c]!
    if (queue.size === 0) this.backlogSince[c] = t
    queue.push(t)
    this.depth[c] = queue.size
    if (this.mappingCount[c] === 0) return
    if (this.stream[c] === 1) {
      if (this.pollAt[c] === Infinity) this.wake(c, t + STREAM_POLL_INTERVAL_S)
    } else this.dispatch(c, t)
  }

  /** A scheduled poll of channel `c` is due. */
  poll(c: number, t: number): void {
    this.pollAt[c] = Infinity
    this.dispatch(c, t)
  }

  /** A batch of `count` messages of `mapping` finished; failed batches are dead-lettered. */
  finished(mapping: number, count: number, failed: boolean, t: number): void {
    const c = this.mappingChannel[mapping]!
    this.active[mapping]!--
    this.inFlight[c]! -= count
    const row = c * ChannelStat.size
    if (failed) {
      this.stats[row + ChannelStat.deadLettered]! += count
      this.host.deadLetter(c, count, t)
    } else this.stats[row + ChannelStat.processed]! += count
    if (this.queues[c]!.size > 0) this.dispatch(c, t)
  }

  /** Hands waiting messages to free pollers, batch by batch. */
  private dispatch(c: number, t: number): void {
    const queue = this.queues[c]!
    const first = this.firstMapping[c]!
    const count = this.mappingCount[c]!
    const row = c * ChannelStat.size
    for (let k = 0; k < count && queue.size > 0; k++) {
      const m = first + k
      const allowed = this.allowed(c, t)
      while (queue.size > 0 && this.active[m]! < allowed) {
        const n = Math.min(this.mappingBatch[m]!, queue.size)
        if (!this.host.invokeBatch(this.mappingFn[m]!, m, n, t)) {
          this.wake(c, t + POLLER_BACKOFF_S)
          break
        }
        this.active[m]!++
        this.inFlight[c]! += n
        this.stats[row + ChannelStat.receives]! += 1
        for (let i = 0; i < n; i++) queue.shift()
      }
    }
    this.depth[c] = queue.size
    if (queue.size === 0) this.backlogSince[c] = Infinity
  }

  /** Concurrent batches one mapping of channel `c` may run at `t`. */
  private allowed(c: number, t: number): number {
    if (this.stream[c] === 1) return this.shards[c]!
    const waiting = Math.max(0, t - this.backlogSince[c]!)
    return Math.min(
      SQS_POLLERS.max,
      SQS_POLLERS.initial + Math.floor((waiting * SQS_POLLERS.perMinute) / 60),
    )
  }

  private wake(c: number, at: number): void {
    if (at >= this.pollAt[c]!) return
    this.pollAt[c] = at
    this.host.schedulePoll(c, at)
  }
}
