import { describe, expect, it } from 'vitest'
import type { RunOutcome, SimulationRequest, SimulationResult } from '../../sim/simulationWorker'
import { createSimulationSession } from './simulationSession'

const request = {} as SimulationRequest
const result = (n: number) => ({ arrivals: n }) as unknown as SimulationResult

/** A fake pool: each call waits until the test resolves it, or until it is aborted. */
function fakePool() {
  const calls: {
    progress: (i: number, f: number) => void
    resolve: (o: RunOutcome<SimulationResult>[]) => void
    signal: AbortSignal
  }[] = []
  const runMany = (
    requests: readonly SimulationRequest[],
    progress: (i: number, f: number) => void,
    signal: AbortSignal,
  ) =>
    new Promise<RunOutcome<SimulationResult>[]>((resolve) => {
      calls.push({ progress, resolve, signal })
      signal.addEventListener('abort', () => resolve(requests.map(() => ({ status: 'cancelled' }))))
    })
  return { runMany, calls }
}

describe('simulation session', () => {
  it('follows progress, then holds the runs with their labels and document', async () => {
    const { runMany, calls } = fakePool()
    const session = createSimulationSession(runMany)
    const seen: string[] = []
    session.subscribe(() => seen.push(session.getSnapshot().status))
    const done = session.start(
      [
        { label: 'As designed', request },
        { label: 'f at 1,024 MB', request },
      ],
      7,
    )
    calls[0]?.progress(1, 0.5)
    expect(session.getSnapshot()).toEqual({
      status: 'running',
      labels: ['As designed', 'f at 1,024 MB'],
      progress: [0, 0.5],
    })
    calls[0]?.resolve([
      { status: 'done', result: result(1) },
      { status: 'done', result: result(2) },
    ])
    await done
    expect(session.getSnapshot()).toEqual({
      status: 'done',
      documentId: 7,
      runs: [
        { label: 'As designed', request, result: result(1) },
        { label: 'f at 1,024 MB', request, result: result(2) },
      ],
    })
    expect(seen).toEqual(['running', 'running', 'done'])
  })

  it('a new start cancels the one in flight; its late outcome changes nothing', async () => {
    const { runMany, calls } = fakePool()
    const session = createSimulationSession(runMany)
    const first = session.start([{ label: 'a', request }], 1)
    const second = session.start([{ label: 'b', request }], 1)
    expect(calls[0]?.signal.aborted).toBe(true)
    await first
    expect(session.getSnapshot().status).toBe('running')
    calls[1]?.resolve([{ status: 'done', result: result(3) }])
    await second
    expect(session.getSnapshot()).toMatchObject({ status: 'done', runs: [{ label: 'b' }] })
  })

  it('reports the first failure, and cancel stops a run', async () => {
    const { runMany, calls } = fakePool()
    const session = createSimulationSession(runMany)
    const failing = session.start([{ label: 'a', request }], 1)
    calls[0]?.resolve([{ status: 'failed', error: 'traffic[0].target: no such API' }])
    await failing
    expect(session.getSnapshot()).toEqual({
      status: 'failed',
      error: 'traffic[0].target: no such API',
    })
    const cancelled = session.start([{ label: 'a', request }], 1)
    session.cancel()
    await cancelled
    expect(session.getSnapshot()).toEqual({ status: 'cancelled' })
  })
})
