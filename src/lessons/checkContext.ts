import type { Scenario } from '../model/scenario'
import type { ServiceModel } from '../model/types'
import { costOfDesign } from '../pricing/flow'
import type { CheckContext, SimulationFigures } from './evaluateCheck'

/**
 * What a step's check is judged on: the design on the canvas, its scenario, the month's bill
 * under that scenario, and the last simulation run — only if that run was made on this very
 * design and scenario, so a stale run never turns a step green.
 */
export function checkContextOf(
  model: ServiceModel,
  scenario: Scenario,
  simulation?: SimulationFigures,
): CheckContext {
  const cost = costOfDesign(model, scenario)
  return {
    model,
    scenario,
    monthlyCost: cost.ok ? { ok: true, usd: cost.bill.total } : { ok: false },
    ...(simulation && { simulation }),
  }
}
