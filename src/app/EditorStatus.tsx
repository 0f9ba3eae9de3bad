import { countProblems, selectDiagnostics, selectYamlParses } from '../store/selectors'
import { useDesigner } from '../store/useDesigner'

function describe(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return 'No problems'
  const parts: string[] = []
  if (errors > 0) parts.push(`${errors} error${errors === 1 ? '' : 's'}`)
  if (warnings > 0) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`)
  return parts.join(', ')
}

/** Problem counts of the text, and a note when the canvas is showing an older, valid version. */
export function EditorStatus() {
  const diagnostics = useDesigner(selectDiagnostics)
  const parses = useDesigner(selectYamlParses)
  const { errors, warnings } = countProblems(diagnostics)
  const tone = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok'
  return (
    <div className="editor-status" data-testid="editor.status" role="status">
      {!parses && <span className="editor-status__stale">Canvas shows the last valid YAML</span>}
      <span className={`editor-status__count is-${tone}`}>{describe(errors, warnings)}</span>
    </div>
  )
}
