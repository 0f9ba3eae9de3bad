import type { Derived } from '../capacity/derived'
import {
  partitionCount,
  perPartitionThroughput,
  type PartitionThroughput,
} from '../capacity/partitions'
import { firstProblem, type CalcResult } from './result'

/**
 * The classic partition arithmetic (2018 developer guide; AWS now calls it "subject to change"):
 * how many partitions a provisioned table starts with, and what each one gets.
 */
export interface PartitionInput {
  readonly rcu: number
  readonly wcu: number
  readonly storageGb: number
}

export interface PartitionFigures {
  readonly count: Derived
  /** The table's throughput spread evenly over `count` partitions. */
  readonly perPartition: Derived<PartitionThroughput>
}

export function calculatePartitions(input: PartitionInput): CalcResult<PartitionFigures> {
  const problem = firstProblem([
    ['rcu', input.rcu],
    ['wcu', input.wcu],
    ['storageGb', input.storageGb, { unit: 'GB' }],
  ])
  if (problem !== undefined) return problem
  const count = partitionCount(input)
  return {
    ok: true,
    value: { count, perPartition: perPartitionThroughput(input.rcu, input.wcu, count.value) },
  }
}
