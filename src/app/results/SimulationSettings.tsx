import {
  DURATION_DISTRIBUTIONS,
  functionBehaviour,
  ROUTING_POLICIES,
  SCALING_MODELS,
  tableBehaviour,
} from '../../model/scenario'
import { functionsOf, selectCanvasModel, selectScenario } from '../../store/selectors'
import { useDesigner } from '../../store/useDesigner'
import { ApiThrottleForm } from './ApiThrottleForm'
import { NumberField } from './NumberField'
import { OptionalNumberField } from './OptionalNumberField'
import {
  setAccount,
  setAutoScaling,
  setFunctionBehaviour,
  setKeyDistribution,
} from './scenarioEdits'
import { useScenarioEdit } from './useScenarioEdit'

/**
 * The scenario's fields only the simulation reads: account limits, how each function's duration
 * varies and how its instances live, and how keys spread over each table's partitions. Empty
 * fields keep the defaults (shown greyed), which come from the design and published figures.
 */
export function SimulationSettings() {
  const model = useDesigner(selectCanvasModel)
  const scenario = useDesigner(selectScenario)
  const edit = useScenarioEdit()
  const { account } = scenario
  const tables = model.resources.filter((r) => r.kind === 'table')
  return (
    <div className="results__simulation-settings" data-testid="results.scenario.simulation">
      <h3>Account</h3>
      <div className="results__settings">
        <label>
          Concurrency{' '}
          <NumberField
            label="Account concurrency limit"
            testId="results.scenario.concurrencyLimit"
            value={account.concurrencyLimit}
            onCommit={(concurrencyLimit) => edit((s) => setAccount(s, { concurrencyLimit }))}
          />
        </label>
        <label>
          Scaling{' '}
          <select
            data-testid="results.scenario.scalingModel"
            value={account.scalingModel}
            onChange={(event) => {
              const scalingModel = SCALING_MODELS.find((m) => m === event.target.value)
              if (scalingModel) edit((s) => setAccount(s, { scalingModel }))
            }}
          >
            <option value="current">1,000 per function every 10 s (since 2023)</option>
            <option value="legacy">Burst, then +500 a minute (before)</option>
          </select>
        </label>
        <label>
          API Gateway{' '}
          <NumberField
            label="API Gateway account rate in requests per second"
            testId="results.scenario.apiGatewayRps"
            unit="rps, burst"
            value={account.apiGatewayRps}
            onCommit={(apiGatewayRps) => edit((s) => setAccount(s, { apiGatewayRps }))}
          />
          <NumberField
            label="API Gateway account burst"
            testId="results.scenario.apiGatewayBurst"
            value={account.apiGatewayBurst}
            onCommit={(apiGatewayBurst) => edit((s) => setAccount(s, { apiGatewayBurst }))}
          />
        </label>
      </div>
      <ApiThrottleForm />
      <h3>Functions in the simulation</h3>
      <ul className="results__access">
        {functionsOf(model).map((fn) => {
          const b = functionBehaviour(scenario, fn.id)
          const set = (fields: Parameters<typeof setFunctionBehaviour>[2]) =>
            edit((s) => setFunctionBehaviour(s, fn.id, fields))
          return (
            <li key={fn.id} data-testid="results.scenario.simFunction">
              <span className="results__label">{fn.name}</span>
              <select
                aria-label={`Duration distribution of ${fn.name}`}
                data-testid={`results.scenario.dist.${fn.id}`}
                value={b.durationMs.dist}
                onChange={(event) => {
                  const dist = DURATION_DISTRIBUTIONS.find((d) => d === event.target.value)
                  if (dist) set({ dist })
                }}
              >
                {DURATION_DISTRIBUTIONS.map((d) => (
                  <option key={d} value={d}>
                    {d} durations
                  </option>
                ))}
              </select>
              <OptionalNumberField
                label={`p99 duration of ${fn.name} in milliseconds`}
                testId={`results.scenario.p99.${fn.id}`}
                placeholder="p99"
                unit="ms p99"
                value={b.durationMs.p99}
                onCommit={(p99) => set({ p99 })}
              />
              <OptionalNumberField
                label={`Cold start of ${fn.name} in milliseconds`}
                testId={`results.scenario.coldStart.${fn.id}`}
                placeholder="by runtime"
                unit="ms cold"
                value={b.coldStartMs}
                onCommit={(coldStartMs) => set({ coldStartMs })}
              />
              <OptionalNumberField
                label={`Deployment package of ${fn.name} in MB`}
                testId={`results.scenario.packageSize.${fn.id}`}
                placeholder="tiny"
                unit="MB package"
                value={b.packageSizeMb}
                onCommit={(packageSizeMb) => set({ packageSizeMb })}
              />
              <OptionalNumberField
                label={`Keep-alive of ${fn.name}'s idle instances in seconds`}
                testId={`results.scenario.keepAlive.${fn.id}`}
                placeholder="600"
                unit="s kept"
                value={b.keepAliveS}
                onCommit={(keepAliveS) => set({ keepAliveS })}
              />
              <OptionalNumberField
                label={`Most instances of ${fn.name} at once`}
                testId={`results.scenario.maxConcurrency.${fn.id}`}
                placeholder="no cap"
                unit="max"
                value={b.maxConcurrency}
                onCommit={(maxConcurrency) => set({ maxConcurrency })}
              />
              <select
                aria-label={`Which idle instance of ${fn.name} takes a request`}
                data-testid={`results.scenario.routing.${fn.id}`}
                value={b.routing ?? 'newest'}
                onChange={(event) => {
                  const routing = ROUTING_POLICIES.find((r) => r === event.target.value)
                  if (routing) set({ routing })
                }}
              >
                {ROUTING_POLICIES.map((r) => (
                  <option key={r} value={r}>
                    {r} idle first
                  </option>
                ))}
              </select>
            </li>
          )
        })}
      </ul>
      {tables.length > 0 && <h3>Keys</h3>}
      <ul className="results__durations">
        {tables.map((table) => {
          const behaviour = tableBehaviour(scenario, table.id)
          const keys = behaviour.keyDistribution
          const zipf = keys === 'uniform' ? undefined : keys.zipf
          return (
            <li key={table.id}>
              <span className="results__label">{table.name}</span>
              <OptionalNumberField
                label={`Zipf exponent of ${table.name}'s keys, empty for uniform`}
                testId={`results.scenario.zipf.${table.id}`}
                placeholder="uniform"
                unit="Zipf s (hot keys)"
                value={zipf}
                onCommit={(s) =>
                  edit((sc) =>
                    setKeyDistribution(sc, table.id, s === undefined ? 'uniform' : { zipf: s }),
                  )
                }
              />
              {table.kind === 'table' && table.billingMode === 'PROVISIONED' && (
                <OptionalNumberField
                  label={`Auto scaling target of ${table.name} in percent, empty for none`}
                  testId={`results.scenario.autoScaling.${table.id}`}
                  placeholder="no auto scaling"
                  unit="% target (auto scaling)"
                  value={behaviour.autoScaling?.targetUtilization}
                  onCommit={(target) => edit((sc) => setAutoScaling(sc, table.id, target))}
                />
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
