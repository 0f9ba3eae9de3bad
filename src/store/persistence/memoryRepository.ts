import {
  checkedForSaving,
  loadResultOf,
  newestFirst,
  renamed,
  summaryOf,
  type DesignRepository,
} from './designRepository'

/**
 * Designs kept in memory only: for tests, and as the fallback when the browser offers no storage
 * (private browsing, storage blocked). Values are copied in and out, as IndexedDB does, so a
 * caller mutating an object later cannot change what is stored: validation builds a new object.
 *
 * `stored` seeds raw records by id, to test how damaged ones are handled.
 */
export function createMemoryRepository(
  stored: Iterable<readonly [string, unknown]> = [],
): DesignRepository {
  const designs = new Map<string, unknown>(stored)
  let lastOpened: string | undefined

  return {
    list: async () => newestFirst([...designs].map(([id, value]) => summaryOf(id, value))),
    load: async (id) => loadResultOf(designs.get(id)),
    async save(design) {
      const checked = checkedForSaving(design)
      designs.set(checked.id, checked)
    },
    async rename(id, name) {
      designs.set(id, renamed(loadResultOf(designs.get(id)), name))
    },
    async remove(id) {
      designs.delete(id)
      if (lastOpened === id) lastOpened = undefined
    },
    lastOpenedId: async () => lastOpened,
    async setLastOpened(id) {
      lastOpened = id
    },
  }
}
