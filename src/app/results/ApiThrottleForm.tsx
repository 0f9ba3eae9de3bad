import { routeKey } from '../../pricing/flow'
import { selectCanvasModel, selectScenario } from '../../store/selectors'
import { useDesigner } from '../../store/useDesigner'
import { OptionalNumberField } from './OptionalNumberField'
import { setApiThrottle } from './scenarioEdits'
import { useScenarioEdit } from './useScenarioEdit'

/**
 * Each API's stage throttle and its routes' own throttles (token buckets: a steady rate and a
 * burst). An empty field takes the level above: a route the stage's, the stage the account's.
 */
export function ApiThrottleForm() {
  const model = useDesigner(selectCanvasModel)
  const scenario = useDesigner(selectScenario)
  const edit = useScenarioEdit()
  const apis = model.resources.filter(
    (r) => r.kind === 'restApi' || r.kind === 'httpApi' || r.kind === 'websocketApi',
  )
  if (apis.length === 0) return null
  const { account } = scenario
  return (
    <>
      <h3>API throttles</h3>
      <ul className="results__access" data-testid="results.scenario.apiThrottles">
        {apis.flatMap((api) => {
          if (api.kind !== 'restApi' && api.kind !== 'httpApi' && api.kind !== 'websocketApi') {
            return []
          }
          const stage = scenario.apis?.[api.id]
          const stageRps = stage?.rps ?? account.apiGatewayRps
          const stageBurst = stage?.burst ?? account.apiGatewayBurst
          const row = (key: string, label: string, route: string | null) => {
            const limits = route === null ? stage : stage?.routes?.[route]
            const inherited =
              route === null
                ? [account.apiGatewayRps, account.apiGatewayBurst]
                : [stageRps, stageBurst]
            const id = `${api.id}.${route ?? 'stage'}`
            return (
              <li key={key} data-testid="results.scenario.apiThrottle">
                <span className="results__label">{label}</span>
                <OptionalNumberField
                  label={`Throttle rate of ${label}`}
                  testId={`results.scenario.throttleRps.${id}`}
                  placeholder={String(inherited[0])}
                  unit="rps, burst"
                  value={limits?.rps}
                  onCommit={(rps) => edit((s) => setApiThrottle(s, api.id, route, { rps }))}
                />
                <OptionalNumberField
                  label={`Throttle burst of ${label}`}
                  testId={`results.scenario.throttleBurst.${id}`}
                  placeholder={String(inherited[1])}
                  value={limits?.burst}
                  onCommit={(burst) => edit((s) => setApiThrottle(s, api.id, route, { burst }))}
                />
              </li>
            )
          }
          return [
            row(`${api.id}:stage`, `${api.id} stage (each route)`, null),
            ...api.routes.map((r) => {
              const key = routeKey(r)
              return row(`${api.id}:${key}`, key, key)
            }),
          ]
        })}
      </ul>
    </>
  )
}
