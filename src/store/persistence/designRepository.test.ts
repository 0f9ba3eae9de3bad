import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { wrap } from 'idb'
import { describe, expect, it } from 'vitest'
import type { DesignRepository } from './designRepository'
import { DESIGN_DB_NAME, openIndexedDbRepository } from './indexedDbRepository'
import { createMemoryRepository } from './memoryRepository'
import { createSavedDesign, type SavedDesignFields } from './savedDesign'

/** A repository holding raw records as stored by some release, damaged or not. */
type Setup = (stored?: ReadonlyArray<readonly [string, unknown]>) => Promise<DesignRepository>

const memory: Setup = async (stored = []) => createMemoryRepository(stored)

const indexedDb: Setup = async (stored = []) => {
  // A fresh factory per test: a database of its own, no state shared between tests.
  const factory = new IDBFactory()
  const repository = await openIndexedDbRepository({ indexedDB: factory })
  if (stored.length > 0) {
    // Put the records in as another release (or damage) would have, bypassing validation.
    const raw = await wrap(factory.open(DESIGN_DB_NAME))
    for (const [, value] of stored) await raw?.put('designs', value)
    raw?.close()
  }
  return repository
}

function design(fields: Partial<SavedDesignFields> & { id: string }) {
  return createSavedDesign({
    name: `Design ${fields.id}`,
    yamlText: `service: ${fields.id}\n`,
    positions: { 'function:a': { x: 1, y: 2 } },
    createdAt: 100,
    updatedAt: 100,
    ...fields,
  })
}

