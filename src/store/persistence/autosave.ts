import type { Scenario } from '../../model/scenario'
import type { DesignRepository } from './designRepository'
import { createSavedDesign, type Position } from './savedDesign'
import { globalScheduler, type Scheduler, type TimerHandle } from './scheduler'
import { DesignStorageError, asStorageError } from './storageError'

/** The part of the designer's state that is saved. Any store with these fields will do. */
export interface AutosavedState {
  readonly designId: string
  readonly document: { readonly name: string }
  readonly yamlText: string
  readonly positions: Readonly<Record<string, Position>>
  readonly scenario: Scenario
  /** Only a scenario the user changed is saved; the starter one follows the design. */
  readonly scenarioCustomised: boolean
  /** A shared design being looked at: never written (it is not the user's until kept). */
  readonly readOnly?: boolean
}

/** The slice of a vanilla zustand `StoreApi` that autosave uses. */
export interface AutosaveSource {
  getState(): AutosavedState
  subscribe(listener: () => void): () => void
}

export interface AutosaveOptions {
  readonly store: AutosaveSource
  readonly repository: DesignRepository
  /** Milliseconds since the epoch, for `createdAt` / `updatedAt`. */
  readonly clock: () => number
  /** Quiet time after the last change before writing. */
  readonly delayMs?: number
  /** Longest a change waits while changes keep coming (a long drag, steady typing). */
  readonly maxDelayMs?: number
  /** A write failed; the change stays unsaved and is written again after the next change. */
  readonly onError: (error: DesignStorageError) => void
  readonly scheduler?: Scheduler
}

export interface Autosave {
  /** Write pending changes now (on `pagehide`, `visibilitychange`); resolves when written. */
  flush(): Promise<void>
  /** Write pending changes and stop following the store. */
  stop(): Promise<void>
}

interface Snapshot {
  readonly designId: string
  readonly name: string
  readonly yamlText: string
  readonly positions: Readonly<Record<string, Position>>
  readonly scenario: Scenario | undefined
}

/** What storage holds of a design before autosave first writes it. */
type Origin =
  | { readonly kind: 'saved'; readonly createdAt: number }
  | { readonly kind: 'new' }
  | { readonly kind: 'refused'; readonly error: DesignStorageError }

/**
 * Save the open design whenever its text, layout, name or scenario changes, debounced. The state when
 * autosave starts, and the state right after another design is opened, count as saved: opening
 * a design is not a change to it.
 *
 * The store must change `designId` in the same update as the content of the newly opened
 * design; otherwise the new content would be saved under the previous design's id.
 */
export function startAutosave(options: AutosaveOptions): Autosave {
  const { store, repository, clock, onError } = options
  const delayMs = options.delayMs ?? 500
  const maxDelayMs = options.maxDelayMs ?? 5_000
  const scheduler = options.scheduler ?? globalScheduler

  let latest = snapshotOf(store.getState())
  // Whether `latest` is of a shared design being looked at: such a design is never written.
  let latestReadOnly = store.getState().readOnly === true
  // What storage holds of the current design; undefined after a failed write (unknown).
  let stored: Snapshot | undefined = latest
  let timer: TimerHandle | undefined
  let pendingSince: number | undefined
  // Writes run one after the other, so an older state never lands after a newer one.
  let writing: Promise<void> = Promise.resolve()
  const origins = new Map<string, Promise<Origin>>()
  // Learn createdAt now, so a flush on pagehide needs only the write itself.
  void originOf(latest.designId)

  const unsubscribe = store.subscribe(() => {
    const current = snapshotOf(store.getState())
    if (current.designId !== latest.designId) {
      // Another design was opened: write what was pending for the one left, then follow the new one.
      void saveNow()
      latest = current
      latestReadOnly = store.getState().readOnly === true
      stored = current
      void originOf(current.designId)
      return
    }
    latest = current
    if (latestReadOnly) return
    if (stored !== undefined && sameContent(current, stored)) cancelTimer()
    else schedule()
  })

  function schedule(): void {
    const now = clock()
    pendingSince ??= now
    const wait = Math.max(0, Math.min(delayMs, pendingSince + maxDelayMs - now))
    cancelTimer()
    timer = scheduler.setTimeout(() => {
      timer = undefined
      void saveNow()
    }, wait)
  }

  function cancelTimer(): void {
    if (timer !== undefined) scheduler.clearTimeout(timer)
    timer = undefined
    pendingSince = undefined
  }

  function saveNow(): Promise<void> {
    cancelTimer()
    if (latestReadOnly) return writing
    const snapshot = latest
    if (stored === undefined || !sameContent(snapshot, stored)) {
      stored = snapshot
      // `write` reports its own failures; should `onError` itself throw, later writes still run.
      writing = writing.then(
        () => write(snapshot),
        () => write(snapshot),
      )
    }
    return writing
  }

  async function write(snapshot: Snapshot): Promise<void> {
    try {
      const origin = await originOf(snapshot.designId)
      if (origin.kind === 'refused') throw origin.error
      const now = clock()
      const createdAt = origin.kind === 'saved' ? origin.createdAt : now
      await repository.save(
        createSavedDesign({
          id: snapshot.designId,
          name: snapshot.name,
          yamlText: snapshot.yamlText,
          positions: snapshot.positions,
          scenario: snapshot.scenario,
          createdAt,
          updatedAt: now,
        }),
      )
      origins.set(snapshot.designId, Promise.resolve({ kind: 'saved', createdAt }))
    } catch (error) {
      // Not knowing what storage holds, the next change writes again.
      if (stored === snapshot) stored = undefined
      onError(asStorageError(error, 'save the design'))
    }
  }

  function originOf(designId: string): Promise<Origin> {
    const known = origins.get(designId)
    if (known !== undefined) return known
    const learning = repository.load(designId).then(
      (loaded): Origin => {
        if (loaded.ok) return { kind: 'saved', createdAt: loaded.design.createdAt }
        if (loaded.missing) return { kind: 'new' }
        // Overwriting a damaged record would lose whatever can still be recovered from it.
        return {
          kind: 'refused',
          error: new DesignStorageError(
            'unreadable',
            'Could not save the design: a saved design with the same id cannot be read ' +
              `(${loaded.reason}), and it was left unchanged.`,
          ),
        }
      },
      (error: unknown): Origin => {
        // Storage failed, not the record: ask again next time.
        origins.delete(designId)
        return { kind: 'refused', error: asStorageError(error, 'save the design') }
      },
    )
    origins.set(designId, learning)
    return learning
  }

  return {
    flush: saveNow,
    stop() {
      unsubscribe()
      return saveNow()
    },
  }
}

function snapshotOf(state: AutosavedState): Snapshot {
  return {
    designId: state.designId,
    name: state.document.name,
    yamlText: state.yamlText,
    positions: state.positions,
    scenario: state.scenarioCustomised ? state.scenario : undefined,
  }
}

function sameContent(a: Snapshot, b: Snapshot): boolean {
  return (
    a.name === b.name &&
    a.yamlText === b.yamlText &&
    // Scenarios are replaced whole, never changed in place: the same object is the same scenario.
    a.scenario === b.scenario &&
    samePositions(a.positions, b.positions)
  )
}

function samePositions(
  a: Readonly<Record<string, Position>>,
  b: Readonly<Record<string, Position>>,
): boolean {
  if (a === b) return true
  const ids = Object.keys(a)
  if (ids.length !== Object.keys(b).length) return false
  return ids.every((id) => {
    const p = a[id]
    const q = Object.hasOwn(b, id) ? b[id] : undefined
    return p !== undefined && q !== undefined && p.x === q.x && p.y === q.y
  })
}
