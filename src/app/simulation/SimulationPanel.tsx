import { useState, useSyncExternalStore } from 'react'
import type { WhatIf } from '../../model/whatIf'
import { applyWhatIf, describeWhatIf } from '../../model/whatIf'
import {
  functionsOf,
  selectActions,
  selectCanvasModel,
  selectDocument,
  selectScenario,
} from '../../store/selectors'
import { useDesigner } from '../../store/useDesigner'
import { figuresOf } from './nodeFigures'
import { simulationSession } from './session'
import { SimulationCharts } from './SimulationCharts'
import type { LabelledRequest } from './simulationSession'
import { SummaryTables } from './SummaryTables'
import { WhatIfPicker } from './WhatIfPicker'
import './simulation.css'

const AS_DESIGNED = 'As designed'

/**
 * Runs the design under the scenario in Web Workers (beside a what-if when one is chosen), then
 * shows the summary, the charts, and each resource's figures on the canvas.
 */
export function SimulationPanel() {
  const model = useDesigner(selectCanvasModel)
  const scenario = useDesigner(selectScenario)
  const document = useDesigner(selectDocument)
  const { setNodeFigures } = useDesigner(selectActions)
  const state = useSyncExternalStore(simulationSession.subscribe, simulationSession.getSnapshot)
  const [whatIf, setWhatIf] = useState<WhatIf | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [functionId, setFunctionId] = useState('')
  const [tableId, setTableId] = useState('')

  const run = async () => {
    const requests: LabelledRequest[] = [{ label: AS_DESIGNED, request: { model, scenario } }]
    if (whatIf) {
      const changed = applyWhatIf(model, whatIf)
      if (!changed.ok) return setProblem(changed.error)
      requests.push({ label: describeWhatIf(whatIf), request: { model: changed.model, scenario } })
    }
    setProblem(null)
    const end = await simulationSession.start(requests, document.id)
    if (end.status === 'done' && end.runs[0]) setNodeFigures(figuresOf(end.runs[0].result))
  }

  const runs = state.status === 'done' && state.documentId === document.id ? state.runs : []
  // Results stay on screen after an edit, marked as being of the design before it.
  const stale =
    runs.length > 0 && (runs[0]?.request.model !== model || runs[0]?.request.scenario !== scenario)
  const functions = functionsOf(model)
  const tables = model.resources.filter((r) => r.kind === 'table')
  return (
    <section className="simulation" data-testid="simulation" aria-label="Simulation">
      <header className="results__heading">
        <h3>Simulation</h3>
        <button
          type="button"
          data-testid="simulation.run"
          onClick={() => void run()}
          disabled={functions.length === 0}
        >
          {state.status === 'running' ? 'Run again' : 'Run'}
        </button>
        {state.status === 'running' && (
          <>
            <progress
              data-testid="simulation.progress"
              max={1}
              value={Math.min(...state.progress)}
              aria-label="Simulation progress"
            />
            <button
              type="button"
              data-testid="simulation.cancel"
              onClick={simulationSession.cancel}
            >
              Cancel
            </button>
          </>
        )}
        <span className="results__muted" data-testid="simulation.status" role="status">
          {statusText(state, runs.length)}
        </span>
      </header>
      <WhatIfPicker model={model} onChange={setWhatIf} />
      {problem && (
        <p className="results__error" role="alert">
          {problem}
        </p>
      )}
      {state.status === 'failed' && (
        <p className="results__error" role="alert" data-testid="simulation.error">
          The simulation could not run: {state.error}
        </p>
      )}
      {stale && (
        <p className="simulation__stale" data-testid="simulation.stale" role="status">
          The design or the scenario has changed since this run: run again to see it.
        </p>
      )}
      {runs.length > 0 && (
        <>
          {runs[0]?.result.notes.map((note) => (
            <p key={note} className="results__muted">
              {note}
            </p>
          ))}
          <SummaryTables runs={runs} />
          <div className="results__settings">
            {functions.length > 1 && (
              <label>
                Charts of{' '}
                <select
                  data-testid="simulation.chartFunction"
                  value={functionId || functions[0]?.id}
                  onChange={(event) => setFunctionId(event.target.value)}
                >
                  {functions.map((f) => (
                    <option key={f.id} value={f.id}>
                      {f.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {tables.length > 1 && (
              <label>
                Table{' '}
                <select
                  value={tableId || tables[0]?.id}
                  onChange={(e) => setTableId(e.target.value)}
                >
                  {tables.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          <SimulationCharts
            runs={runs}
            functionId={functionId || (functions[0]?.id ?? '')}
            tableId={tableId || (tables[0]?.id ?? '')}
          />
        </>
      )}
    </section>
  )
}

function statusText(
  state: ReturnType<typeof simulationSession.getSnapshot>,
  shown: number,
): string {
  switch (state.status) {
    case 'idle':
      return 'Run the scenario through the design: every request, in your browser.'
    case 'running':
      return `Simulating ${state.labels.join(' and ')}: ${Math.round(100 * Math.min(...state.progress))} %`
    case 'done': {
      const r = state.runs[0]?.result
      if (shown === 0 || !r) return 'The last run was of another design: run again.'
      return `${r.arrivals.toLocaleString('en-US')} requests over ${r.settings.durationS.toLocaleString('en-US')} s simulated (statistics after ${r.settings.warmupS} s).`
    }
    case 'failed':
      return 'Failed.'
    case 'cancelled':
      return 'Cancelled.'
  }
}
