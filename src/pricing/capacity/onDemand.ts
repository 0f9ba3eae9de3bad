import { formatQuantity } from '../lineItem'
import type { Derived } from './derived'

/**
 * On-demand tables absorb, instantly, up to twice their previous traffic peak; beyond that
 * within 30 minutes they may throttle (DDB-DOCS 2023, HowItWorks.ReadWriteCapacityMode). A new
 * table, or one switched from provisioned mode, starts able to serve at least 4,000 write units
 * and 12,000 read units a second.
 */
export const ON_DEMAND_PEAK_FACTOR = 2
export const ON_DEMAND_INITIAL_WRU_PER_SECOND = 4000
export const ON_DEMAND_INITIAL_RRU_PER_SECOND = 12000

/** The traffic an on-demand table serves at once, given its previous peak (units/s). */
export function onDemandInstantCapacity(previousPeak: number): Derived {
  const value = ON_DEMAND_PEAK_FACTOR * previousPeak
  return {
    value,
    formula: `${ON_DEMAND_PEAK_FACTOR} × ${formatQuantity(previousPeak)} previous peak = ${formatQuantity(value)} units/s`,
  }
}
