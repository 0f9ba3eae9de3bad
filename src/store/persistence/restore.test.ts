import { describe, expect, it } from 'vitest'
import type { DesignRepository } from './designRepository'
import { createMemoryRepository } from './memoryRepository'
import { newDesignId, restoreLastDesign } from './restore'
import { createSavedDesign } from './savedDesign'

const design = createSavedDesign({
  id: 'a',
  name: 'Alpha',
  yamlText: 'service: alpha\n',
  positions: {},
  createdAt: 1,
  updatedAt: 2,
})

describe('restoreLastDesign', () => {
  it('reopens the design open last time', async () => {
    const repository = createMemoryRepository()
    await repository.save(design)
    await repository.setLastOpened('a')
    expect(await restoreLastDesign(repository)).toEqual({ design, migrated: false })
  })

  it('starts fresh on first use, and when the last design was deleted since', async () => {
    const repository = createMemoryRepository()
    expect(await restoreLastDesign(repository)).toEqual({ design: undefined, migrated: false })
    await repository.setLastOpened('gone')
    expect(await restoreLastDesign(repository)).toEqual({ design: undefined, migrated: false })
  })

  it('reopens a design of the first release, migrated', async () => {
    const v1 = { version: 1, id: 'old', name: 'Old', yaml: 'x: 1\n', layout: {}, savedAt: 5 }
    const repository = createMemoryRepository([['old', v1]])
    await repository.setLastOpened('old')
    expect(await restoreLastDesign(repository)).toMatchObject({
      design: { id: 'old', yamlText: 'x: 1\n', version: 3 },
      migrated: true,
    })
  })

  it('explains a damaged last design, and leaves it where it was', async () => {
    const damaged = { format: 'serverless-canvas/design', version: 2, id: 'bad', name: 7 }
    const repository = createMemoryRepository([['bad', damaged]])
    await repository.setLastOpened('bad')
    expect(await restoreLastDesign(repository)).toEqual({
      design: undefined,
      migrated: false,
      problem:
        'Your last design could not be restored: field "name" must be a string, not a number. ' +
        'It was kept unchanged; other designs are listed.',
    })
    expect(await repository.list()).toEqual([
      expect.objectContaining({ id: 'bad', problem: expect.any(String) }),
    ])
    expect(await repository.lastOpenedId()).toBe('bad')
  })

  it('explains a design saved by a newer release', async () => {
    const repository = createMemoryRepository([['new', { ...design, id: 'new', version: 99 }]])
    await repository.setLastOpened('new')
    expect((await restoreLastDesign(repository)).problem).toBe(
      'Your last design could not be restored: it was saved by a newer version of ' +
        'Serverless Canvas (format version 99). It was kept unchanged; other designs are listed.',
    )
  })

  it('reopens a design whose scenario cannot be read, without it, with a note', async () => {
    const broken = { ...design, scenario: { traffic: 'lots' } }
    const repository = createMemoryRepository([['a', broken]])
    await repository.setLastOpened('a')
    const restored = await restoreLastDesign(repository)
    expect(restored).toMatchObject({ design, migrated: false })
    expect(restored.design).not.toHaveProperty('scenario')
    expect(restored.note).toMatch(/^The saved traffic scenario could not be read/)
  })

  it('does not reject when storage fails', async () => {
    const failing: DesignRepository = {
      ...createMemoryRepository(),
      lastOpenedId: () => Promise.reject(new Error('Disk on fire.')),
    }
    expect(await restoreLastDesign(failing)).toEqual({
      design: undefined,
      migrated: false,
      problem:
        'Your last design could not be restored: Disk on fire. ' +
        'It was kept unchanged; other designs are listed.',
    })
  })
})

describe('newDesignId', () => {
  it('takes its randomness from the caller', () => {
    expect(newDesignId(() => '0b7e3c1a-0000-4000-8000-000000000000')).toBe(
      '0b7e3c1a-0000-4000-8000-000000000000',
    )
  })
})
