import { lazy, Suspense } from 'react'
import type { ResultsTab } from '../layout/paneLayout'
import { Splitter } from '../layout/Splitter'
import { PanelErrorBoundary } from '../PanelErrorBoundary'
import './results.css'

// The charts library is large: load the results only when they are first opened.
const ResultsPanel = lazy(() => import('./ResultsPanel'))

interface ResultsDrawerProps {
  readonly open: boolean
  readonly tab: ResultsTab
  readonly onClose: () => void
  readonly onShow: (tab: ResultsTab) => void
  /** The body's height in CSS pixels, remembered with the layout. */
  readonly height: number
  readonly onResize: (height: number) => void
}

const TABS: readonly {
  readonly tab: ResultsTab
  readonly label: string
  readonly testId: string
}[] = [
  { tab: 'cost', label: 'Cost', testId: 'results.toggle' },
  { tab: 'simulation', label: 'Simulation', testId: 'results.tab.simulation' },
]

/**
 * The bottom drawer: the scenario beside its monthly bill (Cost) or its simulated behaviour
 * (Simulation). A tab opens the drawer on it; the open tab closes it again.
 */
export function ResultsDrawer(props: ResultsDrawerProps) {
  const { open, tab, onClose, onShow, height, onResize } = props
  return (
    <section className="results" aria-label="Results" id="pane-results">
      {open && (
        <Splitter
          pane="results"
          size={height}
          onResize={onResize}
          label="Resize the results"
          orientation="horizontal"
          growth={-1}
          controls="results-body"
        />
      )}
      <div className="results__tabs" role="tablist" aria-label="Results">
        {TABS.map((t) => {
          const active = open && tab === t.tab
          return (
            <button
              key={t.tab}
              type="button"
              role="tab"
              className="problems__toggle"
              aria-selected={active}
              aria-expanded={active}
              aria-controls="results-body"
              data-testid={t.testId}
              onClick={() => (active ? onClose() : onShow(t.tab))}
            >
              <span aria-hidden="true">{active ? '▾' : '▸'}</span> {t.label}
            </button>
          )
        })}
      </div>
      {open && (
        <div
          className="results__body"
          id="results-body"
          role="tabpanel"
          data-testid="results.body"
          style={{ height }}
        >
          <PanelErrorBoundary panel="The results">
            <Suspense fallback={<p className="results__loading">Loading…</p>}>
              <ResultsPanel tab={tab} />
            </Suspense>
          </PanelErrorBoundary>
        </div>
      )}
    </section>
  )
}
