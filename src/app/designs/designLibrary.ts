import type { DesignerStore } from '../../store/designerStore'
import {
  createSavedDesign,
  newDesignId,
  type Autosave,
  type DesignRepository,
  type DesignSummary,
  type SavedDesign,
} from '../../store/persistence'
import { BLANK_DESIGN_NAME, BLANK_DESIGN_TEXT } from './blankDesign'
import type { SaveStatus } from './saveStatus'

/** The saved designs as the toolbar sees them: list, open, create, rename, delete. */
export interface DesignLibrary {
  readonly persistent: boolean
  readonly saveStatus: SaveStatus
  list(): Promise<DesignSummary[]>
  openSaved(id: string): Promise<void>
  /**
   * Opens text (an example, a file, a blank service) as a new design, saved at once; a project
   * file or a shared link also brings its layout and scenario.
   */
  openNew(name: string, yamlText: string, extras?: DesignExtras): Promise<void>
  rename(id: string, name: string): Promise<void>
  /** Deleting the open design opens the most recent other one, or a blank one. */
  remove(id: string): Promise<void>
}

/** What a design carries besides its text. */
export interface DesignExtras {
  readonly positions?: SavedDesign['positions']
  readonly scenario?: SavedDesign['scenario']
}

export interface DesignLibraryOptions {
  readonly store: DesignerStore
  readonly repository: DesignRepository
  readonly persistent: boolean
  readonly autosave: Autosave
  readonly saveStatus: SaveStatus
  readonly clock: () => number
  readonly randomUUID: () => string
}

/** Writes a design that exists only on screen so far, and makes it the one reopened next time. */
export async function saveNewDesign(
  repository: DesignRepository,
  design: { readonly id: string; readonly name: string; readonly yamlText: string } & DesignExtras,
  now: number,
): Promise<void> {
  await repository.save(
    createSavedDesign({
      ...design,
      positions: design.positions ?? {},
      createdAt: now,
      updatedAt: now,
    }),
  )
  await repository.setLastOpened(design.id)
}

/** Opens a loaded design in the store. */
export function openSavedDesign(store: DesignerStore, design: SavedDesign): void {
  store.getState().actions.openDesign({
    designId: design.id,
    name: design.name,
    yamlText: design.yamlText,
    positions: design.positions,
    scenario: design.scenario,
  })
}

export function createDesignLibrary(options: DesignLibraryOptions): DesignLibrary {
  const { store, repository, autosave, clock } = options
  const notify = store.getState().actions.notify

  /** Storage failures become a notice: the design on screen is never lost by them. */
  async function reporting<T>(operation: () => Promise<T>): Promise<T | undefined> {
    try {
      return await operation()
    } catch (error) {
      notify('error', error instanceof Error ? error.message : String(error))
      return undefined
    }
  }

  async function openNew(name: string, yamlText: string, extras: DesignExtras = {}): Promise<void> {
    const id = newDesignId(options.randomUUID)
    // On screen first; storage follows. Autosave writes what was pending for the previous design.
    store.getState().actions.openDesign({ designId: id, name, yamlText, ...extras })
    await reporting(() => saveNewDesign(repository, { id, name, yamlText, ...extras }, clock()))
  }

  async function openSaved(id: string): Promise<void> {
    await autosave.flush()
    const loaded = await reporting(() => repository.load(id))
    if (!loaded) return
    if (!loaded.ok) {
      notify('error', `This design cannot be opened: ${loaded.reason}.`)
      return
    }
    openSavedDesign(store, loaded.design)
    if (loaded.note !== undefined) notify('error', loaded.note)
    else if (loaded.migrated) {
      notify('info', `“${loaded.design.name}” was saved by an older version and has been updated.`)
    }
    await reporting(() => repository.setLastOpened(id))
  }

  return {
    persistent: options.persistent,
    saveStatus: options.saveStatus,
    list: async () => (await reporting(() => repository.list())) ?? [],
    openSaved,
    openNew,
    async rename(id, name) {
      // The open design is renamed in the store, and autosave writes it like any other change.
      if (id === store.getState().designId) store.getState().actions.renameDesign(name)
      else await reporting(() => repository.rename(id, name.trim()))
    },
    async remove(id) {
      const isOpen = id === store.getState().designId
      if (isOpen) await autosave.flush()
      const removed = await reporting(async () => {
        await repository.remove(id)
        return true
      })
      if (!removed || !isOpen) return
      const next = (await reporting(() => repository.list()))?.find(
        (summary) => summary.id !== id && summary.problem === undefined,
      )
      if (next) await openSaved(next.id)
      else await openNew(BLANK_DESIGN_NAME, BLANK_DESIGN_TEXT)
    },
  }
}
