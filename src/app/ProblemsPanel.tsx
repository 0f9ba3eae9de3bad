import type { Diagnostic } from '../model/diagnostics'
import { countProblems, selectActions, selectDiagnostics } from '../store/selectors'
import { useDesigner } from '../store/useDesigner'

interface ProblemsPanelProps {
  readonly open: boolean
  readonly onToggle: (open: boolean) => void
}

const SEVERITY_LABEL: Readonly<Record<Diagnostic['severity'], string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
}

/** Every diagnostic of the text, each a link to its line in the editor. */
export function ProblemsPanel({ open, onToggle }: ProblemsPanelProps) {
  const diagnostics = useDesigner(selectDiagnostics)
  const { revealLine } = useDesigner(selectActions)
  const { errors, warnings } = countProblems(diagnostics)

  return (
    <section className="problems" data-testid="problems" aria-label="Problems">
      <header className="problems__header">
        <button
          type="button"
          className="problems__toggle"
          aria-expanded={open}
          aria-controls="problems-list"
          data-testid="problems.toggle"
          onClick={() => onToggle(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> Problems
          <span className="problems__counts">
            {errors} error{errors === 1 ? '' : 's'}, {warnings} warning{warnings === 1 ? '' : 's'}
          </span>
        </button>
      </header>
      {open && (
        <ul className="problems__list" id="problems-list">
          {diagnostics.length === 0 && <li className="problems__empty">No problems.</li>}
          {diagnostics.map((diagnostic, index) => {
            const start = diagnostic.range?.start
            return (
              <li
                key={`${index}:${diagnostic.code}`}
                className={`problems__item is-${diagnostic.severity}`}
                data-testid="problems.item"
              >
                <span className="problems__severity">{SEVERITY_LABEL[diagnostic.severity]}</span>
                <span className="problems__message">{diagnostic.message}</span>
                {start && (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Go to line ${start.line}: ${diagnostic.message}`}
                    onClick={() => revealLine(start.line, start.column)}
                  >
                    Line {start.line}
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
