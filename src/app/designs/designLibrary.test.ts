import { describe, expect, it } from 'vitest'
import { validateScenario } from '../../model/scenario'
import { createDesignerStore } from '../../store/designerStore'
import {
  createMemoryRepository,
  createSavedDesign,
  startAutosave,
  type DesignRepository,
} from '../../store/persistence'
import { BLANK_DESIGN_TEXT } from './blankDesign'
import { createDesignLibrary } from './designLibrary'
import { trackSaveStatus } from './saveStatus'

const TEXT_A = 'service: a\nprovider:\n  name: aws\nfunctions:\n  one:\n    handler: h.one\n'
const TEXT_B = 'service: b\nprovider:\n  name: aws\n'

function saved(id: string, name: string, yamlText: string, updatedAt: number) {
  return createSavedDesign({
    id,
    name,
    yamlText,
    positions: { 'function:one': { x: 10, y: 20 } },
    createdAt: 1,
    updatedAt,
  })
}

async function setUp(
  seed: (repository: DesignRepository) => Promise<void> = async () => {},
  stored: readonly (readonly [string, unknown])[] = [],
) {
  const memory = createMemoryRepository(stored)
  await seed(memory)
  const store = createDesignerStore({ designId: 'start', name: 'Start', yamlText: TEXT_A })
  const tracked = trackSaveStatus(store, memory, true)
  const autosave = startAutosave({
    store,
    repository: tracked.repository,
    clock: () => 1000,
    delayMs: 0,
    onError: () => {},
  })
  let ids = 0
  const library = createDesignLibrary({
    store,
    repository: tracked.repository,
    persistent: true,
    autosave,
    saveStatus: tracked.status,
    clock: () => 2000,
    randomUUID: () => `new-${++ids}`,
  })
  return { store, library, repository: memory, autosave, status: tracked.status }
}

describe('createDesignLibrary', () => {
  it('opens text as a new design that is saved and reopened next time', async () => {
    const { store, library, repository } = await setUp()
    await library.openNew('orders', TEXT_B)
    expect(store.getState().designId).toBe('new-1')
    expect(store.getState().document.name).toBe('orders')
    expect((await repository.list()).map((d) => d.name)).toEqual(['orders'])
    expect(await repository.lastOpenedId()).toBe('new-1')
  })

  it('opens a saved design with its positions', async () => {
    const { store, library, repository } = await setUp((r) => r.save(saved('a', 'A', TEXT_A, 5)))
    await library.openSaved('a')
    expect(store.getState().designId).toBe('a')
    expect(store.getState().positions).toEqual({ 'function:one': { x: 10, y: 20 } })
    expect(await repository.lastOpenedId()).toBe('a')
  })

  it('opens a saved design with its scenario, as the user customised it', async () => {
    const checked = validateScenario({
      traffic: [{ target: 'function:one', pattern: { type: 'constant', rps: 42 } }],
    })
    if (!checked.ok) throw new Error(checked.error)
    const scenario = checked.scenario
    const { store, library } = await setUp((r) =>
      r.save(createSavedDesign({ ...saved('a', 'A', TEXT_A, 5), scenario })),
    )
    await library.openSaved('a')
    expect(store.getState().scenario).toEqual(scenario)
    expect(store.getState().scenarioCustomised).toBe(true)
  })

  it('opens a saved design whose scenario is broken with the starter one and a notice', async () => {
    const broken = { ...saved('a', 'A', TEXT_A, 5), scenario: { traffic: 3 } }
    const { store, library } = await setUp(async () => {}, [['a', broken]])
    await library.openSaved('a')
    expect(store.getState().designId).toBe('a')
    expect(store.getState().yamlText).toBe(TEXT_A)
    expect(store.getState().scenarioCustomised).toBe(false)
    expect(store.getState().notice?.message).toMatch(
      /^The saved traffic scenario could not be read/,
    )
  })

  it('refuses a design that cannot be read with a notice, keeping the open one', async () => {
    const { store, library } = await setUp()
    await library.openSaved('nowhere')
    expect(store.getState().designId).toBe('start')
    expect(store.getState().notice?.kind).toBe('error')
  })

  it('renames the open design in the store and others in storage', async () => {
    const { store, library, repository, autosave } = await setUp((r) =>
      r.save(saved('a', 'A', TEXT_A, 5)),
    )
    await library.rename('start', 'Renamed')
    expect(store.getState().document.name).toBe('Renamed')
    await autosave.flush()
    await library.rename('a', '  Also renamed ')
    expect((await repository.list()).map((d) => d.name).sort()).toEqual(['Also renamed', 'Renamed'])
  })

  it('after deleting the open design, opens the newest other one', async () => {
    const { store, library, repository } = await setUp(async (r) => {
      await r.save(saved('old', 'Old', TEXT_A, 5))
      await r.save(saved('newer', 'Newer', TEXT_B, 9))
    })
    await library.openSaved('old')
    await library.remove('old')
    expect(store.getState().designId).toBe('newer')
    expect((await repository.list()).map((d) => d.id)).toEqual(['newer'])
  })

  it('after deleting the last design, starts a blank one', async () => {
    const { store, library, repository } = await setUp()
    await library.openNew('only', TEXT_B)
    await library.remove('new-1')
    expect(store.getState().yamlText).toBe(BLANK_DESIGN_TEXT)
    expect((await repository.list()).map((d) => d.id)).toEqual(['new-2'])
  })
})

describe('trackSaveStatus', () => {
  it('is saving after a change and saved once autosave has written it', async () => {
    const { store, status, autosave } = await setUp()
    expect(status.getSnapshot()).toBe('saved')
    store.getState().actions.renameDesign('Changed')
    expect(status.getSnapshot()).toBe('saving')
    await autosave.flush()
    expect(status.getSnapshot()).toBe('saved')
  })

  it('reports a failed write until a later one succeeds', async () => {
    const memory = createMemoryRepository()
    let failing = true
    const flaky: DesignRepository = {
      ...memory,
      save: (design) => (failing ? Promise.reject(new Error('disk full')) : memory.save(design)),
    }
    const store = createDesignerStore({ designId: 's', name: 'S', yamlText: TEXT_A })
    const tracked = trackSaveStatus(store, flaky, true)
    const autosave = startAutosave({
      store,
      repository: tracked.repository,
      clock: () => 1,
      onError: () => {},
    })
    store.getState().actions.renameDesign('T')
    await autosave.flush()
    expect(tracked.status.getSnapshot()).toBe('failed')
    failing = false
    store.getState().actions.renameDesign('U')
    await autosave.flush()
    expect(tracked.status.getSnapshot()).toBe('saved')
  })

  it('says memory when storage is not persistent', () => {
    const store = createDesignerStore({ designId: 's', name: 'S', yamlText: TEXT_A })
    const tracked = trackSaveStatus(store, createMemoryRepository(), false)
    store.getState().actions.renameDesign('T')
    expect(tracked.status.getSnapshot()).toBe('memory')
  })
})
