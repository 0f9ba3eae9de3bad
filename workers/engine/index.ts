/**
 * The simulation engine: a seeded, deterministic discrete-event simulation of a design under a
 * traffic scenario (SCENARIO.json, checked by `validateScenario`). Pure: no DOM, no clock, no
 * Math.random, no timers.
 *
 * For a worker:
 *
 *     const created = createSimulation(model, scenario, options)
 *     if (!created.ok) throw new Error(created.error)        // the scenario does not fit
 *     const run = created.value
 *     while (!run.run(250_000)) report(run.progress())      // slices: progress, cancel between
 *     const result = run.result()                            // or early: ends where it stands
 *     postMessage(result, resultTransferables(result))       // series move, not copied
 *
 * `simulate(model, scenario, options)` does it all at once; `resultToJson` turns a result into
 * plain JSON (typed arrays as arrays, NaN as null).
 */
export { createSimulation, simulate, type SimulationOutcome } from './run'
export { Simulation } from './simulation'
export type { SimulationOptions } from './options'
export { defaultBucketS } from './options'
export {
  resultToJson,
  resultTransferables,
  type ApiSeries,
  type ApiSummary,
  type Conservation,
  type CostSeries,
  type FunctionSeries,
  type FunctionSummary,
  type Jsonify,
  type LayerSeries,
  type Percentiles,
  type QueueSeries,
  type RunSettings,
  type SimulationResult,
  type SimulationSummary,
  type TableSeries,
  type TableSummary,
} from './result'
export { defaultColdStart, type ColdStartEstimate } from './coldStart'
export { erlangB } from './theory'
