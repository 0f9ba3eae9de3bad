import type { PlannedFunction } from './plan'
import type { Random } from './random'
import { ChannelStat } from './stats'

/** Where a send goes on: the event loop delivers it to its channel. */
export interface Delivery {
  deliver(channel: number, t: number, kb: number): void
}

/**
 * What a successful invocation sends when it finishes — messages, publishes, objects, events,
 * each `writes` per invocation on average (whole counts drawn around the mean) — and the reads
 * its code makes of a bucket or queue (counted for the bill). A send that would loop back is
 * counted at its channel and goes no further.
 */
export class Sends {
  private readonly first: Int32Array
  private readonly channel: Int32Array
  private readonly writes: Float64Array
  private readonly reads: Float64Array
  private readonly cut: Uint8Array

  constructor(
    functions: readonly PlannedFunction[],
    private readonly channelStats: Float64Array,
    private readonly random: Random,
    private readonly delivery: Delivery,
  ) {
    const outputs = functions.flatMap((f) => f.outputs)
    this.first = new Int32Array(functions.length + 1)
    functions.forEach((f, i) => (this.first[i + 1] = this.first[i]! + f.outputs.length))
    this.channel = new Int32Array(outputs.map((o) => o.channel))
    this.writes = new Float64Array(outputs.map((o) => o.writes))
    this.reads = new Float64Array(outputs.map((o) => o.reads))
    this.cut = new Uint8Array(outputs.map((o) => (o.cut ? 1 : 0)))
  }

  /** True when function `f` sends or reads anything. */
  any(f: number): boolean {
    return this.first[f + 1]! > this.first[f]!
  }

  send(f: number, t: number): void {
    const stats = this.channelStats
    for (let o = this.first[f]!; o < this.first[f + 1]!; o++) {
      const c = this.channel[o]!
      const row = c * ChannelStat.size
      const reads = this.random.count(this.reads[o]!)
      if (reads > 0) stats[row + ChannelStat.reads]! += reads
      const writes = this.random.count(this.writes[o]!)
      for (let k = 0; k < writes; k++) {
        if (this.cut[o] === 1) {
          stats[row + ChannelStat.arrivals]! += 1
          stats[row + ChannelStat.kb]! += 1
          stats[row + ChannelStat.cut]! += 1
        } else this.delivery.deliver(c, t, 1)
      }
    }
  }
}
