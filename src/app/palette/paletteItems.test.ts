import { describe, expect, it } from 'vitest'
import { ResourceKind } from '../../model/types'
import { nextFocusIndex, PALETTE_ITEMS } from './paletteItems'

describe('PALETTE_ITEMS', () => {
  it('offers every kind but opaque, once each, with a label and a one-line hint', () => {
    const kinds = PALETTE_ITEMS.map((item) => item.kind)
    expect(new Set(kinds).size).toBe(kinds.length)
    expect([...kinds].sort()).toEqual(
      Object.values(ResourceKind)
        .filter((k) => k !== 'opaque')
        .sort(),
    )
    for (const item of PALETTE_ITEMS) {
      expect(item.label).not.toBe('')
      expect(item.hint.length).toBeLessThan(45)
    }
  })
})

describe('nextFocusIndex', () => {
  it('moves with the arrows and wraps at both ends', () => {
    expect(nextFocusIndex('ArrowDown', 0, 3)).toBe(1)
    expect(nextFocusIndex('ArrowDown', 2, 3)).toBe(0)
    expect(nextFocusIndex('ArrowUp', 0, 3)).toBe(2)
    expect(nextFocusIndex('ArrowLeft', 1, 3)).toBe(0)
    expect(nextFocusIndex('ArrowRight', 1, 3)).toBe(2)
  })

  it('jumps with Home and End, and ignores other keys and empty lists', () => {
    expect(nextFocusIndex('Home', 2, 3)).toBe(0)
    expect(nextFocusIndex('End', 0, 3)).toBe(2)
    expect(nextFocusIndex('Enter', 0, 3)).toBeUndefined()
    expect(nextFocusIndex('ArrowDown', 0, 0)).toBeUndefined()
  })
})
