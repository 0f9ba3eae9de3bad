import { tableBehaviour } from '../../model/scenario'
import { selectCanvasModel, selectScenario } from '../../store/selectors'
import { useDesigner } from '../../store/useDesigner'
import { NumberField } from './NumberField'
import { setTable } from './scenarioEdits'
import { useScenarioEdit } from './useScenarioEdit'

/** Each table's average item size (which sets the request units) and stored data. */
export function TableForm() {
  const model = useDesigner(selectCanvasModel)
  const scenario = useDesigner(selectScenario)
  const edit = useScenarioEdit()
  const tables = model.resources.filter((r) => r.kind === 'table')
  if (tables.length === 0) return null
  return (
    <>
      <h3>Tables</h3>
      <ul className="results__durations">
        {tables.map((table) => {
          const behaviour = tableBehaviour(scenario, table.id)
          return (
            <li key={table.id}>
              <span className="results__label">{table.name}</span>
              <NumberField
                label={`Average item size of ${table.name} in KB`}
                testId={`results.scenario.itemSize.${table.id}`}
                unit="KB items"
                value={behaviour.itemSizeKb}
                onCommit={(itemSizeKb) => edit((s) => setTable(s, table.id, { itemSizeKb }))}
              />
              <NumberField
                label={`Data stored in ${table.name} in GB`}
                testId={`results.scenario.storage.${table.id}`}
                unit="GB stored"
                value={behaviour.storageGb}
                onCommit={(storageGb) => edit((s) => setTable(s, table.id, { storageGb }))}
              />
            </li>
          )
        })}
      </ul>
    </>
  )
}
