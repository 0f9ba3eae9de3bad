import type { DesignRepository } from './designRepository'
import type { SavedDesign } from './savedDesign'

export interface RestoredDesign {
  /** The design to open, or undefined to start with a new one. */
  readonly design: SavedDesign | undefined
  /** It was saved in an older format; the next save writes the current one. */
  readonly migrated: boolean
  /** Why the last design was not reopened, to show the user. */
  readonly problem?: string
  /** The design was reopened, but part of it could not be read (the scenario): tell the user. */
  readonly note?: string
}

/**
 * The design to open on start-up: the one open last time, if it can be loaded. A design that
 * cannot be read is left exactly as it is (never deleted or overwritten here), so nothing is lost
 * and it stays in the list. Never rejects: start-up goes on whatever storage does.
 */
export async function restoreLastDesign(repository: DesignRepository): Promise<RestoredDesign> {
  try {
    const id = await repository.lastOpenedId()
    if (id === undefined) return { design: undefined, migrated: false }
    const loaded = await repository.load(id)
    if (loaded.ok) {
      const { design, migrated, note } = loaded
      return note === undefined ? { design, migrated } : { design, migrated, note }
    }
    // Deleted since (in another tab): nothing to report, start fresh.
    if (loaded.missing) return { design: undefined, migrated: false }
    return { design: undefined, migrated: false, problem: notRestored(loaded.reason) }
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\.$/, '') : String(error)
    return { design: undefined, migrated: false, problem: notRestored(reason) }
  }
}

function notRestored(reason: string): string {
  return (
    `Your last design could not be restored: ${reason}. ` +
    'It was kept unchanged; other designs are listed.'
  )
}

/** A fresh design id. The caller passes `() => crypto.randomUUID()`; tests pass a fixed source. */
export function newDesignId(randomUUID: () => string): string {
  return randomUUID()
}
