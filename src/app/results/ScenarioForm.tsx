import { functionBehaviour } from '../../model/scenario'
import {
  functionsOf,
  selectActions,
  selectCanvasModel,
  selectScenario,
  selectScenarioCustomised,
} from '../../store/selectors'
import { useDesigner } from '../../store/useDesigner'
import type { ResultsTab } from '../layout/paneLayout'
import { AccessForm } from './AccessForm'
import { NumberField } from './NumberField'
import { PatternEditor } from './PatternEditor'
import { setRunSettings } from './patternEdits'
import {
  addTraffic,
  removeTraffic,
  setDurationMs,
  setLogBytes,
  setTarget,
  trafficTargets,
} from './scenarioEdits'
import { SimulationSettings } from './SimulationSettings'
import { TableForm } from './TableForm'
import { useScenarioEdit } from './useScenarioEdit'

/**
 * The traffic reaching the design and how its parts behave: the inputs of the bill and of the
 * simulation (whose own settings show on its tab).
 */
export function ScenarioForm({ tab }: { tab: ResultsTab }) {
  const model = useDesigner(selectCanvasModel)
  const scenario = useDesigner(selectScenario)
  const customised = useDesigner(selectScenarioCustomised)
  const { resetScenario } = useDesigner(selectActions)
  const edit = useScenarioEdit()
  const targets = trafficTargets(model)
  const firstTarget = targets[0]

  return (
    <section className="results__scenario" data-testid="results.scenario" aria-label="Scenario">
      <header className="results__heading">
        <h3>Traffic</h3>
        <span className="results__muted">{customised ? 'Your scenario' : 'Starter scenario'}</span>
        <button
          type="button"
          data-testid="results.scenario.reset"
          disabled={!customised}
          onClick={resetScenario}
        >
          Reset to starter
        </button>
      </header>
      <ul className="results__traffic">
        {scenario.traffic.map((source, index) => (
          <li key={`${index}:${source.target}`} data-testid="results.scenario.entry">
            <select
              aria-label={`Target of traffic entry ${index + 1}`}
              data-testid={`results.scenario.target.${index}`}
              value={source.target}
              onChange={(event) => edit((s) => setTarget(s, index, event.target.value))}
            >
              {!targets.includes(source.target) && (
                <option value={source.target}>{source.target}</option>
              )}
              {targets.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
            <PatternEditor source={source} index={index} durationS={scenario.durationS} />
            <button
              type="button"
              aria-label={`Remove traffic entry ${index + 1}`}
              data-testid={`results.scenario.remove.${index}`}
              onClick={() => edit((s) => removeTraffic(s, index))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {firstTarget !== undefined && (
        <button
          type="button"
          data-testid="results.scenario.add"
          onClick={() => edit((s) => addTraffic(s, firstTarget))}
        >
          Add traffic
        </button>
      )}
      <div className="results__settings" data-testid="results.scenario.run">
        <label title="The span the traffic shapes cover; the cost takes their average over it">
          Run{' '}
          <NumberField
            label="Length of the run in seconds"
            testId="results.scenario.durationS"
            unit="s"
            value={scenario.durationS}
            onCommit={(durationS) => edit((s) => setRunSettings(s, { durationS }))}
          />
        </label>
        <label title="The simulation's statistics start after it">
          warm-up{' '}
          <NumberField
            label="Warm-up in seconds, left out of the simulation's statistics"
            testId="results.scenario.warmupS"
            unit="s"
            value={scenario.warmupS}
            onCommit={(warmupS) => edit((s) => setRunSettings(s, { warmupS }))}
          />
        </label>
        <label title="The same seed gives the same simulation">
          seed{' '}
          <NumberField
            label="Random seed of the simulation"
            testId="results.scenario.seed"
            value={scenario.seed}
            onCommit={(seed) => edit((s) => setRunSettings(s, { seed }))}
          />
        </label>
      </div>
      {functionsOf(model).length > 0 && <h3>Per invocation of each function</h3>}
      <ul className="results__durations">
        {functionsOf(model).map((fn) => (
          <li key={fn.id}>
            <span className="results__label">{fn.name}</span>
            <NumberField
              label={`Average duration of ${fn.name} in milliseconds`}
              testId={`results.scenario.duration.${fn.id}`}
              unit="ms"
              value={functionBehaviour(scenario, fn.id).durationMs.mean}
              onCommit={(mean) => edit((s) => setDurationMs(s, fn.id, mean))}
            />
            <NumberField
              label={`Log bytes written per invocation of ${fn.name}`}
              testId={`results.scenario.logBytes.${fn.id}`}
              unit="log bytes"
              value={functionBehaviour(scenario, fn.id).logBytesPerInvocation}
              onCommit={(bytes) => edit((s) => setLogBytes(s, fn.id, bytes))}
            />
          </li>
        ))}
      </ul>
      <AccessForm />
      <TableForm />
      {tab === 'simulation' && <SimulationSettings />}
    </section>
  )
}
