import type { Diagnostic } from '../model/diagnostics'
import type { FunctionResource, ServiceModel } from '../model/types'
import type {
  DesignerActions,
  DesignerState,
  Notice,
  OpenDocument,
  Positions,
  RevealRequest,
  Selection,
} from './designerStore'

// Module-level selectors: stable identities, so components subscribe to exactly one slice.

export const selectActions = (state: DesignerState): DesignerActions => state.actions
export const selectDocument = (state: DesignerState): OpenDocument => state.document
export const selectCanvasModel = (state: DesignerState): ServiceModel => state.lastGoodModel
export const selectDiagnostics = (state: DesignerState): readonly Diagnostic[] =>
  state.parsed.diagnostics
export const selectPositions = (state: DesignerState): Positions => state.positions
export const selectSelection = (state: DesignerState): Selection => state.selection
export const selectSelectedId = (state: DesignerState) => state.selection.id
export const selectNotice = (state: DesignerState): Notice | null => state.notice
export const selectReveal = (state: DesignerState): RevealRequest | null => state.reveal
export const selectCanUndo = (state: DesignerState): boolean => state.history.past.length > 0
export const selectCanRedo = (state: DesignerState): boolean => state.history.future.length > 0
export const selectYamlText = (state: DesignerState): string => state.yamlText
export const selectScenario = (state: DesignerState) => state.scenario
export const selectNodeFigures = (state: DesignerState) => state.nodeFigures
export const selectScenarioCustomised = (state: DesignerState): boolean => state.scenarioCustomised
/** The parse of the current text (ranges included), even when it does not parse. */
export const selectParsed = (state: DesignerState) => state.parsed

/** False while the text is not valid YAML and the canvas shows the last good model. */
export const selectYamlParses = (state: DesignerState): boolean => state.parsed.ok

export function functionsOf(model: ServiceModel): FunctionResource[] {
  return model.resources.filter((r): r is FunctionResource => r.kind === 'function')
}

export interface ProblemCounts {
  readonly errors: number
  readonly warnings: number
}

export function countProblems(diagnostics: readonly Diagnostic[]): ProblemCounts {
  let errors = 0
  let warnings = 0
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++
    else if (d.severity === 'warning') warnings++
  }
  return { errors, warnings }
}
