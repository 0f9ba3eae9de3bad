import { describe, expect, it } from 'vitest'
import { RESOURCE_KIND_MIME, carriesResourceKind, droppedKind } from './paletteDrop'

describe('palette drops', () => {
  it('accepts resource kinds and nothing else', () => {
    expect(droppedKind('queue')).toBe('queue')
    expect(droppedKind('function')).toBe('function')
    expect(droppedKind('rm -rf')).toBeUndefined()
    expect(droppedKind('')).toBeUndefined()
  })

  it('recognises a drag from the palette by its data type', () => {
    expect(carriesResourceKind(['text/plain', RESOURCE_KIND_MIME])).toBe(true)
    expect(carriesResourceKind(['Files'])).toBe(false)
  })
})
