import { lazy, Suspense, useState } from 'react'
import { PanelErrorBoundary } from '../PanelErrorBoundary'
import './results.css'

// The charts library is large: load the results only when they are first opened.
const ResultsPanel = lazy(() => import('./ResultsPanel'))

/** The bottom drawer's Cost section: a toggle, then the scenario and its monthly bill. */
export function ResultsDrawer() {
  const [open, setOpen] = useState(false)
  return (
    <section className="results" aria-label="Cost">
      <button
        type="button"
        className="problems__toggle"
        aria-expanded={open}
        aria-controls="results-body"
        data-testid="results.toggle"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> Cost
      </button>
      {open && (
        <div className="results__body" id="results-body">
          <PanelErrorBoundary panel="The cost view">
            <Suspense fallback={<p className="results__loading">Loading…</p>}>
              <ResultsPanel />
            </Suspense>
          </PanelErrorBoundary>
        </div>
      )}
    </section>
  )
}
