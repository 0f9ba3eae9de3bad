import { SDK_RETRY } from './defaults'
import { TableCapacity } from './dynamodb'
import type { PlannedFunction, PlannedTable } from './plan'
import type { Random } from './random'
import { GroupStat, TableStat } from './stats'

/**
 * The DynamoDB requests a function's handler makes, as its SDK makes them: one after another at
 * the start of the run, each on the partition its key falls in, and a throttled request retried
 * after the SDK's full-jitter backoff (`SDK_RETRY`) until its attempts are spent. The waits add
 * to the invocation's run time (and its bill and latency); a request still throttled on its last
 * attempt fails and is counted as throttled.
 */
export class TableRequests {
  readonly capacities: TableCapacity[]
  // Table accesses of all functions, flattened; function f owns [first[f], first[f + 1]).
  private readonly first: Int32Array
  private readonly table: Int32Array
  private readonly reads: Float64Array
  private readonly writes: Float64Array
  private readonly readUnits: Float64Array
  private readonly writeUnits: Float64Array
  private readonly group: Int32Array
  private readonly streams: Uint8Array
  private readonly hasStreams: Uint8Array

  constructor(
    functions: readonly PlannedFunction[],
    tables: readonly PlannedTable[],
    private readonly tableStats: Float64Array,
    private readonly groupStats: Float64Array,
    private readonly random: Random,
    private readonly onStreamWrite: (table: number, t: number) => void,
  ) {
    this.capacities = tables.map((t) => new TableCapacity(t))
    const all = functions.flatMap((f) => f.tables)
    this.first = new Int32Array(functions.length + 1)
    functions.forEach((f, i) => (this.first[i + 1] = this.first[i]! + f.tables.length))
    this.table = new Int32Array(all.map((a) => a.table))
    this.reads = new Float64Array(all.map((a) => a.reads))
    this.writes = new Float64Array(all.map((a) => a.writes))
    this.readUnits = new Float64Array(all.map((a) => a.readUnits))
    this.writeUnits = new Float64Array(all.map((a) => a.writeUnits))
    this.group = new Int32Array(all.map((a) => a.group))
    this.streams = new Uint8Array(
      all.map((a) => (!a.streamCut && tables[a.table]!.streams.length > 0 ? 1 : 0)),
    )
    this.hasStreams = new Uint8Array(tables.map((t) => (t.streams.length > 0 ? 1 : 0)))
  }

  /** True when function `f` touches a table at all. */
  uses(f: number): boolean {
    return this.first[f + 1]! > this.first[f]!
  }

  /** Makes function `f`'s requests starting at `t`; returns the seconds spent waiting on retries. */
  run(f: number, t: number): number {
    let wait = 0
    const random = this.random
    for (let a = this.first[f]!; a < this.first[f + 1]!; a++) {
      const reads = random.count(this.reads[a]!)
      for (let k = 0; k < reads; k++) wait = this.request(a, false, t, wait)
      const writes = random.count(this.writes[a]!)
      for (let k = 0; k < writes; k++) wait = this.request(a, true, t, wait)
    }
    return wait
  }

  private request(a: number, isWrite: boolean, t: number, wait: number): number {
    const table = this.table[a]!
    const capacity = this.capacities[table]!
    const units = isWrite ? this.writeUnits[a]! : this.readUnits[a]!
    const partition = capacity.pickPartition(this.random)
    const row = table * TableStat.size
    for (let attempt = 0; ; attempt++) {
      if (capacity.tryConsume(partition, units, isWrite, t + wait)) {
        this.tableStats[row + (isWrite ? TableStat.writes : TableStat.reads)]! += 1
        this.groupStats[
          this.group[a]! * GroupStat.size + (isWrite ? GroupStat.writes : GroupStat.reads)
        ]! += 1
        if (isWrite && this.streams[a] === 1) this.onStreamWrite(table, t + wait)
        return wait
      }
      this.tableStats[row + TableStat.throttleEvents]! += 1
      if (attempt + 1 >= SDK_RETRY.maxAttempts) {
        this.tableStats[row + (isWrite ? TableStat.throttledWrites : TableStat.throttledReads)]! +=
          1
        return wait
      }
      const backoff =
        this.random.float() *
        Math.min(SDK_RETRY.maxDelayS, SDK_RETRY.throttlingBaseS * 2 ** attempt)
      this.tableStats[row + TableStat.retrySeconds]! += backoff
      wait += backoff
    }
  }

  /** Brings every table's auto scaling up to `t`. */
  advance(t: number): void {
    for (const capacity of this.capacities) capacity.advance(t)
  }

  tableHasStreams(table: number): boolean {
    return this.hasStreams[table] === 1
  }
}
