import { describe, expect, it } from 'vitest'
import { resourceId } from '../../model/types'
import { createDesignerStore } from '../../store/designerStore'
import { duplicateSelection } from './duplicateSelection'

const TEXT = `service: demo
provider:
  name: aws
  runtime: nodejs20.x
functions:
  worker:
    handler: src/worker.handler
    memorySize: 512
`

const workerId = resourceId('function', 'worker')

function storeOf(yamlText: string) {
  return createDesignerStore({
    designId: 'd',
    name: 'Demo',
    yamlText,
    positions: { [workerId]: { x: 100, y: 200 } },
  })
}

describe('duplicateSelection', () => {
  it('copies the selected function beside it, selected, as one undo step', () => {
    const store = storeOf(TEXT)
    store.getState().actions.select(workerId, 'canvas')
    duplicateSelection(store)
    const state = store.getState()
    const copyId = resourceId('function', 'workerCopy')
    expect(state.yamlText).toContain('  workerCopy:')
    expect(state.selection.id).toBe(copyId)
    expect(state.positions[copyId]).toEqual({ x: 140, y: 260 })
    state.actions.undo()
    expect(store.getState().yamlText).toBe(TEXT)
  })

  it('does nothing without a selection', () => {
    const store = storeOf(TEXT)
    duplicateSelection(store)
    expect(store.getState().yamlText).toBe(TEXT)
    expect(store.getState().notice).toBeNull()
  })

  it('explains why broken YAML cannot be copied from', () => {
    const store = storeOf(TEXT)
    store.getState().actions.select(workerId, 'canvas')
    store.getState().actions.setYamlText(`${TEXT}  bad: [`, 'yaml')
    duplicateSelection(store)
    expect(store.getState().notice?.kind).toBe('error')
    expect(store.getState().yamlText).toBe(`${TEXT}  bad: [`)
  })
})
