import { describe, expect, it } from 'vitest'
import { createDesignerStore } from './designerStore'

// These tests use the real codec: the store's edits are patches of real serverless.yml text.
const TEXT = `service: demo
provider:
  name: aws
  runtime: nodejs22.x
functions:
  hello:
    handler: src/hello.handler # greets
`

const storeOf = (yamlText = TEXT) => createDesignerStore({ designId: 'd', name: 'Demo', yamlText })

describe('designer store edits', () => {
  it('applies a patch as one undo step, and undo/redo restore text and positions', () => {
    const store = storeOf()
    const { actions } = store.getState()
    actions.placeNodes({ 'function:hello': { x: 10, y: 20 } }, { record: false })
    const outcome = actions.applyPatches([
      { op: 'setFunctionProperty', name: 'hello', property: 'memorySize', value: 512 },
    ])
    expect(outcome).toEqual({ ok: true })
    expect(store.getState().yamlText).toContain('    memorySize: 512')
    expect(store.getState().lastChange.origin).toBe('canvas')
    actions.undo()
    expect(store.getState().yamlText).toBe(TEXT)
    expect(store.getState().lastChange.origin).toBe('history')
    actions.redo()
    expect(store.getState().yamlText).toContain('    memorySize: 512')
  })

  it('one history across panes: typing, then a canvas edit, undone in reverse order', () => {
    const store = storeOf()
    const { actions } = store.getState()
    const typed = TEXT + '  bye:\n    handler: src/bye.handler\n'
    actions.setYamlText(typed, 'yaml')
    actions.applyPatches([{ op: 'removeFunction', name: 'hello' }])
    expect(store.getState().yamlText).not.toContain('hello:')
    actions.undo()
    expect(store.getState().yamlText).toBe(typed)
    actions.undo()
    expect(store.getState().yamlText).toBe(TEXT)
  })

  it('a drag is one undo step from where it started', () => {
    const store = storeOf()
    const { actions } = store.getState()
    actions.placeNodes({ 'function:hello': { x: 0, y: 0 } }, { record: false })
    for (let x = 1; x <= 5; x++)
      actions.moveNodes([{ id: 'function:hello', position: { x, y: x } }], 'drag')
    expect(store.getState().history.past).toHaveLength(0)
    actions.moveNodes([{ id: 'function:hello', position: { x: 6, y: 6 } }], 'end')
    expect(store.getState().history.past).toHaveLength(1)
    actions.undo()
    expect(store.getState().positions['function:hello']).toEqual({ x: 0, y: 0 })
  })

  it('a renamed function keeps its position and its selection', () => {
    const store = storeOf()
    const { actions } = store.getState()
    actions.placeNodes({ 'function:hello': { x: 7, y: 8 } }, { record: false })
    actions.select('function:hello' as never, 'canvas')
    actions.applyPatches([{ op: 'renameFunction', from: 'hello', to: 'greet' }])
    expect(store.getState().positions).toEqual({ 'function:greet': { x: 7, y: 8 } })
    expect(store.getState().selection.id).toBe('function:greet')
  })

  it('refuses canvas edits while the text does not parse, and says why', () => {
    const store = storeOf()
    const { actions } = store.getState()
    actions.setYamlText(TEXT + 'functions: [\n', 'yaml')
    const outcome = actions.applyPatches([{ op: 'addFunction', name: 'x' }])
    expect(outcome.ok).toBe(false)
    expect(store.getState().notice?.message).toMatch(/Fix the YAML first/)
    expect(store.getState().yamlText).toBe(TEXT + 'functions: [\n')
  })

  it('a refused patch leaves the text and reports the codec reason', () => {
    const store = storeOf()
    const outcome = store.getState().actions.applyPatches([{ op: 'removeFunction', name: 'nope' }])
    expect(outcome.ok).toBe(false)
    expect(store.getState().notice?.kind).toBe('error')
    expect(store.getState().yamlText).toBe(TEXT)
  })
})

describe('designer store scenario', () => {
  it('starts from the starter scenario and follows the design until the user edits it', () => {
    const store = storeOf()
    expect(store.getState().scenario.traffic.map((t) => t.target)).toEqual(['function:hello'])
    const { actions } = store.getState()
    actions.applyPatches([{ op: 'addFunction', name: 'bye' }])
    expect(store.getState().scenario.traffic.map((t) => t.target)).toEqual([
      'function:hello',
      'function:bye',
    ])
    const own = { ...store.getState().scenario, traffic: [] }
    actions.setScenario(own)
    actions.applyPatches([{ op: 'addFunction', name: 'third' }])
    expect(store.getState().scenario.traffic).toEqual([])
    actions.resetScenario()
    expect(store.getState().scenario.traffic).toHaveLength(3)
  })
})

describe('designer store node figures', () => {
  it('holds the last run’s figures until another design is opened', () => {
    const store = storeOf()
    expect(store.getState().nodeFigures).toEqual({})
    const { actions } = store.getState()
    actions.setNodeFigures({ 'function:hello': { text: 'p99 120 ms', alert: false } })
    expect(store.getState().nodeFigures['function:hello']?.text).toBe('p99 120 ms')
    actions.openDesign({ designId: 'e', name: 'Other', yamlText: TEXT })
    expect(store.getState().nodeFigures).toEqual({})
  })
})

describe('designer store, read-only (a shared design)', () => {
  it('refuses every edit with a notice, and lets the layout place nodes', () => {
    const store = createDesignerStore({ designId: 's', name: 'Shared', yamlText: TEXT })
    store
      .getState()
      .actions.openDesign({ designId: 's2', name: 'Shared', yamlText: TEXT, readOnly: true })
    const { actions } = store.getState()
    expect(store.getState().readOnly).toBe(true)
    actions.setYamlText(`${TEXT}# edit\n`, 'yaml')
    expect(store.getState().yamlText).toBe(TEXT)
    expect(store.getState().notice?.message).toMatch(/read-only/)
    expect(actions.applyPatches([{ op: 'addFunction', name: 'x' }]).ok).toBe(false)
    actions.setScenario({ ...store.getState().scenario, traffic: [] })
    expect(store.getState().scenario.traffic).not.toEqual([])
    actions.moveNodes([{ id: 'function:hello', position: { x: 9, y: 9 } }], 'end')
    expect(store.getState().positions['function:hello']).toBeUndefined()
    actions.placeNodes({ 'function:hello': { x: 1, y: 2 } }, { record: false })
    expect(store.getState().positions['function:hello']).toEqual({ x: 1, y: 2 })
    actions.openDesign({ designId: 'mine', name: 'Mine', yamlText: TEXT })
    expect(store.getState().readOnly).toBe(false)
  })
})
