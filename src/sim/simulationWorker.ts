import * as Comlink from 'comlink'
import type {
  SimulationRequest,
  SimulationResult,
  SimulationWorkerApi,
} from '../../workers/simulation.worker'
import { createRunner, runPool, type RunOutcome, type WorkerHandle } from './runner'

export type {
  FunctionSeries,
  FunctionSummary,
  SimulationRequest,
  SimulationResult,
  SimulationSummary,
  TableSeries,
  TableSummary,
} from '../../workers/simulation.worker'
export type { RunOutcome } from './runner'

/** A fresh simulation worker (a module worker, bundled by Vite), wrapped by comlink. */
export function spawnSimulationWorker(): WorkerHandle<SimulationRequest, SimulationResult> {
  const worker = new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), {
    type: 'module',
    name: 'simulation',
  })
  const remote = Comlink.wrap<SimulationWorkerApi>(worker)
  return {
    run: (request, onProgress) => remote.run(request, Comlink.proxy(onProgress)),
    terminate: () => worker.terminate(),
  }
}

/** The one run the designer shows: a new run replaces the one in flight. */
export const simulationRunner = () => createRunner(spawnSimulationWorker)

/**
 * What-if runs side by side, one worker each, as many at once as the machine has cores to
 * spare (at least 1, at most 4).
 */
export function runSideBySide(
  requests: readonly SimulationRequest[],
  onProgress?: (index: number, fraction: number) => void,
  signal?: AbortSignal,
): Promise<RunOutcome<SimulationResult>[]> {
  const cores = typeof navigator === 'undefined' ? 2 : (navigator.hardwareConcurrency ?? 2)
  const size = Math.max(1, Math.min(4, cores - 1))
  return runPool(spawnSimulationWorker, requests, size, onProgress, signal)
}
