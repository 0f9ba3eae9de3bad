import type { Scenario } from '../../model/scenario'
import type { ServiceModel, TableResource } from '../../model/types'
import { readUnitsPerRead, writeUnitsPerWrite } from '../capacity/units'
import { formatQuantity } from '../lineItem'
import type { Tally } from './tally'

/**
 * Auto scaling's usual target (consumed ÷ provisioned); the same default as the on-demand against
 * provisioned view, so the advice agrees with that chart.
 */
const TARGET_UTILIZATION = 0.7

/**
 * A provisioned table bills the capacity it has, whatever the traffic: when the scenario's
 * average reads or writes need more, requests are throttled and the bill looks cheaper than the
 * design can be. Says so, with the units the average needs (bursts need more; the simulation
 * shows them).
 */
export function capacityNotes(model: ServiceModel, scenario: Scenario, tally: Tally): string[] {
  const seconds = scenario.cost.hoursPerMonth * 3600
  return model.resources
    .filter((r): r is TableResource => r.kind === 'table' && r.billingMode === 'PROVISIONED')
    .flatMap((table) => {
      const groups = [...(tally.tableOps.get(table.id)?.values() ?? [])]
      const rcu = groups.reduce(
        (sum, g) => sum + (g.reads / seconds) * readUnitsPerRead(g.itemSizeKb, g.consistency).value,
        0,
      )
      const wcu = groups.reduce(
        (sum, g) =>
          sum +
          (g.writes / seconds) *
            writeUnitsPerWrite(g.itemSizeKb, g.consistency === 'transactional').value,
        0,
      )
      return [
        shortfall(table, 'read', 'RCU', 'ReadCapacityUnits', rcu, table.rcu ?? 1),
        shortfall(table, 'write', 'WCU', 'WriteCapacityUnits', wcu, table.wcu ?? 1),
      ].filter((note): note is string => note !== undefined)
    })
}

function shortfall(
  table: TableResource,
  kind: 'read' | 'write',
  unit: 'RCU' | 'WCU',
  property: string,
  needed: number,
  provisioned: number,
): string | undefined {
  if (needed <= provisioned) return undefined
  const q = (n: number) => formatQuantity(Math.round(n * 100) / 100)
  const atTarget = Math.ceil(needed / TARGET_UTILIZATION)
  return (
    `${table.name} is provisioned with ${q(provisioned)} ${unit}, but the scenario's ${kind}s ` +
    `need ${q(needed)} ${unit} on average: requests above it are throttled, and this bill counts ` +
    `only the capacity provisioned. Set ${property} to at least ${Math.ceil(needed)} ` +
    `(${atTarget} at 70 % utilization), or use on-demand.`
  )
}
