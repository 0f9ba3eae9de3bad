import { LIMITS, field, isFiniteNumber, isRecord } from './recordFields'
import { validateSavedDesign, type SavedDesign } from './savedDesign'
import { DesignStorageError } from './storageError'

/** One entry of the list of saved designs. */
export interface DesignSummary {
  readonly id: string
  readonly name: string
  /** Milliseconds since the epoch; 0 when a damaged record does not say. */
  readonly updatedAt: number
  /**
   * Set when the design cannot be opened, with the reason. It is still listed, so the user sees
   * it is there and can decide to delete it: nothing disappears silently.
   */
  readonly problem?: string
}

export type LoadResult =
  | {
      readonly ok: true
      readonly design: SavedDesign
      readonly migrated: boolean
      /** Part of the design could not be read and was left out; tell the user. */
      readonly note?: string
    }
  | {
      readonly ok: false
      readonly reason: string
      /** No design has this id (as opposed to one that exists but cannot be read). */
      readonly missing: boolean
    }

/**
 * Where designs are kept. Operations that fail reject with a `DesignStorageError` whose message
 * is meant for the user; a damaged record is not a failure of the storage: `load` resolves with
 * `ok: false` and `list` marks it with a `problem`.
 */
export interface DesignRepository {
  /** Every saved design, most recently changed first. */
  list(): Promise<DesignSummary[]>
  /** A design of the current format; an older one is migrated in memory, not rewritten. */
  load(id: string): Promise<LoadResult>
  /** Create or replace the design with this id. Refuses a design that would not load again. */
  save(design: SavedDesign): Promise<void>
  /** Change the name only; `updatedAt` stays, as the design itself did not change. */
  rename(id: string, name: string): Promise<void>
  remove(id: string): Promise<void>
  /** The design open when the app was last used, to reopen it on start-up. */
  lastOpenedId(): Promise<string | undefined>
  setLastOpened(id: string): Promise<void>
}

const UNREADABLE_NAME = 'Unreadable design'

/** What a stored value (or its absence) gives when loaded. Shared so implementations agree. */
export function loadResultOf(stored: unknown): LoadResult {
  if (stored === undefined) {
    return { ok: false, reason: 'there is no saved design with this id', missing: true }
  }
  const result = validateSavedDesign(stored)
  return result.ok ? result : { ok: false, reason: result.reason, missing: false }
}

/** The list entry of a stored value, readable or not. */
export function summaryOf(id: string, stored: unknown): DesignSummary {
  const result = validateSavedDesign(stored)
  if (result.ok) {
    return { id, name: result.design.name, updatedAt: result.design.updatedAt }
  }
  // Show whatever survived of a damaged record, so the user can recognise it.
  const name = isRecord(stored) ? field(stored, 'name') : undefined
  const updatedAt = isRecord(stored) ? (field(stored, 'updatedAt') ?? field(stored, 'savedAt')) : 0
  return {
    id,
    name: typeof name === 'string' && name.length <= LIMITS.nameLength ? name : UNREADABLE_NAME,
    updatedAt: isFiniteNumber(updatedAt) ? updatedAt : 0,
    problem: result.reason,
  }
}

export function newestFirst(summaries: readonly DesignSummary[]): DesignSummary[] {
  return [...summaries].sort(
    (a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  )
}

/**
 * The design as it will be stored. Checked with the same rules as loading, so that what is saved
 * always opens again; positions that could not be loaded (NaN, far out) are dropped here.
 */
export function checkedForSaving(design: SavedDesign): SavedDesign {
  const result = validateSavedDesign(design)
  if (!result.ok) {
    throw new DesignStorageError('invalid', `Could not save the design: ${result.reason}.`)
  }
  return result.design
}

/** Renaming a design that cannot be loaded would overwrite what is left of it: refuse. */
export function renamed(loaded: LoadResult, name: string): SavedDesign {
  if (!loaded.ok) {
    throw new DesignStorageError(
      loaded.missing ? 'missing' : 'unreadable',
      `Could not rename the design: ${loaded.reason}.`,
    )
  }
  return checkedForSaving({ ...loaded.design, name })
}
