import { lazy, Suspense } from 'react'
import { Splitter } from '../layout/Splitter'
import { PanelErrorBoundary } from '../PanelErrorBoundary'
import './results.css'

// The charts library is large: load the results only when they are first opened.
const ResultsPanel = lazy(() => import('./ResultsPanel'))

interface ResultsDrawerProps {
  readonly open: boolean
  readonly onToggle: (open: boolean) => void
  /** The body's height in CSS pixels, remembered with the layout. */
  readonly height: number
  readonly onResize: (height: number) => void
}

/** The bottom drawer's Cost section: a toggle, then the scenario and its monthly bill. */
export function ResultsDrawer({ open, onToggle, height, onResize }: ResultsDrawerProps) {
  return (
    <section className="results" aria-label="Cost" id="pane-results">
      {open && (
        <Splitter
          pane="results"
          size={height}
          onResize={onResize}
          label="Resize the cost view"
          orientation="horizontal"
          growth={-1}
          controls="results-body"
        />
      )}
      <button
        type="button"
        className="problems__toggle"
        aria-expanded={open}
        aria-controls="results-body"
        data-testid="results.toggle"
        onClick={() => onToggle(!open)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> Cost
      </button>
      {open && (
        <div
          className="results__body"
          id="results-body"
          data-testid="results.body"
          style={{ height }}
        >
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
