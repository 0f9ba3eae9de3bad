import { formatQuantity } from '../lineItem'
import type { Derived } from './derived'

/**
 * Capacity units per request (DDB-DOCS, ServiceQuotas and HowItWorks.ReadWriteCapacityMode,
 * 2023-02-22). The same sizes apply to provisioned units per second (RCU/WCU) and to on-demand
 * units per request (RRU/WRU).
 */

/** A read unit covers up to 4 KB; a write unit up to 1 KB. */
export const READ_UNIT_KB = 4
export const WRITE_UNIT_KB = 1

/** The largest item DynamoDB stores, attribute names included (DDB-DOCS). */
export const MAX_ITEM_SIZE_KB = 400

export const READ_CONSISTENCIES = ['eventual', 'strong', 'transactional'] as const
export type ReadConsistency = (typeof READ_CONSISTENCIES)[number]

/**
 * Read units per 4 KB step: an eventually consistent read costs half a unit, a strongly
 * consistent read one, a transactional read two (DDB-DOCS 2023).
 */
export const READ_UNITS_PER_STEP: Readonly<Record<ReadConsistency, number>> = {
  eventual: 0.5,
  strong: 1,
  transactional: 2,
}

/** A transactional write costs two units per 1 KB step (DDB-DOCS 2023). */
export const TRANSACTIONAL_WRITE_FACTOR = 2

/**
 * Size steps of an item: `ceil(size / step)`, and at least one, because a read of a missing or
 * tiny item still costs a whole step (DDB-RULES: "A GetItem on a missing key still costs 0.5 or
 * 1 RRU").
 */
function sizeSteps(itemSizeKb: number, stepKb: number): number {
  return Math.max(1, Math.ceil(itemSizeKb / stepKb))
}

/** Read units one read of `itemSizeKb` consumes: 8 KB → 1 (eventual), 2 (strong), 4 (transactional). */
export function readUnitsPerRead(itemSizeKb: number, consistency: ReadConsistency): Derived {
  const steps = sizeSteps(itemSizeKb, READ_UNIT_KB)
  const perStep = READ_UNITS_PER_STEP[consistency]
  const value = steps * perStep
  return {
    value,
    formula: `ceil(${formatQuantity(itemSizeKb)} KB / ${READ_UNIT_KB} KB) = ${steps} × ${perStep} (${consistency}) = ${formatQuantity(value)} read units per read`,
  }
}

/** Write units one write of `itemSizeKb` consumes: 3 KB → 3, or 6 in a transaction. */
export function writeUnitsPerWrite(itemSizeKb: number, transactional: boolean): Derived {
  const steps = sizeSteps(itemSizeKb, WRITE_UNIT_KB)
  const factor = transactional ? TRANSACTIONAL_WRITE_FACTOR : 1
  const value = steps * factor
  const kind = transactional ? 'transactional' : 'standard'
  return {
    value,
    formula: `ceil(${formatQuantity(itemSizeKb)} KB / ${WRITE_UNIT_KB} KB) = ${steps} × ${factor} (${kind}) = ${formatQuantity(value)} write units per write`,
  }
}
