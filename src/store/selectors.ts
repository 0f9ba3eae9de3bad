import type { Diagnostic } from '../model/diagnostics'
import type { FunctionResource, ServiceModel } from '../model/types'
import type { DesignerActions, DesignerState, OpenDocument } from './designerStore'

// Module-level selectors: stable identities, so components subscribe to exactly one slice.

export const selectActions = (state: DesignerState): DesignerActions => state.actions
export const selectDocument = (state: DesignerState): OpenDocument => state.document
export const selectCanvasModel = (state: DesignerState): ServiceModel => state.lastGoodModel
export const selectDiagnostics = (state: DesignerState): readonly Diagnostic[] =>
  state.parsed.diagnostics
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
