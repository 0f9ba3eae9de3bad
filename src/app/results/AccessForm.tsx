import { CONSISTENCIES, type Consistency } from '../../model/scenario'
import { kindOfId, type AccessEdge } from '../../model/types'
import { accessRates, functionIntent } from '../../pricing/flow'
import { selectCanvasModel, selectScenario } from '../../store/selectors'
import { useDesigner } from '../../store/useDesigner'
import { NumberField } from './NumberField'
import { setAccess } from './scenarioEdits'
import { useScenarioEdit } from './useScenarioEdit'

const nameOf = (id: string) => id.slice(id.indexOf(':') + 1)

/**
 * What each invocation does along each access edge of the design: reads and writes per
 * invocation (shown with the defaults the design implies until the user sets them), and for
 * tables the read consistency and item size.
 */
export function AccessForm() {
  const model = useDesigner(selectCanvasModel)
  const scenario = useDesigner(selectScenario)
  const edit = useScenarioEdit()
  const edges = model.edges.filter((e): e is AccessEdge => e.kind === 'access')
  if (edges.length === 0) return null
  return (
    <>
      <h3>Per invocation</h3>
      <ul className="results__access" data-testid="results.scenario.access">
        {edges.map((edge) => {
          const behaviour = scenario.access.find((a) => a.from === edge.from && a.to === edge.to)
          const rates = accessRates(edge, behaviour, functionIntent(model, edge.from))
          const isTable = kindOfId(edge.to) === 'table'
          const key = `${edge.from}->${edge.to}`
          const set = (fields: Parameters<typeof setAccess>[3]) =>
            edit((s) => setAccess(s, edge.from, edge.to, fields))
          return (
            <li key={key} data-testid="results.scenario.accessEdge" data-edge={key}>
              <span className="results__label">
                {nameOf(edge.from)} → {nameOf(edge.to)}
              </span>
              <NumberField
                label={`Reads of ${nameOf(edge.to)} per invocation of ${nameOf(edge.from)}`}
                testId={`results.scenario.reads.${key}`}
                unit="reads"
                value={rates.reads}
                onCommit={(readsPerInvocation) => set({ readsPerInvocation })}
              />
              <NumberField
                label={`Writes to ${nameOf(edge.to)} per invocation of ${nameOf(edge.from)}`}
                testId={`results.scenario.writes.${key}`}
                unit="writes"
                value={rates.writes}
                onCommit={(writesPerInvocation) => set({ writesPerInvocation })}
              />
              {isTable && (
                <select
                  aria-label={`Read consistency of ${nameOf(edge.from)} on ${nameOf(edge.to)}`}
                  data-testid={`results.scenario.consistency.${key}`}
                  value={behaviour?.consistency ?? 'eventual'}
                  onChange={(event) => {
                    const consistency = CONSISTENCIES.find((c) => c === event.target.value)
                    if (consistency) set({ consistency: consistency satisfies Consistency })
                  }}
                >
                  {CONSISTENCIES.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              )}
            </li>
          )
        })}
      </ul>
    </>
  )
}
