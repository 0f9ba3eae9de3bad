import { AUTO_SCALING, DYNAMODB } from './defaults'
import type { PlannedTable } from './plan'
import type { Random } from './random'

/**
 * The capacity of one DynamoDB table, as the requests of a run consume it.
 *
 * - Every partition has a hard ceiling of 3,000 read and 1,000 write units a second: a token
 *   bucket per partition and direction, holding one second of capacity. Keys fall on partitions
 *   uniformly or by a Zipf law (partition 1 the hottest).
 * - Provisioned: the table's capacity is a token bucket refilled at the provisioned rate that
 *   keeps up to 300 s of unused capacity (burst capacity), full at the start. Any partition may
 *   draw on it (adaptive capacity), never past its own ceiling. Partitions are those the design's
 *   capacity and size need, and do not split during the run.
 * - On demand: a table serves at once up to twice its previous peak, where the previous peak is
 *   the highest one-second consumption at least 30 minutes old (going past twice the peak within
 *   30 minutes may throttle), and at least the 12,000 read / 4,000 write units a new table
 *   serves; never more than the 40,000-unit table quota. Enforced per one-second window. Its
 *   partitions split (never merge) to cover what it may serve: ⌈reads/3,000⌉ or ⌈writes/1,000⌉.
 * - Auto scaling (provisioned, when the scenario asks): per one-minute data point, consumption
 *   above the target utilisation for 2 minutes raises capacity to consumption ÷ target, 20
 *   points below it for 15 minutes lowers it (never below the design's capacity), each taking
 *   effect 3 minutes after the alarm.
 *
 * Reads and writes are throttled independently.
 */
export class TableCapacity {
  /** Partitions now, and the most a run may reach (the size of the per-partition arrays). */
  partitions: number
  readonly maxPartitions: number
  /** Read and write units consumed so far, by partition (`maxPartitions` long). */
  readonly consumedRead: Float64Array
  readonly consumedWrite: Float64Array
  private readonly zipf: number | undefined
  private keyCdf: Float64Array | undefined
  private readonly partitionRead: Float64Array
  private readonly partitionWrite: Float64Array
  private readonly partitionReadAt: Float64Array
  private readonly partitionWriteAt: Float64Array
  private readonly provisioned: boolean
  private readonly read: Direction
  private readonly write: Direction

  constructor(table: PlannedTable) {
    this.provisioned = table.provisioned
    this.partitions = table.partitions
    this.maxPartitions = table.provisioned
      ? table.partitions
      : Math.max(
          table.partitions,
          Math.ceil(DYNAMODB.tableQuotaUnits / DYNAMODB.partitionWriteUnits),
        )
    const p = this.maxPartitions
    this.consumedRead = new Float64Array(p)
    this.consumedWrite = new Float64Array(p)
    this.partitionRead = new Float64Array(p).fill(DYNAMODB.partitionReadUnits)
    this.partitionWrite = new Float64Array(p).fill(DYNAMODB.partitionWriteUnits)
    this.partitionReadAt = new Float64Array(p)
    this.partitionWriteAt = new Float64Array(p)
    this.zipf = table.zipf
    this.keyCdf = zipfCdf(table.zipf, this.partitions)
    const scaling = table.autoScaling
    this.read = new Direction(
      table.rcu,
      DYNAMODB.onDemandInitialReadUnits,
      scaling && { target: scaling.targetUtilization / 100, max: scaling.maxRcu },
    )
    this.write = new Direction(
      table.wcu,
      DYNAMODB.onDemandInitialWriteUnits,
      scaling && { target: scaling.targetUtilization / 100, max: scaling.maxWcu },
    )
  }

  /** Provisioned read and write capacity now (0 on demand). */
  get rcu(): number {
    return this.provisioned ? this.read.rate : 0
  }

  get wcu(): number {
    return this.provisioned ? this.write.rate : 0
  }

