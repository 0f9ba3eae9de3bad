import type { DesignRepository } from './designRepository'
import { openIndexedDbRepository, type IndexedDbRepositoryOptions } from './indexedDbRepository'
import { createMemoryRepository } from './memoryRepository'
import { DesignStorageError } from './storageError'

export interface OpenedRepository {
  readonly repository: DesignRepository
  /** False when designs live in memory only and are lost when the tab closes. */
  readonly persistent: boolean
  /** Why designs will not be kept, to tell the user before they invest work. */
  readonly problem?: string
}

/**
 * The repository for the app: IndexedDB when the browser allows it, otherwise memory. Never
 * rejects, so the app always starts; a missing storage is a message, not a blank page.
 */
export async function openRepository(
  options: IndexedDbRepositoryOptions = {},
): Promise<OpenedRepository> {
  try {
    return { repository: await openIndexedDbRepository(options), persistent: true }
  } catch (error) {
    const reason =
      error instanceof DesignStorageError ? error.message : 'Browser storage is unavailable.'
    return {
      repository: createMemoryRepository(),
      persistent: false,
      problem: `${reason} Designs will not be kept after this tab is closed.`,
    }
  }
}
