import { describe, expect, it } from 'vitest'
import { createRunner, runPool, type WorkerHandle } from './runner'

/** A fake worker whose run finishes when the test says. */
function fakeWorkers() {
  const spawned: {
    request: number
    terminated: boolean
    progress: (f: number) => void
    finish: (result: string) => void
    fail: (error: Error) => void
  }[] = []
  const spawn = (): WorkerHandle<number, string> => {
    const entry = {
      request: Number.NaN,
      terminated: false,
      progress: (_: number) => {},
      finish: (_: string) => {},
      fail: (_: Error) => {},
    }
    spawned.push(entry)
    return {
      run: (request, onProgress) =>
        new Promise<string>((resolve, reject) => {
          entry.request = request
          entry.progress = onProgress
          entry.finish = resolve
          entry.fail = reject
        }),
      terminate: () => {
        entry.terminated = true
      },
    }
  }
  return { spawn, spawned }
}

describe('createRunner', () => {
  it('a new run cancels the one in flight and ends its worker', async () => {
    const { spawn, spawned } = fakeWorkers()
    const runner = createRunner(spawn)
    const progress: number[] = []
    const first = runner.run(1, (f) => progress.push(f))
    spawned[0]?.progress(0.5)
    const second = runner.run(2)
    spawned[0]?.progress(0.9) // too late: the first run is gone
    expect(await first).toEqual({ status: 'cancelled' })
    expect(spawned[0]?.terminated).toBe(true)
    expect(progress).toEqual([0.5])
    expect(runner.busy).toBe(true)
    spawned[1]?.finish('two')
    expect(await second).toEqual({ status: 'done', result: 'two' })
    expect(spawned[1]?.terminated).toBe(true)
    expect(runner.busy).toBe(false)
  })

  it('reports a failed run with its message, and cancel settles a run', async () => {
    const { spawn, spawned } = fakeWorkers()
    const runner = createRunner(spawn)
    const failing = runner.run(1)
    spawned[0]?.fail(new Error('no traffic'))
    expect(await failing).toEqual({ status: 'failed', error: 'no traffic' })
    const cancelled = runner.run(2)
    runner.cancel()
    expect(await cancelled).toEqual({ status: 'cancelled' })
  })
})

describe('runPool', () => {
  it('runs at most `size` at a time and returns outcomes in request order', async () => {
    const { spawn, spawned } = fakeWorkers()
    const pool = runPool(spawn, [10, 20, 30], 2)
    await Promise.resolve()
    expect(spawned.map((s) => s.request)).toEqual([10, 20])
    spawned[1]?.finish('b')
    await new Promise((r) => setTimeout(r, 0))
    expect(spawned.map((s) => s.request)).toEqual([10, 20, 30])
    spawned[2]?.finish('c')
    spawned[0]?.fail(new Error('x'))
    expect(await pool).toEqual([
      { status: 'failed', error: 'x' },
      { status: 'done', result: 'b' },
      { status: 'done', result: 'c' },
    ])
    expect(spawned.every((s) => s.terminated)).toBe(true)
  })

  it('an abort ends the runs in flight and skips the rest', async () => {
    const { spawn, spawned } = fakeWorkers()
    const controller = new AbortController()
    const pool = runPool(spawn, [1, 2, 3], 2, undefined, controller.signal)
    await Promise.resolve()
    controller.abort()
    expect(await pool).toEqual([
      { status: 'cancelled' },
      { status: 'cancelled' },
      { status: 'cancelled' },
    ])
    expect(spawned).toHaveLength(2)
    expect(spawned.every((s) => s.terminated)).toBe(true)
  })
})