  /** The partition a request's key falls in. */
  pickPartition(random: Random): number {
    const cdf = this.keyCdf
    if (cdf === undefined) return this.partitions === 1 ? 0 : random.below(this.partitions)
    const u = random.float()
    let low = 0
    let high = cdf.length - 1
    while (low < high) {
      const mid = (low + high) >> 1
      if (cdf[mid]! > u) high = mid
      else low = mid + 1
    }
    return low
  }

  /** Consumes `units` for one request on partition `p` at `t`; false when it is throttled. */
  tryConsume(p: number, units: number, isWrite: boolean, t: number): boolean {
    const levels = isWrite ? this.partitionWrite : this.partitionRead
    const at = isWrite ? this.partitionWriteAt : this.partitionReadAt
    const ceiling = isWrite ? DYNAMODB.partitionWriteUnits : DYNAMODB.partitionReadUnits
    const elapsed = t - at[p]!
    if (elapsed > 0) {
      at[p] = t
      levels[p] = Math.min(ceiling, levels[p]! + elapsed * ceiling)
    }
    if (levels[p]! < units) return false
    const direction = isWrite ? this.write : this.read
    if (this.provisioned) {
      if (!direction.takeProvisioned(units, t)) return false
    } else {
      if (!direction.takeOnDemand(units, t)) return false
      if (direction.allowance > this.coveredBy(isWrite)) this.split()
    }
    levels[p]! -= units
    ;(isWrite ? this.consumedWrite : this.consumedRead)[p]! += units
    return true
  }

  /** Brings auto scaling up to `t` (called at bucket ends, so idle minutes count too). */
  advance(t: number): void {
    if (this.provisioned) {
      this.read.advanceScaling(t)
      this.write.advanceScaling(t)
    }
  }

  private coveredBy(isWrite: boolean): number {
    return this.partitions * (isWrite ? DYNAMODB.partitionWriteUnits : DYNAMODB.partitionReadUnits)
  }

  /** An on-demand table's partitions split to cover what it may now serve. */
  private split(): void {
    const needed = Math.max(
      Math.ceil(this.read.allowance / DYNAMODB.partitionReadUnits),
      Math.ceil(this.write.allowance / DYNAMODB.partitionWriteUnits),
    )
    const next = Math.min(this.maxPartitions, Math.max(this.partitions, needed))
    if (next === this.partitions) return
    this.partitions = next
    this.keyCdf = zipfCdf(this.zipf, next)
  }
}

/** Cumulative shares of requests by partition under a Zipf law, or undefined when uniform. */
function zipfCdf(exponent: number | undefined, partitions: number): Float64Array | undefined {
  if (exponent === undefined || partitions <= 1) return undefined
  const cdf = new Float64Array(partitions)
  let total = 0
  for (let p = 0; p < partitions; p++) total += (p + 1) ** -exponent
  let seen = 0
  for (let p = 0; p < partitions; p++) {
    seen += (p + 1) ** -exponent
    cdf[p] = seen / total
  }
  cdf[partitions - 1] = 1
  return cdf
}

/** One direction (reads or writes) of a table's table-level capacity. */
class Direction {
  /** Provisioned: the current rate and the burst bucket. */
  rate: number
  /** On demand: what the table serves in a second at most, now. */
  allowance: number
  private level: number
  private levelAt = 0
  // On demand: the current one-second window and the peak history.
  private second = 0
  private usedThisSecond = 0
  private readonly peakTimes: number[] = []
  private readonly peakValues: number[] = []
  private peakCursor = -1
  private runningPeak = 0
  // Auto scaling.
  private minute = 0
  private usedThisMinute = 0
  private above = 0
  private below = 0
  private pendingAt = Infinity
  private pendingRate = 0

