import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DESIGN_DB_NAME, DESIGN_DB_VERSION, openIndexedDbRepository } from './indexedDbRepository'
import { openRepository } from './openRepository'
import { createSavedDesign } from './savedDesign'

const design = createSavedDesign({
  id: 'a',
  name: 'Alpha',
  yamlText: 'service: alpha\n',
  positions: {},
  createdAt: 1,
  updatedAt: 2,
})

/** Open a database directly, as another tab or release would. */
function openRaw(
  factory: IDBFactory,
  version?: number,
  onUpgrade?: (database: IDBDatabase) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DESIGN_DB_NAME, version)
    request.onupgradeneeded = () => onUpgrade?.(request.result)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('open failed'))
    request.onblocked = () => reject(new Error('blocked'))
  })
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('openIndexedDbRepository', () => {
  it('creates the schema on first use', async () => {
    const factory = new IDBFactory()
    await openIndexedDbRepository({ indexedDB: factory })
    const raw = await openRaw(factory)
    expect(raw.version).toBe(DESIGN_DB_VERSION)
    expect([...raw.objectStoreNames].sort()).toEqual(['designs', 'meta'])
    raw.close()
  })

  it('keeps designs across openings (a reload)', async () => {
    const factory = new IDBFactory()
    const before = await openIndexedDbRepository({ indexedDB: factory })
    await before.save(design)
    await before.setLastOpened('a')
    const after = await openIndexedDbRepository({ indexedDB: factory })
    expect(await after.load('a')).toEqual({ ok: true, design, migrated: false })
    expect(await after.lastOpenedId()).toBe('a')
  })

  it('keeps databases apart by name', async () => {
    const factory = new IDBFactory()
    const one = await openIndexedDbRepository({ indexedDB: factory, dbName: 'one' })
    const two = await openIndexedDbRepository({ indexedDB: factory, dbName: 'two' })
    await one.save(design)
    expect(await two.list()).toEqual([])
  })

  it('steps aside when a newer release in another tab upgrades the database', async () => {
    const factory = new IDBFactory()
    const repository = await openIndexedDbRepository({ indexedDB: factory })
    // Would be rejected as blocked if this connection did not close itself.
    const newer = await openRaw(factory, DESIGN_DB_VERSION + 1)
    newer.close()
    await expect(repository.save(design)).rejects.toMatchObject({
      name: 'DesignStorageError',
      problem: 'closed',
      message:
        'Could not save the design: Serverless Canvas was updated in another tab. ' +
        'Reload this tab to keep saving.',
    })
  })
})

describe('openRepository', () => {
  it('uses IndexedDB when it opens', async () => {
    const opened = await openRepository({ indexedDB: new IDBFactory() })
    expect(opened.persistent).toBe(true)
    expect(opened.problem).toBeUndefined()
  })

  it('falls back to memory when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined)
    const opened = await openRepository()
    expect(opened).toMatchObject({
      persistent: false,
      problem:
        'Browser storage is unavailable: this browser offers no IndexedDB storage ' +
        '(private browsing can turn it off). Designs will not be kept after this tab is closed.',
    })
    // The fallback works like any repository.
    await opened.repository.save(design)
    expect(await opened.repository.load('a')).toMatchObject({ ok: true })
  })

  it('falls back to memory when indexedDB.open throws', async () => {
    const refusing = {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    } as unknown as IDBFactory
    const opened = await openRepository({ indexedDB: refusing })
    expect(opened.persistent).toBe(false)
    expect(opened.problem).toBe(
      'Browser storage is unavailable: the browser refused access (The operation is insecure). ' +
        'Designs will not be kept after this tab is closed.',
    )
  })

  it('falls back to memory when the database is blocked by another tab, and lets go later', async () => {
    const factory = new IDBFactory()
    // An older tab holding the database open and ignoring requests to close.
    const olderTab = await openRaw(factory, DESIGN_DB_VERSION)
    // This release wanting a newer schema than the older tab's.
    const upgrading = {
      open: (name: string) => factory.open(name, DESIGN_DB_VERSION + 1),
    } as unknown as IDBFactory
    const opened = await openRepository({ indexedDB: upgrading })
    expect(opened.persistent).toBe(false)
    expect(opened.problem).toMatch(/^Browser storage is unavailable: another tab has Serverless/)

    // When the older tab closes, the late connection is closed rather than kept as a blocker.
    olderTab.close()
    await settle()
    const later = await openRaw(factory, DESIGN_DB_VERSION + 2)
    later.close()
  })

  it('falls back to memory when the browser never answers', async () => {
    const silent = { open: () => ({}) } as unknown as IDBFactory
    const opened = await openRepository({ indexedDB: silent, openTimeoutMs: 10 })
    expect(opened).toMatchObject({ persistent: false })
    expect(opened.problem).toMatch(/did not answer within 0.01 s/)
  })

  it('falls back to memory when a newer release has upgraded the database', async () => {
    const factory = new IDBFactory()
    const newer = await openRaw(factory, DESIGN_DB_VERSION + 5)
    newer.close()
    const opened = await openRepository({ indexedDB: factory })
    expect(opened.persistent).toBe(false)
    expect(opened.problem).toBe(
      'Browser storage is unavailable: designs here were saved by a newer version of ' +
        'Serverless Canvas; reload the page to update. ' +
        'Designs will not be kept after this tab is closed.',
    )
  })
})