describe.each([
  ['memory', memory],
  ['IndexedDB', indexedDb],
])('%s repository', (_kind, setup) => {
  it('saves, loads, lists, renames and removes', async () => {
    const repository = await setup()
    const first = design({ id: 'a', name: 'Alpha', updatedAt: 200 })
    const second = design({ id: 'b', name: 'Beta', updatedAt: 300 })
    await repository.save(first)
    await repository.save(second)

    expect(await repository.load('a')).toEqual({ ok: true, design: first, migrated: false })
    expect(await repository.list()).toEqual([
      { id: 'b', name: 'Beta', updatedAt: 300 },
      { id: 'a', name: 'Alpha', updatedAt: 200 },
    ])

    await repository.rename('b', 'Beta v2')
    expect(await repository.load('b')).toMatchObject({
      ok: true,
      design: { name: 'Beta v2', yamlText: second.yamlText, updatedAt: 300 },
    })

    await repository.remove('a')
    expect(await repository.load('a')).toEqual({
      ok: false,
      missing: true,
      reason: 'there is no saved design with this id',
    })
    expect((await repository.list()).map((s) => s.id)).toEqual(['b'])
  })

  it('replaces a design saved again under the same id', async () => {
    const repository = await setup()
    await repository.save(design({ id: 'a', yamlText: 'one' }))
    await repository.save(design({ id: 'a', yamlText: 'two', updatedAt: 500 }))
    expect(await repository.list()).toEqual([{ id: 'a', name: 'Design a', updatedAt: 500 }])
    expect(await repository.load('a')).toMatchObject({ design: { yamlText: 'two' } })
  })

  it('keeps a copy: changing the saved object afterwards changes nothing stored', async () => {
    const repository = await setup()
    const positions: Record<string, { x: number; y: number }> = { r: { x: 1, y: 1 } }
    await repository.save(design({ id: 'a', positions }))
    positions['r'] = { x: 9, y: 9 }
    expect(await repository.load('a')).toMatchObject({ design: { positions: { r: { x: 1 } } } })
  })

  it('remembers the last opened design, and forgets it when that design is removed', async () => {
    const repository = await setup()
    expect(await repository.lastOpenedId()).toBeUndefined()
    await repository.save(design({ id: 'a' }))
    await repository.save(design({ id: 'b' }))
    await repository.setLastOpened('a')
    expect(await repository.lastOpenedId()).toBe('a')
    await repository.remove('b')
    expect(await repository.lastOpenedId()).toBe('a')
    await repository.remove('a')
    expect(await repository.lastOpenedId()).toBeUndefined()
  })

  it('refuses to save a design that would not load again', async () => {
    const repository = await setup()
    const tooBig = design({ id: 'a', yamlText: 'x'.repeat(3 * 1024 * 1024) })
    await expect(repository.save(tooBig)).rejects.toMatchObject({
      name: 'DesignStorageError',
      problem: 'invalid',
      message: 'Could not save the design: field "yamlText" is longer than the limit of 2 MB.',
    })
    expect(await repository.list()).toEqual([])
  })

  it('drops unusable positions when saving', async () => {
    const repository = await setup()
    await repository.save(
      design({ id: 'a', positions: { ok: { x: 1, y: 2 }, bad: { x: NaN, y: 0 } } }),
    )
    expect(await repository.load('a')).toMatchObject({
      design: { positions: { ok: { x: 1, y: 2 } } },
    })
  })

  it('refuses to rename a design that does not exist', async () => {
    const repository = await setup()
    await expect(repository.rename('nope', 'x')).rejects.toMatchObject({ problem: 'missing' })
  })

  describe('damaged and older records', () => {
    const v1 = {
      version: 1,
      id: 'old',
      name: 'From the first release',
      yaml: 'service: old\n',
      layout: { 'function:a': [5, 6] },
      savedAt: 50,
    }
    const stored = [
      ['good', design({ id: 'good', updatedAt: 400 })],
      ['old', v1],
      ['future', { ...design({ id: 'future', name: 'Tomorrow', updatedAt: 900 }), version: 99 }],
      ['typed', { ...design({ id: 'typed' }), yamlText: 12, updatedAt: 300 }],
      ['garbage', { id: 'garbage', hello: 'world' }],
    ] as const

    it('loads an older record migrated, and refuses damaged ones without throwing', async () => {
      const repository = await setup(stored)
      expect(await repository.load('old')).toMatchObject({
        ok: true,
        migrated: true,
        design: {
          version: 3,
          yamlText: 'service: old\n',
          positions: { 'function:a': { x: 5, y: 6 } },
        },
      })
      expect(await repository.load('future')).toEqual({
        ok: false,
        missing: false,
        reason: 'it was saved by a newer version of Serverless Canvas (format version 99)',
      })
      expect(await repository.load('typed')).toMatchObject({
        ok: false,
        reason: 'field "yamlText" must be a string, not a number',
      })
      expect(await repository.load('garbage')).toMatchObject({ ok: false, missing: false })
    })

    it('lists every record, marking the ones that cannot be opened', async () => {
      const repository = await setup(stored)
      const list = await repository.list()
      expect(list.map((s) => [s.id, s.name, s.updatedAt, s.problem !== undefined])).toEqual([
        ['future', 'Tomorrow', 900, true],
        ['good', 'Design good', 400, false],
        ['typed', 'Design typed', 300, true],
        ['old', 'From the first release', 50, false],
        ['garbage', 'Unreadable design', 0, true],
      ])
    })

    it('does not rename a damaged record over what is left of it', async () => {
      const repository = await setup(stored)
      await expect(repository.rename('typed', 'x')).rejects.toMatchObject({
        problem: 'unreadable',
      })
      expect(await repository.list()).toContainEqual(
        expect.objectContaining({ id: 'typed', name: 'Design typed' }),
      )
    })

    it('renames an older record, writing it in the current format', async () => {
      const repository = await setup(stored)
      await repository.rename('old', 'Renamed')
      expect(await repository.load('old')).toMatchObject({
        ok: true,
        migrated: false,
        design: { name: 'Renamed', createdAt: 50 },
      })
    })

    it('removes a damaged record when asked to', async () => {
      const repository = await setup(stored)
      await repository.remove('garbage')
      expect((await repository.list()).map((s) => s.id)).not.toContain('garbage')
    })
  })
})

// IndexedDB cannot hold a value without an `id` in the designs store; memory can be seeded with one.
describe('memory repository, records that are not objects', () => {
  it('lists and refuses them like any damaged record', async () => {
    const repository = createMemoryRepository([
      ['text', 'just a string'],
      ['nothing', null],
    ])
    expect(await repository.load('text')).toEqual({
      ok: false,
      missing: false,
      reason: 'a saved design must be an object, not a string',
    })
    expect(await repository.load('nothing')).toMatchObject({ ok: false, missing: false })
    expect((await repository.list()).map((s) => s.name)).toEqual([
      'Unreadable design',
      'Unreadable design',
    ])
  })
})
