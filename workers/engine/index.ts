/**
 * The simulation engine: a seeded, deterministic discrete-event simulation of a design under a
 * traffic scenario. Pure: no DOM, no clock, no Math.random; a worker drives it in slices.
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
