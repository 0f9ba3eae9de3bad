import { formatQuantity } from '../lineItem'
import type { Derived } from './derived'
import { readUnitsPerRead, writeUnitsPerWrite, type ReadConsistency } from './units'

/**
 * Provisioned capacity against request rates. One RCU serves one strongly consistent (or two
 * eventually consistent) reads per second of up to 4 KB; one WCU one write per second of up to
 * 1 KB (DDB-DOCS 2023). So 10 RCU serve 10 strong or 20 eventual 4 KB reads a second.
 */

/** RCU to provision for `readsPerSecond`; whole units, because capacity is provisioned in units. */
export function rcuForReadRate(
  readsPerSecond: number,
  itemSizeKb: number,
  consistency: ReadConsistency,
): Derived {
  const perRead = readUnitsPerRead(itemSizeKb, consistency).value
  // Any traffic at all needs a whole unit, however small the rate (even one that underflows).
  const value = readsPerSecond > 0 ? Math.max(1, Math.ceil(readsPerSecond * perRead)) : 0
  return {
    value,
    formula: `ceil(${formatQuantity(readsPerSecond)} reads/s × ${formatQuantity(perRead)} RCU per ${consistency} read of ${formatQuantity(itemSizeKb)} KB) = ${formatQuantity(value)} RCU`,
  }
}

/** WCU to provision for `writesPerSecond`. */
export function wcuForWriteRate(
  writesPerSecond: number,
  itemSizeKb: number,
  transactional: boolean,
): Derived {
  const perWrite = writeUnitsPerWrite(itemSizeKb, transactional).value
  const value = writesPerSecond > 0 ? Math.max(1, Math.ceil(writesPerSecond * perWrite)) : 0
  const kind = transactional ? 'transactional' : 'standard'
  return {
    value,
    formula: `ceil(${formatQuantity(writesPerSecond)} writes/s × ${formatQuantity(perWrite)} WCU per ${kind} write of ${formatQuantity(itemSizeKb)} KB) = ${formatQuantity(value)} WCU`,
  }
}

/** Reads per second `rcu` serve. */
export function readRateForRcu(
  rcu: number,
  itemSizeKb: number,
  consistency: ReadConsistency,
): Derived {
  const perRead = readUnitsPerRead(itemSizeKb, consistency).value
  const value = rcu / perRead
  return {
    value,
    formula: `${formatQuantity(rcu)} RCU / ${formatQuantity(perRead)} RCU per ${consistency} read of ${formatQuantity(itemSizeKb)} KB = ${formatQuantity(value)} reads/s`,
  }
}

/** Writes per second `wcu` serve. */
export function writeRateForWcu(wcu: number, itemSizeKb: number, transactional: boolean): Derived {
  const perWrite = writeUnitsPerWrite(itemSizeKb, transactional).value
  const value = wcu / perWrite
  const kind = transactional ? 'transactional' : 'standard'
  return {
    value,
    formula: `${formatQuantity(wcu)} WCU / ${formatQuantity(perWrite)} WCU per ${kind} write of ${formatQuantity(itemSizeKb)} KB = ${formatQuantity(value)} writes/s`,
  }
}
