import type { DesignRepository } from '../../store/persistence/designRepository'
import type { SavedDesign } from '../../store/persistence/savedDesign'
import type { DesignerState, DesignerStore } from '../../store/designerStore'
import { samePositions } from '../../store/history'

/**
 * Whether the open design is in storage as it is on screen. `memory`: storage is unavailable,
 * so nothing outlives the tab; `failed`: the last write failed and the change is not kept yet.
 */
export type SaveState = 'saved' | 'saving' | 'failed' | 'memory'

export interface SaveStatus {
  subscribe(listener: () => void): () => void
  getSnapshot(): SaveState
}

interface SavedContent {
  readonly designId: string
  readonly name: string
  readonly yamlText: string
  readonly positions: SavedDesign['positions']
}

const contentOf = (state: DesignerState): SavedContent => ({
  designId: state.designId,
  name: state.document.name,
  yamlText: state.yamlText,
  positions: state.positions,
})

const same = (a: SavedContent, b: SavedContent) =>
  a.designId === b.designId &&
  a.name === b.name &&
  a.yamlText === b.yamlText &&
  samePositions(a.positions, b.positions)

/**
 * Follows the store and every write through `repository` (the returned one, which autosave and
 * the designs menu must use), and says whether what is on screen has been written.
 */
export function trackSaveStatus(
  store: DesignerStore,
  repository: DesignRepository,
  persistent: boolean,
): { readonly status: SaveStatus; readonly repository: DesignRepository } {
  const listeners = new Set<() => void>()
  let lastWritten: SavedContent = contentOf(store.getState())
  let failed = false
  let state: SaveState = persistent ? 'saved' : 'memory'

  const update = () => {
    if (!persistent) return
    const current = contentOf(store.getState())
    const next: SaveState = same(current, lastWritten) ? 'saved' : failed ? 'failed' : 'saving'
    if (next === state) return
    state = next
    for (const listener of listeners) listener()
  }

  store.subscribe((next, previous) => {
    // Opening a design is not a change to it: what was opened is what storage holds.
    if (next.designId !== previous.designId) {
      lastWritten = contentOf(next)
      failed = false
    }
    update()
  })

  const tracked: DesignRepository = {
    ...repository,
    async save(design) {
      try {
        await repository.save(design)
      } catch (error) {
        if (design.id === store.getState().designId) failed = true
        update()
        throw error
      }
      if (design.id === store.getState().designId) {
        lastWritten = { ...design, designId: design.id }
        failed = false
      }
      update()
    },
  }

  return {
    repository: tracked,
    status: {
      subscribe(listener) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      getSnapshot: () => state,
    },
  }
}
