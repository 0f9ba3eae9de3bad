import type { ResultsTab } from '../layout/paneLayout'
import { CostPanel } from './CostPanel'
import { ScenarioForm } from './ScenarioForm'
import { SimulationPanel } from '../simulation/SimulationPanel'

/** The scenario beside what it produces: the bill, or the simulation. Loaded lazily. */
export default function ResultsPanel({ tab }: { tab: ResultsTab }) {
  return (
    <div className="results__panel">
      <ScenarioForm tab={tab} />
      {tab === 'cost' ? <CostPanel /> : <SimulationPanel />}
    </div>
  )
}
