/** The traffic scenario (SCENARIO.json) shared by the cost estimate and the simulation. */
export * from './types'
export { validateScenario } from './validate'
export { averageRps, requestsPerMonth, rpsAt } from './patterns'
export { starterScenario, STARTER_RPS } from './starter'
