import { wrap, type DBSchema, type IDBPDatabase } from 'idb'
import {
  checkedForSaving,
  loadResultOf,
  newestFirst,
  renamed,
  summaryOf,
  type DesignRepository,
} from './designRepository'
import { globalScheduler, type Scheduler } from './scheduler'
import { DesignStorageError, asStorageError, errorDetail, errorName } from './storageError'

export const DESIGN_DB_NAME = 'serverless-canvas'
/** The schema version of the database. Raise it together with a new step in `upgradeSchema`. */
export const DESIGN_DB_VERSION = 1
const LAST_OPENED_KEY = 'lastOpenedId'

/** Values are `unknown`: whatever is read back is validated before use. */
interface DesignDatabase extends DBSchema {
  designs: { key: string; value: unknown }
  meta: { key: string; value: unknown }
}

export interface IndexedDbRepositoryOptions {
  readonly dbName?: string
  /** Defaults to the browser's `indexedDB`; tests pass a fake-indexeddb factory. */
  readonly indexedDB?: IDBFactory
  /** Some browsers leave an open request unanswered; past this, give up. */
  readonly openTimeoutMs?: number
  readonly scheduler?: Scheduler
}

/**
 * Open (creating or upgrading) the designs database. Rejects with a `DesignStorageError` of
 * problem `unavailable` whose message says why; `openRepository` turns that into the fallback.
 */
export async function openIndexedDbRepository(
  options: IndexedDbRepositoryOptions = {},
): Promise<DesignRepository> {
  const factory = options.indexedDB ?? globalThis.indexedDB
  if (factory === undefined) {
    throw unavailable('this browser offers no IndexedDB storage (private browsing can turn it off)')
  }
  const database = await openDatabase(
    factory,
    options.dbName ?? DESIGN_DB_NAME,
    options.openTimeoutMs ?? 5_000,
    options.scheduler ?? globalScheduler,
  )
  return repositoryOver(database)
}

function unavailable(reason: string, cause?: unknown): DesignStorageError {
  return new DesignStorageError('unavailable', `Browser storage is unavailable: ${reason}.`, {
    cause,
  })
}

/**
 * Each step brings the schema from one version to the next, so a database left by any earlier
 * release is upgraded in order. Version 1: designs by id, and small settings in `meta`.
 */
function upgradeSchema(database: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    database.createObjectStore('designs', { keyPath: 'id' })
    database.createObjectStore('meta')
  }
}

/**
 * `indexedDB.open` by hand rather than idb's `openDB`, which always uses the global factory: this
 * takes an injected one, and gives up on a blocked or silent request instead of waiting forever.
 */
function openDatabase(
  factory: IDBFactory,
  name: string,
  timeoutMs: number,
  scheduler: Scheduler,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest
    try {
      request = factory.open(name, DESIGN_DB_VERSION)
    } catch (error) {
      // Some browsers throw here in private mode, or when storage is disabled (SecurityError).
      reject(unavailable(`the browser refused access (${errorDetail(error)})`, error))
      return
    }
    let settled = false
    const timer = scheduler.setTimeout(
      () => fail(unavailable(`the browser did not answer within ${timeoutMs / 1000} s`)),
      timeoutMs,
    )
    function fail(error: DesignStorageError): void {
      if (settled) return
      settled = true
      scheduler.clearTimeout(timer)
      reject(error)
    }
    request.onupgradeneeded = (event) => upgradeSchema(request.result, event.oldVersion)
    request.onblocked = () =>
      fail(
        unavailable(
          'another tab has Serverless Canvas open with an older version of its storage; ' +
            'close the other tabs and reload',
        ),
      )
    request.onerror = (event) => {
      // Handled here: without this the error is also reported as uncaught.
      event.preventDefault()
      const error = request.error
      fail(
        errorName(error) === 'VersionError'
          ? unavailable(
              'designs here were saved by a newer version of Serverless Canvas; reload the page to update',
              error,
            )
          : unavailable(errorDetail(error), error),
      )
    }
    request.onsuccess = () => {
      const database = request.result
      if (settled) {
        // Answered after we gave up (the block cleared): let go, so we block nobody in turn.
        database.close()
        return
      }
      settled = true
      scheduler.clearTimeout(timer)
      resolve(database)
    }
  })
}

function repositoryOver(raw: IDBDatabase): DesignRepository {
  // Once this connection is closed, every operation fails with this reason instead of a bare
  // InvalidStateError.
  let closedBecause: string | undefined
  raw.onversionchange = () => {
    // A newer release opened in another tab needs to upgrade the schema: step aside for it.
    raw.close()
    closedBecause = 'Serverless Canvas was updated in another tab. Reload this tab to keep saving'
  }
  raw.onclose = () => {
    closedBecause = 'the browser closed its storage (was site data cleared?). Reload the page'
  }
  // wrap() is idb's typed view over a database; the schema type is ours to state.
  const database = wrap(raw) as unknown as IDBPDatabase<DesignDatabase>

  async function run<T>(action: string, operation: () => Promise<T>): Promise<T> {
    if (closedBecause !== undefined) {
      throw new DesignStorageError('closed', `Could not ${action}: ${closedBecause}.`)
    }
    try {
      return await operation()
    } catch (error) {
      throw asStorageError(error, action)
    }
  }

  return {
    list: () =>
      run('list the saved designs', async () => {
        const store = database.transaction('designs').store
        const [ids, values] = await Promise.all([store.getAllKeys(), store.getAll()])
        // Keys and values come in the same (key) order. A key that is not a string was not
        // written by this app and cannot be opened by id, so it is not listed.
        const summaries = ids.flatMap((id, index) =>
          typeof id === 'string' ? [summaryOf(id, values[index])] : [],
        )
        return newestFirst(summaries)
      }),
    load: (id) =>
      run('open the design', async () => loadResultOf(await database.get('designs', id))),
    save: (design) =>
      run('save the design', async () => {
        await database.put('designs', checkedForSaving(design))
      }),
    rename: (id, name) =>
      run('rename the design', async () => {
        // One transaction, so a save in between cannot be overwritten with the old text.
        const transaction = database.transaction('designs', 'readwrite')
        const loaded = loadResultOf(await transaction.store.get(id))
        await Promise.all([transaction.store.put(renamed(loaded, name)), transaction.done])
      }),
    remove: (id) =>
      run('delete the design', async () => {
        // One transaction, so "last opened" never names a design that is gone.
        const transaction = database.transaction(['designs', 'meta'], 'readwrite')
        const meta = transaction.objectStore('meta')
        const wasLastOpened = (await meta.get(LAST_OPENED_KEY)) === id
        await Promise.all([
          transaction.objectStore('designs').delete(id),
          wasLastOpened ? meta.delete(LAST_OPENED_KEY) : undefined,
          transaction.done,
        ])
      }),
    lastOpenedId: () =>
      run('read the last opened design', async () => {
        const id = await database.get('meta', LAST_OPENED_KEY)
        return typeof id === 'string' ? id : undefined
      }),
    setLastOpened: (id) =>
      run('remember the open design', async () => {
        await database.put('meta', id, LAST_OPENED_KEY)
      }),
  }
}
