import { formatQuantity } from '../lineItem'
import type { Derived } from './derived'
import { PARTITION_MAX_RCU, PARTITION_MAX_WCU } from './partitions'
import { readUnitsPerRead, writeUnitsPerWrite, type ReadConsistency } from './units'

/**
 * The rate one partition key can sustain. All items of a key live in one partition, and a
 * partition serves at most 3,000 read units and 1,000 write units a second in both capacity
 * modes (DDB-DOCS 2023, bp-partition-key-design); larger items use more units per request, so
 * fewer requests fit. Adaptive capacity lets a hot partition use the table's unused capacity
 * immediately, but never more than the table's provisioned total nor the partition ceiling
 * (DDB-DOCS 2023). Reads and writes share the partition as a linear combination: a key also
 * taking writes serves proportionally fewer reads; these functions give each ceiling alone.
 */

/**
 * Reads per second one key can sustain. `provisionedRcu` (provisioned tables) caps it at the
 * table's total; leave it out for on-demand tables.
 */
export function hotKeyReadRate(
  itemSizeKb: number,
  consistency: ReadConsistency,
  provisionedRcu?: number,
): Derived {
  const perRead = readUnitsPerRead(itemSizeKb, consistency).value
  const ceiling = Math.min(PARTITION_MAX_RCU, provisionedRcu ?? Infinity)
  const value = ceiling / perRead
  const cap =
    provisionedRcu === undefined
      ? `${formatQuantity(PARTITION_MAX_RCU)} RCU per partition`
      : `min(${formatQuantity(PARTITION_MAX_RCU)} RCU per partition, ${formatQuantity(provisionedRcu)} RCU provisioned)`
  return {
    value,
    formula: `${cap} / ${formatQuantity(perRead)} RCU per ${consistency} read of ${formatQuantity(itemSizeKb)} KB = ${formatQuantity(value)} reads/s on one key`,
  }
}

/** Writes per second one key can sustain; `provisionedWcu` as for reads. */
export function hotKeyWriteRate(
  itemSizeKb: number,
  transactional: boolean,
  provisionedWcu?: number,
): Derived {
  const perWrite = writeUnitsPerWrite(itemSizeKb, transactional).value
  const ceiling = Math.min(PARTITION_MAX_WCU, provisionedWcu ?? Infinity)
  const value = ceiling / perWrite
  const kind = transactional ? 'transactional' : 'standard'
  const cap =
    provisionedWcu === undefined
      ? `${formatQuantity(PARTITION_MAX_WCU)} WCU per partition`
      : `min(${formatQuantity(PARTITION_MAX_WCU)} WCU per partition, ${formatQuantity(provisionedWcu)} WCU provisioned)`
  return {
    value,
    formula: `${cap} / ${formatQuantity(perWrite)} WCU per ${kind} write of ${formatQuantity(itemSizeKb)} KB = ${formatQuantity(value)} writes/s on one key`,
  }
}
