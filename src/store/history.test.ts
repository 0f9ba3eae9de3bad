import { describe, expect, it } from 'vitest'
import { emptyHistory, HISTORY_LIMIT, record, redo, undo, type Snapshot } from './history'

const snap = (yamlText: string, x = 0): Snapshot => ({ yamlText, positions: { a: { x, y: 0 } } })

describe('history', () => {
  it('undoes and redoes in order', () => {
    let h = record(emptyHistory, snap('one'))
    h = record(h, snap('two'))
    const [back, h2] = undo(h, snap('three'))!
    expect(back.yamlText).toBe('two')
    const [back2, h3] = undo(h2, back)!
    expect(back2.yamlText).toBe('one')
    expect(undo(h3, back2)).toBeUndefined()
    const [fwd] = redo(h3, back2)!
    expect(fwd.yamlText).toBe('two')
  })

  it('a new edit clears the redo steps', () => {
    const h = record(emptyHistory, snap('one'))
    const [, afterUndo] = undo(h, snap('two'))!
    expect(afterUndo.future).toHaveLength(1)
    expect(record(afterUndo, snap('one')).future).toEqual([])
  })

  it('skips a step identical to the previous one', () => {
    const h = record(record(emptyHistory, snap('one', 5)), snap('one', 5))
    expect(h.past).toHaveLength(1)
    expect(record(h, snap('one', 6)).past).toHaveLength(2)
  })

  it('keeps at most the limit', () => {
    let h = emptyHistory
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) h = record(h, snap(String(i)))
    expect(h.past).toHaveLength(HISTORY_LIMIT)
    expect(h.past[0]!.yamlText).toBe('10')
  })
})
