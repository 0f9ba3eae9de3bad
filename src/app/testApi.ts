import type { Diagnostic } from '../model/diagnostics'
import type { ServiceModel } from '../model/types'
import type { DesignerStore } from '../store/designerStore'

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
  readonly documentName: string
  readonly yamlText: string
  /** False while the text is not valid YAML. */
  readonly yamlParses: boolean
  /** The model the canvas shows: the last one parsed from valid YAML. */
  readonly canvasModel: ServiceModel
  readonly diagnostics: readonly Diagnostic[]
}

declare global {
  interface Window {
    __designer?: DesignerTestApi
  }
}

export const TEST_API_PARAM = 'testApi'

export function installTestApi(store: DesignerStore): void {
  window.__designer = Object.freeze({
    getState(): DesignerSnapshot {
      const state = store.getState()
      return {
        documentName: state.document.name,
        yamlText: state.yamlText,
        yamlParses: state.parsed.ok,
        canvasModel: state.lastGoodModel,
        diagnostics: state.parsed.diagnostics,
      }
    },
  })
}
