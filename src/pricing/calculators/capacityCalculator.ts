import type { Derived } from '../capacity/derived'
import {
  rcuForReadRate,
  readRateForRcu,
  wcuForWriteRate,
  writeRateForWcu,
} from '../capacity/throughput'
import {
  MAX_ITEM_SIZE_KB,
  READ_CONSISTENCIES,
  readUnitsPerRead,
  writeUnitsPerWrite,
  type ReadConsistency,
} from '../capacity/units'
import { firstProblem, oneOfProblem, type CalcResult } from './result'

/**
 * The provisioned-capacity cheat sheet: what a table's RCU and WCU serve for one item size, and
 * the RCU/WCU a target rate needs. Every figure comes from `src/pricing/capacity` with its
 * formula; this module only validates the input and gathers the figures.
 */
export interface CapacityInput {
  /** Item size in KB, > 0 and at most DynamoDB's 400 KB. */
  readonly itemSizeKb: number
  /** The consistency `rcuNeeded` and `readUnitsPerRead` are computed for. */
  readonly consistency: ReadConsistency
  readonly rcu: number
  readonly wcu: number
  /** Writes are transactional (two units per 1 KB step). */
  readonly transactionalWrites: boolean
  /** A target read rate: when given, the RCU it needs is computed. */
  readonly readsPerSecond?: number | undefined
  /** A target write rate: when given, the WCU it needs is computed. */
  readonly writesPerSecond?: number | undefined
}

export interface CapacityFigures {
  /** Read units one read of the item takes at the chosen consistency. */
  readonly readUnitsPerRead: Derived
  /** Reads per second the RCU serve, at each consistency. */
  readonly readsServed: Readonly<Record<ReadConsistency, Derived>>
  /** Write units one write of the item takes. */
  readonly writeUnitsPerWrite: Derived
  /** Writes per second the WCU serve. */
  readonly writesServed: Derived
  /** RCU the target read rate needs at the chosen consistency; null without a target. */
  readonly rcuNeeded: Derived | null
  /** WCU the target write rate needs; null without a target. */
  readonly wcuNeeded: Derived | null
}

/**
 * @example 10 RCU at 4 KB serve 10 strong, 20 eventual or 5 transactional reads a second:
 * `calculateCapacity({ itemSizeKb: 4, consistency: 'strong', rcu: 10, wcu: 5, transactionalWrites: false })`
 */
export function calculateCapacity(input: CapacityInput): CalcResult<CapacityFigures> {
  const problem =
    firstProblem([
      [
        'itemSizeKb',
        input.itemSizeKb,
        {
          exclusiveMin: true,
          max: MAX_ITEM_SIZE_KB,
          unit: 'KB',
          maxReason: "DynamoDB's largest item",
        },
      ],
      ['rcu', input.rcu],
      ['wcu', input.wcu],
      ...optional('readsPerSecond', input.readsPerSecond),
      ...optional('writesPerSecond', input.writesPerSecond),
    ]) ?? oneOfProblem('consistency', input.consistency, READ_CONSISTENCIES)
  if (problem !== undefined) return problem

  const { itemSizeKb, consistency, rcu, wcu, transactionalWrites } = input
  const readsServed = {
    eventual: readRateForRcu(rcu, itemSizeKb, 'eventual'),
    strong: readRateForRcu(rcu, itemSizeKb, 'strong'),
    transactional: readRateForRcu(rcu, itemSizeKb, 'transactional'),
  }
  return {
    ok: true,
    value: {
      readUnitsPerRead: readUnitsPerRead(itemSizeKb, consistency),
      readsServed,
      writeUnitsPerWrite: writeUnitsPerWrite(itemSizeKb, transactionalWrites),
      writesServed: writeRateForWcu(wcu, itemSizeKb, transactionalWrites),
      rcuNeeded:
        input.readsPerSecond === undefined
          ? null
          : rcuForReadRate(input.readsPerSecond, itemSizeKb, consistency),
      wcuNeeded:
        input.writesPerSecond === undefined
          ? null
          : wcuForWriteRate(input.writesPerSecond, itemSizeKb, transactionalWrites),
    },
  }
}

function optional(field: string, value: number | undefined): [string, number][] {
  return value === undefined ? [] : [[field, value]]
}
