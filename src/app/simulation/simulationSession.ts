import type { RunOutcome, SimulationRequest, SimulationResult } from '../../sim/simulationWorker'

/** One finished run: the design as it is, or a what-if. */
export interface SimulationRun {
  readonly label: string
  /** What was run: the panel tells results of an older design or scenario by it. */
  readonly request: SimulationRequest
  readonly result: SimulationResult
}

export type SessionState =
  | { readonly status: 'idle' }
  | {
      readonly status: 'running'
      readonly labels: readonly string[]
      /** Fraction done per run. */
      readonly progress: readonly number[]
    }
  | {
      readonly status: 'done'
      readonly runs: readonly SimulationRun[]
      /** The open document the runs were made on, so another design never shows them. */
      readonly documentId: number
    }
  | { readonly status: 'failed'; readonly error: string }
  | { readonly status: 'cancelled' }

export interface LabelledRequest {
  readonly label: string
  readonly request: SimulationRequest
}

type RunMany = (
  requests: readonly SimulationRequest[],
  onProgress: (index: number, fraction: number) => void,
  signal: AbortSignal,
) => Promise<RunOutcome<SimulationResult>[]>

/**
 * The simulation the results drawer shows, kept outside React so it survives the drawer being
 * closed: start runs (side by side), follow their progress, cancel them. Starting again cancels
 * what is in flight. Subscribe with `useSyncExternalStore`.
 */
export function createSimulationSession(runMany: RunMany) {
  let state: SessionState = { status: 'idle' }
  let inFlight: AbortController | null = null
  const listeners = new Set<() => void>()
  const set = (next: SessionState) => {
    state = next
    for (const listener of listeners) listener()
  }

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getSnapshot: (): SessionState => state,

    async start(requests: readonly LabelledRequest[], documentId: number): Promise<SessionState> {
      inFlight?.abort()
      const controller = new AbortController()
      inFlight = controller
      const labels = requests.map((r) => r.label)
      let progress = labels.map(() => 0)
      set({ status: 'running', labels, progress })
      const outcomes = await runMany(
        requests.map((r) => r.request),
        (index, fraction) => {
          if (inFlight !== controller) return
          progress = progress.map((p, i) => (i === index ? fraction : p))
          set({ status: 'running', labels, progress })
        },
        controller.signal,
      )
      if (inFlight !== controller) return state
      inFlight = null
      const failed = outcomes.find((o) => o.status === 'failed')
      if (failed?.status === 'failed') {
        set({ status: 'failed', error: failed.error })
      } else if (outcomes.some((o) => o.status !== 'done')) {
        set({ status: 'cancelled' })
      } else {
        const runs = outcomes.map((o, i) => ({
          label: labels[i] ?? `Run ${i + 1}`,
          request: requests[i]?.request as SimulationRequest,
          result: (o as Extract<typeof o, { status: 'done' }>).result,
        }))
        set({ status: 'done', runs, documentId })
      }
      return state
    },

    cancel(): void {
      if (!inFlight) return
      inFlight.abort()
      inFlight = null
      set({ status: 'cancelled' })
    },
  }
}

export type SimulationSession = ReturnType<typeof createSimulationSession>
