/**
 * Runs simulations off the main thread, one worker per run. A worker that is computing cannot
 * read messages, so cancelling is terminating it: a new run (or `cancel`) ends the one in
 * flight at once, and its promise settles as `cancelled`.
 */

/** What the bridge needs of a worker: the remote `run`, and a way to end it. */
export interface WorkerHandle<Request, Result> {
  run(request: Request, onProgress: (fraction: number) => void): Promise<Result>
  terminate(): void
}

export type RunOutcome<Result> =
  | { readonly status: 'done'; readonly result: Result }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly error: string }

export interface SimulationRunner<Request, Result> {
  /** Starts a run, cancelling the one in flight. */
  run(request: Request, onProgress?: (fraction: number) => void): Promise<RunOutcome<Result>>
  cancel(): void
  /** Whether a run is in flight. */
  readonly busy: boolean
}

export function createRunner<Request, Result>(
  spawn: () => WorkerHandle<Request, Result>,
): SimulationRunner<Request, Result> {
  let current: { worker: WorkerHandle<Request, Result>; settle: () => void } | null = null

  const cancel = () => {
    if (!current) return
    const { worker, settle } = current
    current = null
    worker.terminate()
    settle()
  }

  return {
    get busy() {
      return current !== null
    },
    cancel,
    run(request, onProgress = () => {}) {
      cancel()
      const worker = spawn()
      return new Promise<RunOutcome<Result>>((resolve) => {
        const mine = { worker, settle: () => resolve({ status: 'cancelled' }) }
        current = mine
        const finish = (outcome: RunOutcome<Result>) => {
          if (current !== mine) return
          current = null
          worker.terminate()
          resolve(outcome)
        }
        worker
          .run(request, (fraction) => current === mine && onProgress(fraction))
          .then(
            (result) => finish({ status: 'done', result }),
            (error: unknown) => finish({ status: 'failed', error: messageOf(error) }),
          )
      })
    },
  }
}

/**
 * Runs every request, at most `size` at a time, each in its own worker; the outcomes come back
 * in the order of the requests. `onProgress` gets each run's fraction done by index. Aborting
 * `signal` terminates the workers in flight; their runs and those not started are `cancelled`.
 */
export async function runPool<Request, Result>(
  spawn: () => WorkerHandle<Request, Result>,
  requests: readonly Request[],
  size: number,
  onProgress: (index: number, fraction: number) => void = () => {},
  signal?: AbortSignal,
): Promise<RunOutcome<Result>[]> {
  const outcomes: RunOutcome<Result>[] = new Array(requests.length)
  let next = 0
  const lane = async () => {
    while (next < requests.length) {
      const index = next++
      if (signal?.aborted) {
        outcomes[index] = { status: 'cancelled' }
        continue
      }
      outcomes[index] = await runOne(spawn(), requests[index] as Request, index)
    }
  }
  const runOne = (worker: WorkerHandle<Request, Result>, request: Request, index: number) =>
    new Promise<RunOutcome<Result>>((resolve) => {
      let settled = false
      const settle = (outcome: RunOutcome<Result>) => {
        if (settled) return
        settled = true
        signal?.removeEventListener('abort', abort)
        worker.terminate()
        resolve(outcome)
      }
      const abort = () => settle({ status: 'cancelled' })
      signal?.addEventListener('abort', abort)
      worker
        .run(request, (f) => !settled && onProgress(index, f))
        .then(
          (result) => settle({ status: 'done', result }),
          (error: unknown) => settle({ status: 'failed', error: messageOf(error) }),
        )
    })
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, requests.length)) }, lane))
  return outcomes
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
