import { formatQuantity } from '../lineItem'
import type { Derived } from './derived'

/**
 * Burst capacity: a provisioned table keeps up to 300 seconds of unused read and write capacity
 * and spends it when demand exceeds what is provisioned (DDB-DOCS 2018 and 2023). Best effort:
 * DynamoDB may use it for background work, and it never lifts a partition past its ceiling.
 */
export const BURST_WINDOW_SECONDS = 300

/** Units saved by `unusedPerSecond` of spare capacity over `idleSeconds` (at most 300 s count). */
export function burstCredit(unusedPerSecond: number, idleSeconds: number): Derived {
  const seconds = Math.min(Math.max(0, idleSeconds), BURST_WINDOW_SECONDS)
  const value = Math.max(0, unusedPerSecond) * seconds
  return {
    value,
    formula: `${formatQuantity(unusedPerSecond)} unused units/s × min(${formatQuantity(idleSeconds)} s, ${BURST_WINDOW_SECONDS} s) = ${formatQuantity(value)} burst units`,
  }
}

/**
 * How long `credit` burst units sustain `demandPerSecond` on `provisionedPerSecond`: the credit
 * pays only for the excess. Infinite when demand fits in what is provisioned.
 */
export function burstDuration(
  credit: number,
  demandPerSecond: number,
  provisionedPerSecond: number,
): Derived {
  const excess = demandPerSecond - provisionedPerSecond
  const value = excess > 0 ? credit / excess : Infinity
  return {
    value,
    formula:
      excess > 0
        ? `${formatQuantity(credit)} burst units / (${formatQuantity(demandPerSecond)} − ${formatQuantity(provisionedPerSecond)}) units/s = ${formatQuantity(value)} s`
        : `${formatQuantity(demandPerSecond)} units/s fits in ${formatQuantity(provisionedPerSecond)} provisioned: no burst needed`,
  }
}
