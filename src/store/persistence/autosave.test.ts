import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { validateScenario, type Scenario } from '../../model/scenario'
import { startAutosave, type AutosavedState } from './autosave'
import type { DesignRepository } from './designRepository'
import { createMemoryRepository } from './memoryRepository'
import { createSavedDesign } from './savedDesign'
import type { DesignStorageError } from './storageError'

/** The designer's state as far as autosave cares, plus something it must ignore. */
interface TestState extends AutosavedState {
  readonly selection: readonly string[]
}

const START = 1_700_000_000_000

function scenarioAt(rps: number): Scenario {
  const result = validateScenario({
    traffic: [{ target: 'function:a', pattern: { type: 'constant', rps } }],
  })
  if (!result.ok) throw new Error(result.error)
  return result.scenario
}

function setup(options: { repository?: DesignRepository; designId?: string } = {}) {
  const store = createStore<TestState>()(() => ({
    designId: options.designId ?? 'd1',
    document: { name: 'Orders' },
    yamlText: 'service: orders\n',
    positions: { 'function:a': { x: 0, y: 0 } },
    scenario: scenarioAt(1),
    scenarioCustomised: false,
    selection: [],
  }))
  const repository = options.repository ?? createMemoryRepository()
  const save = vi.spyOn(repository, 'save')
  const errors: DesignStorageError[] = []
  const autosave = startAutosave({
    store,
    repository,
    clock: () => Date.now(),
    onError: (error) => errors.push(error),
  })
  return { store, repository, save, errors, autosave }
}

