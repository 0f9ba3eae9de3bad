import type { Diagnostic } from '../model/diagnostics'
import type { Scenario } from '../model/scenario'
import type { ServiceModel } from '../model/types'
import type {
  DesignerStore,
  NodeFigures,
  Notice,
  Positions,
  RevealRequest,
} from '../store/designerStore'
import type { DesignLibrary } from './designs/designLibrary'
import type { SaveState } from './designs/saveStatus'

/**
 * A read-only view of the designer for end-to-end tests, on `window.__designer`. Installed in
 * development and, in a production build, only when the URL has `?testApi`: tests assert on
 * state rather than on Monaco's DOM, which renders only visible lines and spaces as U+00A0.
 */
export interface DesignerTestApi {
  getState(): DesignerSnapshot
}

/** Plain data only, so it crosses `page.evaluate` intact. */
export interface DesignerSnapshot {
  readonly designId: string
  readonly documentName: string
  readonly yamlText: string
  /** False while the text is not valid YAML. */
  readonly yamlParses: boolean
  /** The model the canvas shows: the last one parsed from valid YAML. */
  readonly canvasModel: ServiceModel
  readonly diagnostics: readonly Diagnostic[]
  /** Node positions by resource id, as saved with the design. */
  readonly positions: Positions
  readonly selectedId: string | null
  readonly canUndo: boolean
  readonly canRedo: boolean
  readonly notice: Notice | null
  /** The last request for the editor to show a line (from the problems list, the canvas). */
  readonly reveal: RevealRequest | null
  /** Whether what is on screen has been written to browser storage. */
  readonly saveState: SaveState
  /** The traffic scenario the cost (and simulation) use. */
  readonly scenario: Scenario
  /** The last simulation run's figures by resource id, as the canvas nodes show them. */
  readonly nodeFigures: NodeFigures
}

declare global {
  interface Window {
    __designer?: DesignerTestApi
  }
}

export const TEST_API_PARAM = 'testApi'

export function installTestApi(store: DesignerStore, library: DesignLibrary): void {
  window.__designer = Object.freeze({
    getState(): DesignerSnapshot {
      const state = store.getState()
      return {
        designId: state.designId,
        documentName: state.document.name,
        yamlText: state.yamlText,
        yamlParses: state.parsed.ok,
        canvasModel: state.lastGoodModel,
        diagnostics: state.parsed.diagnostics,
        positions: state.positions,
        selectedId: state.selection.id,
        canUndo: state.history.past.length > 0,
        canRedo: state.history.future.length > 0,
        notice: state.notice,
        reveal: state.reveal,
        saveState: library.saveStatus.getSnapshot(),
        scenario: state.scenario,
        nodeFigures: state.nodeFigures,
      }
    },
  })
}
