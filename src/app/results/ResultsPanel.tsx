import { CostPanel } from './CostPanel'
import { ScenarioForm } from './ScenarioForm'

/** The scenario beside the bill it produces. Default export: loaded lazily. */
export default function ResultsPanel() {
  return (
    <div className="results__panel">
      <ScenarioForm />
      <CostPanel />
    </div>
  )
}
