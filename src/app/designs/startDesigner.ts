import { createDesignerStore, type DesignerStore } from '../../store/designerStore'
import {
  decodeShareFragment,
  newDesignId,
  openRepository,
  restoreLastDesign,
  startAutosave,
  type SavedDesign,
  type SharedDesign,
} from '../../store/persistence'
import type { Example } from '../exampleCatalog'
import { BLANK_DESIGN_NAME, BLANK_DESIGN_TEXT } from './blankDesign'
import { createDesignLibrary, saveNewDesign, type DesignLibrary } from './designLibrary'
import { trackSaveStatus } from './saveStatus'

export interface StartOptions {
  /** The example the URL asks for (`?example=`), resolved against the catalogue. */
  readonly requestedExample: Example | undefined
  /** Opened as a new design when there is nothing to restore. */
  readonly defaultExample: Example | undefined
  /** The address's `#share=…`, when it has one: shown read-only, nothing saved until kept. */
  readonly shareFragment?: string | undefined
}

export interface StartedDesigner {
  readonly store: DesignerStore
  readonly library: DesignLibrary
}

type FirstDesign =
  | {
      readonly kind: 'saved'
      readonly design: SavedDesign
      readonly migrated: boolean
      readonly note: string | undefined
    }
  | { readonly kind: 'new'; readonly name: string; readonly yamlText: string }
  | {
      readonly kind: 'shared'
      readonly design: SharedDesign
      readonly note: string | undefined
    }

const clock = () => Date.now()
const randomUUID = () => crypto.randomUUID()

/**
 * Start-up: open storage, choose the first design (a shared link's design, read-only; else the
 * URL's example, else the design open last time, else the default example), start autosave and keep the last changes when the tab goes
 * away. Never fails for storage reasons: a problem becomes a notice and the app still starts.
 */
export async function startDesigner(options: StartOptions): Promise<StartedDesigner> {
  const opened = await openRepository()
  let problem = opened.problem
  let first: FirstDesign | undefined
  if (options.shareFragment !== undefined) {
    const shared = await decodeShareFragment(options.shareFragment)
    if (shared.ok) first = { kind: 'shared', design: shared.design, note: shared.note }
    // A bad link changes nothing: the app opens as it would have, and says why.
    else
      problem = `This share link cannot be opened: ${shared.reason}. Nothing you had was changed.`
  }
  if (!first && options.requestedExample) first = newFrom(options.requestedExample)
  if (!first) {
    const restored = await restoreLastDesign(opened.repository)
    problem ??= restored.problem
    if (restored.design) {
      first = {
        kind: 'saved',
        design: restored.design,
        migrated: restored.migrated,
        note: restored.note,
      }
    }
  }
  first ??= newFrom(options.defaultExample)

  const designId = first.kind === 'saved' ? first.design.id : newDesignId(randomUUID)
  const store = createDesignerStore(storeOptions(designId, first))
  const { notify } = store.getState().actions
  const tracked = trackSaveStatus(store, opened.repository, opened.persistent)
  const repository = tracked.repository
  const autosave = startAutosave({
    store,
    repository,
    clock,
    onError: (error) => notify('error', error.message),
  })

  if (first.kind === 'new') {
    // A new design is in the list from the start, not only after its first edit.
    saveNewDesign(repository, { id: designId, ...first }, clock()).catch((error: unknown) =>
      notify('error', error instanceof Error ? error.message : String(error)),
    )
  }
  if (problem) notify('error', problem)
  else if (first.kind === 'shared' && first.note !== undefined) notify('error', first.note)
  else if (first.kind === 'saved' && first.note !== undefined) notify('error', first.note)
  else if (first.kind === 'saved' && first.migrated) {
    notify('info', `“${first.design.name}” was saved by an older version and has been updated.`)
  }

  // The last edits reach storage even when the tab is closed or hidden before the debounce ends.
  const flush = () => void autosave.flush()
  window.addEventListener('pagehide', flush)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush()
  })

  const library = createDesignLibrary({
    store,
    repository,
    persistent: opened.persistent,
    autosave,
    saveStatus: tracked.status,
    clock,
    randomUUID,
  })
  return { store, library }
}

function storeOptions(designId: string, first: FirstDesign) {
  switch (first.kind) {
    case 'saved':
    case 'shared':
      return {
        designId,
        name: first.design.name,
        yamlText: first.design.yamlText,
        positions: first.design.positions,
        scenario: first.design.scenario,
        readOnly: first.kind === 'shared',
      }
    case 'new':
      return { designId, name: first.name, yamlText: first.yamlText }
  }
}

function newFrom(example: Example | undefined): FirstDesign {
  return example
    ? { kind: 'new', name: example.title, yamlText: example.yamlText }
    : { kind: 'new', name: BLANK_DESIGN_NAME, yamlText: BLANK_DESIGN_TEXT }
}
