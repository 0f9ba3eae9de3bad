/**
 * The simulation worker: a thin comlink entry over `workers/engine`. It runs the engine in
 * slices, reports progress between them, and hands the result back with its series transferred
 * (not copied). Cancelling is the caller terminating the worker.
 */
import * as Comlink from 'comlink'
import type { Scenario } from '../src/model/scenario'
import type { ServiceModel } from '../src/model/types'
import {
  createSimulation,
  resultTransferables,
  type SimulationOptions,
  type SimulationResult,
} from './engine'

export type {
  FunctionSeries,
  FunctionSummary,
  SimulationResult,
  SimulationSummary,
  TableSeries,
  TableSummary,
} from './engine'

export interface SimulationRequest {
  readonly model: ServiceModel
  /** Already checked by `validateScenario`. */
  readonly scenario: Scenario
  readonly options?: SimulationOptions
}

/** Events per slice: a few milliseconds of work, so progress moves smoothly. */
const SLICE_EVENTS = 250_000

const api = {
  run(request: SimulationRequest, onProgress: (fraction: number) => void): SimulationResult {
    const created = createSimulation(request.model, request.scenario, request.options)
    if (!created.ok) throw new Error(created.error)
    const simulation = created.value
    while (!simulation.run(SLICE_EVENTS)) onProgress(simulation.progress())
    const result = simulation.result()
    return Comlink.transfer(result, resultTransferables(result))
  },
}

export type SimulationWorkerApi = typeof api

Comlink.expose(api)