  constructor(
    private readonly designRate: number,
    private readonly onDemandInitial: number,
    private readonly scaling: { readonly target: number; readonly max: number } | undefined,
  ) {
    this.rate = designRate
    this.level = designRate * DYNAMODB.burstWindowS
    this.allowance = onDemandInitial
  }

  takeProvisioned(units: number, t: number): boolean {
    if (this.scaling !== undefined) this.advanceScaling(t)
    const elapsed = t - this.levelAt
    if (elapsed > 0) {
      this.level = Math.min(this.rate * DYNAMODB.burstWindowS, this.level + elapsed * this.rate)
      this.levelAt = t
    }
    if (this.level < units) return false
    this.level -= units
    this.usedThisMinute += units
    return true
  }

  takeOnDemand(units: number, t: number): boolean {
    const second = Math.floor(t)
    if (second > this.second) {
      this.closeSecond()
      this.second = second
    }
    this.allowance = Math.min(
      DYNAMODB.tableQuotaUnits,
      Math.max(this.onDemandInitial, DYNAMODB.onDemandPeakFactor * this.previousPeak(t)),
    )
    if (this.usedThisSecond + units > this.allowance) return false
    this.usedThisSecond += units
    return true
  }

  private closeSecond(): void {
    if (this.usedThisSecond > this.runningPeak) {
      this.runningPeak = this.usedThisSecond
      this.peakTimes.push(this.second + 1)
      this.peakValues.push(this.usedThisSecond)
    }
    this.usedThisSecond = 0
  }

  /** The highest one-second consumption among seconds that ended at least 30 minutes before t. */
  private previousPeak(t: number): number {
    const cutoff = t - DYNAMODB.onDemandPeakAgeS
    while (
      this.peakCursor + 1 < this.peakTimes.length &&
      this.peakTimes[this.peakCursor + 1]! <= cutoff
    ) {
      this.peakCursor++
    }
    return this.peakCursor < 0 ? 0 : this.peakValues[this.peakCursor]!
  }

  /** Evaluates every one-minute data point completed by `t`, and applies a due change. */
  advanceScaling(t: number): void {
    const scaling = this.scaling
    if (scaling === undefined) return
    const minute = Math.floor(t / 60)
    while (this.minute < minute) {
      const consumedPerSecond = this.usedThisMinute / 60
      const utilisation = consumedPerSecond / this.rate
      this.usedThisMinute = 0
      this.minute++
      const end = this.minute * 60
      if (end >= this.pendingAt) this.apply(this.pendingAt)
      this.above = utilisation > scaling.target ? this.above + 1 : 0
      const low = scaling.target - AUTO_SCALING.scaleInMarginPoints / 100
      this.below = utilisation < low ? this.below + 1 : 0
      if (this.pendingAt !== Infinity) continue
      const wanted = Math.ceil(consumedPerSecond / scaling.target)
      if (this.above >= AUTO_SCALING.scaleOutMinutes) {
        const rate = Math.min(scaling.max, wanted)
        if (rate > this.rate) this.schedule(end, rate)
      } else if (this.below >= AUTO_SCALING.scaleInMinutes) {
        const rate = Math.max(this.designRate, wanted)
        if (rate < this.rate) this.schedule(end, rate)
      }
    }
    if (t >= this.pendingAt) this.apply(this.pendingAt)
  }

  private schedule(alarmAt: number, rate: number): void {
    this.pendingAt = alarmAt + AUTO_SCALING.updateLagS
    this.pendingRate = rate
    this.above = 0
    this.below = 0
  }

  private apply(at: number): void {
    // Refill at the old rate up to the change, then continue at the new one.
    const elapsed = at - this.levelAt
    if (elapsed > 0) {
      this.level = Math.min(this.rate * DYNAMODB.burstWindowS, this.level + elapsed * this.rate)
      this.levelAt = at
    }
    this.rate = this.pendingRate
    this.level = Math.min(this.level, this.rate * DYNAMODB.burstWindowS)
    this.pendingAt = Infinity
  }
}
