import type { Scenario } from '../../src/model/scenario'
import type { ServiceModel } from '../../src/model/types'
import type { SimulationOptions } from './options'
import { PlanError } from './planError'
import type { SimulationResult } from './result'
import { Simulation } from './simulation'

export type SimulationOutcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string }

/**
 * A run, ready to advance in slices (for a worker: progress and cancel between slices), or why
 * the scenario does not fit the design. The scenario must have passed `validateScenario`.
 */
export function createSimulation(
  model: ServiceModel,
  scenario: Scenario,
  options: SimulationOptions = {},
): SimulationOutcome<Simulation> {
  try {
    return { ok: true, value: new Simulation(model, scenario, options) }
  } catch (error) {
    if (error instanceof PlanError) return { ok: false, error: error.message }
    throw error
  }
}

/** A whole run at once. */
export function simulate(
  model: ServiceModel,
  scenario: Scenario,
  options: SimulationOptions = {},
): SimulationOutcome<SimulationResult> {
  const created = createSimulation(model, scenario, options)
  if (!created.ok) return created
  created.value.run(Infinity)
  return { ok: true, value: created.value.result() }
}