beforeEach(() => {
  vi.useFakeTimers({ now: START })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('startAutosave', () => {
  it('writes several quick changes once, after the store is quiet for the delay', async () => {
    const { store, save, repository, autosave } = setup()
    store.setState({ yamlText: 'service: orders\n# 1\n' })
    await vi.advanceTimersByTimeAsync(300)
    store.setState({ yamlText: 'service: orders\n# 2\n' })
    await vi.advanceTimersByTimeAsync(300)
    store.setState({ positions: { 'function:a': { x: 50, y: 60 } } })
    await vi.advanceTimersByTimeAsync(499)
    expect(save).not.toHaveBeenCalled()

    await vi.advanceTimersByTimeAsync(1)
    await autosave.flush()
    expect(save).toHaveBeenCalledTimes(1)
    expect(await repository.load('d1')).toEqual({
      ok: true,
      migrated: false,
      design: createSavedDesign({
        id: 'd1',
        name: 'Orders',
        yamlText: 'service: orders\n# 2\n',
        positions: { 'function:a': { x: 50, y: 60 } },
        createdAt: START + 1_100,
        updatedAt: START + 1_100,
      }),
    })
  })

  it('writes when the scenario is customised, and drops it when reset', async () => {
    const { store, save, repository, autosave } = setup()
    const scenario = scenarioAt(25)
    store.setState({ scenario, scenarioCustomised: true })
    await vi.advanceTimersByTimeAsync(500)
    await autosave.flush()
    expect(save).toHaveBeenCalledTimes(1)
    expect(await repository.load('d1')).toMatchObject({ ok: true, design: { scenario } })

    store.setState({ scenario: scenarioAt(1), scenarioCustomised: false })
    await vi.advanceTimersByTimeAsync(500)
    await autosave.flush()
    expect(save).toHaveBeenCalledTimes(2)
    const loaded = await repository.load('d1')
    expect(loaded.ok && loaded.design.scenario).toBeUndefined()
  })

  it('does not write when only the starter scenario follows the design', async () => {
    const { store, save, autosave } = setup()
    store.setState({ scenario: scenarioAt(3) })
    await vi.advanceTimersByTimeAsync(2_000)
    await autosave.flush()
    expect(save).not.toHaveBeenCalled()
  })

  it('writes when only the name changes', async () => {
    const { store, save, repository, autosave } = setup()
    store.setState({ document: { name: 'Orders v2' } })
    await vi.advanceTimersByTimeAsync(500)
    await autosave.flush()
    expect(save).toHaveBeenCalledTimes(1)
    expect(await repository.list()).toEqual([
      { id: 'd1', name: 'Orders v2', updatedAt: START + 500 },
    ])
  })

  it('does not write when nothing saved has changed', async () => {
    const { store, save, autosave } = setup()
    store.setState({ selection: ['function:a'] })
    // Equal content in new objects, as a store rebuilding its state would produce.
    store.setState({ positions: { 'function:a': { x: 0, y: 0 } }, document: { name: 'Orders' } })
    await vi.advanceTimersByTimeAsync(2_000)
    await autosave.flush()
    expect(save).not.toHaveBeenCalled()
  })

  it('does not write a change that was undone before the delay', async () => {
    const { store, save, autosave } = setup()
    store.setState({ yamlText: 'changed' })
    store.setState({ yamlText: 'service: orders\n' })
    await vi.advanceTimersByTimeAsync(2_000)
    await autosave.flush()
    expect(save).not.toHaveBeenCalled()
  })

  it('keeps the creation time of a design saved before', async () => {
    const repository = createMemoryRepository()
    await repository.save(
      createSavedDesign({
        id: 'd1',
        name: 'Orders',
        yamlText: 'service: orders\n',
        positions: {},
        createdAt: 42,
        updatedAt: 43,
      }),
    )
    const { store, autosave } = setup({ repository })
    store.setState({ yamlText: 'service: orders2\n' })
    await autosave.flush()
    expect(await repository.load('d1')).toMatchObject({
      design: { createdAt: 42, updatedAt: START, yamlText: 'service: orders2\n' },
    })
  })

  it('sets the creation time at the first write of a new design, and keeps it after', async () => {
    const { store, repository, autosave } = setup()
    store.setState({ yamlText: 'one' })
    await autosave.flush()
    await vi.advanceTimersByTimeAsync(10_000)
    store.setState({ yamlText: 'two' })
    await autosave.flush()
    expect(await repository.load('d1')).toMatchObject({
      design: { yamlText: 'two', createdAt: START, updatedAt: START + 10_000 },
    })
  })

  it('flushes at once, and flushing with nothing pending writes nothing', async () => {
    const { store, save, autosave } = setup()
    await autosave.flush()
    expect(save).not.toHaveBeenCalled()
    store.setState({ yamlText: 'now' })
    await autosave.flush()
    expect(save).toHaveBeenCalledTimes(1)
    // The timer that was pending is gone: no second write.
    await vi.advanceTimersByTimeAsync(2_000)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('writes at least every maxDelay while changes keep coming', async () => {
    const { store, save } = setup()
    for (let i = 1; i <= 12; i++) {
      store.setState({ positions: { 'function:a': { x: i, y: 0 } } })
      await vi.advanceTimersByTimeAsync(400)
    }
    // 4.8 s of dragging with a 500 ms delay: without the cap, nothing would be written yet.
    expect(save).toHaveBeenCalledTimes(0)
    await vi.advanceTimersByTimeAsync(200)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('writes what was pending for a design before following the one opened next', async () => {
    const { store, repository, autosave } = setup()
    store.setState({ yamlText: 'edited d1' })
    store.setState({
      designId: 'd2',
      document: { name: 'Other' },
      yamlText: 'service: other\n',
      positions: {},
    })
    await autosave.flush()
    expect(await repository.load('d1')).toMatchObject({ design: { yamlText: 'edited d1' } })
    // Opening is not a change: d2 is written only once it is edited.
    expect(await repository.load('d2')).toMatchObject({ ok: false, missing: true })
    store.setState({ yamlText: 'edited d2' })
    await autosave.flush()
    expect(await repository.load('d2')).toMatchObject({
      design: { name: 'Other', yamlText: 'edited d2' },
    })
  })

  it('reports a full storage clearly, and tries again after the next change', async () => {
    const repository = createMemoryRepository()
    const { store, save, errors, autosave } = setup({ repository })
    save.mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'))
    store.setState({ yamlText: 'big' })
    await autosave.flush()
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({
      problem: 'quota',
      message: expect.stringMatching(
        /^Could not save the design: the browser's storage for this site is full\./,
      ),
    })
    // The failed state counts as unsaved: a flush writes it again.
    await autosave.flush()
    expect(save).toHaveBeenCalledTimes(2)
    expect(await repository.load('d1')).toMatchObject({ design: { yamlText: 'big' } })
  })

  it('never overwrites a damaged record that has the same id', async () => {
    const damaged = { version: 2, id: 'd1', yamlText: 12 }
    const repository = createMemoryRepository([['d1', damaged]])
    const { store, save, errors, autosave } = setup({ repository })
    store.setState({ yamlText: 'new' })
    await autosave.flush()
    expect(save).not.toHaveBeenCalled()
    expect(errors.map((e) => e.problem)).toEqual(['unreadable'])
    expect(await repository.load('d1')).toMatchObject({ ok: false, missing: false })
  })

  it('writes what is pending when stopped, then stops following the store', async () => {
    const { store, save, autosave } = setup()
    store.setState({ yamlText: 'last words' })
    await autosave.stop()
    expect(save).toHaveBeenCalledTimes(1)
    store.setState({ yamlText: 'after stop' })
    await vi.advanceTimersByTimeAsync(2_000)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('uses an injected scheduler', async () => {
    const pending: (() => void)[] = []
    const store = createStore<AutosavedState>()(() => ({
      designId: 'd1',
      document: { name: 'n' },
      yamlText: 'a',
      positions: {},
      scenario: scenarioAt(1),
      scenarioCustomised: false,
    }))
    const repository = createMemoryRepository()
    startAutosave({
      store,
      repository,
      clock: () => 0,
      onError: () => {},
      scheduler: {
        setTimeout: (callback) => {
          pending.push(callback)
          return setTimeout(() => {}, 0)
        },
        clearTimeout: () => {},
      },
    })
    store.setState({ yamlText: 'b' })
    expect(pending).toHaveLength(1)
    pending[0]?.()
    await vi.advanceTimersByTimeAsync(0)
    expect(await repository.load('d1')).toMatchObject({ design: { yamlText: 'b' } })
  })
})

describe('startAutosave and shared designs', () => {
  it('never writes a read-only design, even when another design is opened after it', async () => {
    const { store, save, autosave } = setup()
    store.setState({ designId: 'shared', readOnly: true, yamlText: 'service: shared\n' })
    store.setState({ positions: { 'function:b': { x: 5, y: 5 } } })
    await vi.advanceTimersByTimeAsync(6_000)
    await autosave.flush()
    store.setState({ designId: 'd2', readOnly: false, yamlText: 'service: mine\n' })
    await autosave.flush()
    expect(save).not.toHaveBeenCalled()
    store.setState({ yamlText: 'service: mine\n# edited\n' })
    await vi.advanceTimersByTimeAsync(500)
    await autosave.flush()
    expect(save).toHaveBeenCalledTimes(1)
    expect(save.mock.calls[0]?.[0]).toMatchObject({ id: 'd2' })
  })
})
