import { describe, expect, it } from 'vitest'
import {
  clampSize,
  DEFAULT_LAYOUT,
  PANE_LIMITS,
  parseLayout,
  serializeLayout,
  steppedSize,
} from './paneLayout'

describe('parseLayout', () => {
  it('reads back what was written', () => {
    const layout = {
      ...DEFAULT_LAYOUT,
      sizes: { ...DEFAULT_LAYOUT.sizes, editor: 600, results: 500 },
      problemsOpen: true,
      resultsOpen: true,
    }
    expect(parseLayout(serializeLayout(layout))).toEqual(layout)
  })

  it('falls back to the default for nothing, junk or the wrong shape', () => {
    expect(parseLayout(null)).toEqual(DEFAULT_LAYOUT)
    expect(parseLayout('{not json')).toEqual(DEFAULT_LAYOUT)
    expect(parseLayout('[1,2]')).toEqual(DEFAULT_LAYOUT)
    expect(parseLayout('"text"')).toEqual(DEFAULT_LAYOUT)
  })

  it('keeps the good fields of a partly bad record and clamps sizes', () => {
    const layout = parseLayout(
      JSON.stringify({ sizes: { editor: 5000, palette: 'wide', inspector: null }, paletteOpen: 0 }),
    )
    expect(layout.sizes.editor).toBe(PANE_LIMITS.editor.max)
    expect(layout.sizes.palette).toBe(DEFAULT_LAYOUT.sizes.palette)
    expect(layout.sizes.inspector).toBe(DEFAULT_LAYOUT.sizes.inspector)
    expect(layout.paletteOpen).toBe(DEFAULT_LAYOUT.paletteOpen)
  })

  it('brings the results drawer back open at its height, within limits', () => {
    const layout = parseLayout(JSON.stringify({ sizes: { results: 20 }, resultsOpen: true }))
    expect(layout.sizes.results).toBe(PANE_LIMITS.results.min)
    expect(layout.resultsOpen).toBe(true)
    expect(parseLayout(JSON.stringify({ resultsOpen: 'yes' })).resultsOpen).toBe(false)
    expect(parseLayout(JSON.stringify({ resultsTab: 'simulation' })).resultsTab).toBe('simulation')
    expect(parseLayout(JSON.stringify({ resultsTab: 'charts' })).resultsTab).toBe('cost')
  })
})

describe('sizes', () => {
  it('stay within the limits of their pane', () => {
    expect(clampSize('problems', 1)).toBe(PANE_LIMITS.problems.min)
    expect(clampSize('editor', 500.4)).toBe(500)
  })

  it('move by 16 px per arrow key, 64 with Shift', () => {
    expect(steppedSize('editor', 400, 1, false)).toBe(416)
    expect(steppedSize('editor', 400, -1, true)).toBe(336)
    expect(steppedSize('editor', PANE_LIMITS.editor.max, 1, true)).toBe(PANE_LIMITS.editor.max)
  })
})
