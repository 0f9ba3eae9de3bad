import { formatQuantity } from '../lineItem'
import type { Derived } from './derived'

/**
 * Partition arithmetic from the 2018 developer guide (DDB-DOCS GuidelinesForTables @2547139,
 * 2018-02-14). AWS has since removed it from the docs and calls it "subject to change": treat the
 * results as the classic approximation, not a guarantee.
 */

/** What one partition can serve and hold (DDB-DOCS 2018 and 2023). */
export const PARTITION_MAX_RCU = 3000
export const PARTITION_MAX_WCU = 1000
export const PARTITION_MAX_GB = 10

export interface TableSize {
  readonly rcu: number
  readonly wcu: number
  readonly storageGb: number
}

/**
 * `max(ceil(RCU/3000 + WCU/1000), ceil(GB/10))`, at least 1: a table starts with the partitions
 * its throughput needs, and a partition past 10 GB splits.
 */
export function partitionCount({ rcu, wcu, storageGb }: TableSize): Derived {
  // RCU/3000 + WCU/1000 summed as one fraction over 3000, so whole units give an exact sum
  // (1,000 RCU + 1,000 WCU is 4,000/3,000, not 0.333… + 1 rounded twice).
  const byThroughput = Math.ceil(
    (rcu + wcu * (PARTITION_MAX_RCU / PARTITION_MAX_WCU)) / PARTITION_MAX_RCU,
  )
  const bySize = Math.ceil(storageGb / PARTITION_MAX_GB)
  const value = Math.max(1, byThroughput, bySize)
  return {
    value,
    formula:
      `max(ceil(${formatQuantity(rcu)} RCU / ${formatQuantity(PARTITION_MAX_RCU)} + ` +
      `${formatQuantity(wcu)} WCU / ${formatQuantity(PARTITION_MAX_WCU)}), ` +
      `ceil(${formatQuantity(storageGb)} GB / ${PARTITION_MAX_GB})) = ` +
      `max(${byThroughput}, ${bySize}) = ${value} partition${value === 1 ? '' : 's'}`,
  }
}

/**
 * Partitions after the table's throughput or size changes. Partitions split but never merge, so
 * the count never drops; when the current partitions cannot serve the new throughput DynamoDB
 * doubles them (DDB-DOCS 2018: 4 partitions at 5,000 RCU raised to 8,000 RCU become 8), and
 * doubles again until they suffice. Growth by size alone splits only what is needed.
 */
export function partitionsAfterChange(currentPartitions: number, next: TableSize): Derived {
  const needed = partitionCount(next).value
  const current = Math.max(0, Math.floor(currentPartitions))
  if (needed <= current) {
    return {
      value: current,
      formula: `${current} partitions already serve ${describe(next)}; partitions never merge, so ${current} remain`,
    }
  }
  const throughputNeed = partitionCount({ ...next, storageGb: 0 }).value
  if (current === 0 || throughputNeed <= current) {
    return {
      value: needed,
      formula: `${describe(next)} needs ${needed} partitions (size splits add only what is needed)`,
    }
  }
  let value = current
  while (value < throughputNeed) value *= 2
  value = Math.max(value, needed)
  return {
    value,
    formula: `${describe(next)} needs ${throughputNeed} partitions > ${current}; doubling ${current} → ${value} partitions`,
  }
}

function describe({ rcu, wcu, storageGb }: TableSize): string {
  return `${formatQuantity(rcu)} RCU, ${formatQuantity(wcu)} WCU and ${formatQuantity(storageGb)} GB`
}

export interface PartitionThroughput {
  readonly rcu: number
  readonly wcu: number
}

/**
 * The table's throughput spread evenly over its partitions, which is what each partition
 * gets without adaptive capacity (DDB-DOCS 2018: 8,000 RCU and 2,000 WCU over 8 partitions is
 * 1,000 RCU and 250 WCU each).
 */
export function perPartitionThroughput(
  rcu: number,
  wcu: number,
  partitions: number,
): Derived<PartitionThroughput> {
  const value = { rcu: rcu / partitions, wcu: wcu / partitions }
  return {
    value,
    formula:
      `${formatQuantity(rcu)} RCU / ${formatQuantity(partitions)} partitions = ${formatQuantity(value.rcu)} RCU; ` +
      `${formatQuantity(wcu)} WCU / ${formatQuantity(partitions)} partitions = ${formatQuantity(value.wcu)} WCU per partition`,
  }
}
