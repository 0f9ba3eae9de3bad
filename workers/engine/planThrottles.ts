import type { Scenario, ThrottleLimits } from '../../src/model/scenario'
import type { ApiResource, ApiRoute } from '../../src/model/types'
import { routeKey } from '../../src/pricing/flow/routes'
import { refuse } from './planError'

/**
 * API Gateway's stage and route throttles (simulation-facts.md §3.2, "Lower-level throttles"):
 * token buckets checked before the account's, in the order AWS gives — per-method or route
 * (stage), then the account per Region; a request must pass every bucket. The scenario's `apis`
 * gives each API a stage default and per-route overrides.
 *
 * - The stage's default is a per-method setting: AWS applies per-API, per-stage limits "at the
 *   API method level for a stage" (api-gateway-request-throttling), so every route without its
 *   own entry gets its own bucket at the stage's figures; routes do not share one.
 * - A limit left out is the level above's: a route's from its stage, the stage's from the
 *   account's (`account.apiGatewayRps`, `apiGatewayBurst`), as a stage starts at the account's.
 * - Usage plans (per API key) are not modelled: the scenario does not say which client sent what.
 */
export interface PlannedThrottle {
  readonly api: number
  /** The route key the bucket throttles (`GET /users/{id}`, `$connect`). */
  readonly route: string
  /** Tokens a second. */
  readonly rps: number
  /** Bucket size; it starts full. */
  readonly burst: number
  /** The route's own entry, or the stage's default. */
  readonly from: 'route' | 'stage'
}

export interface Throttles {
  readonly buckets: readonly PlannedThrottle[]
  /** The bucket a request on `route` of API `api` draws from first, or -1 (the account's only). */
  bucketOf(api: number, route: ApiRoute): number
}

export function planThrottles(apis: readonly ApiResource[], scenario: Scenario): Throttles {
  const buckets: PlannedThrottle[] = []
  const byRoute = new Map<string, number>()
  const account = scenario.account
  apis.forEach((api, a) => {
    const stage = scenario.apis?.[api.id]
    if (stage === undefined) return
    const overrides = routeOverrides(api, stage.routes ?? {})
    const stageSet = stage.rps !== undefined || stage.burst !== undefined
    for (const key of new Set(api.routes.map(routeKey))) {
      const own = overrides.get(key)
      if (own === undefined && !stageSet) continue
      byRoute.set(`${a} ${key}`, buckets.length)
      buckets.push({
        api: a,
        route: key,
        rps: own?.rps ?? stage.rps ?? account.apiGatewayRps,
        burst: own?.burst ?? stage.burst ?? account.apiGatewayBurst,
        from: own === undefined ? 'stage' : 'route',
      })
    }
  })
  return {
    buckets,
    bucketOf: (api, route) => byRoute.get(`${api} ${routeKey(route)}`) ?? -1,
  }
}

/** The scenario's route entries by the design's route key; a route the API lacks is refused. */
function routeOverrides(
  api: ApiResource,
  routes: Readonly<Record<string, ThrottleLimits>>,
): Map<string, ThrottleLimits> {
  const keys = api.routes.map(routeKey)
  const found = new Map<string, ThrottleLimits>()
  const given = new Map<string, string>()
  for (const [wanted, limits] of Object.entries(routes)) {
    const path = `apis.${api.id}.routes[${JSON.stringify(wanted)}]`
    const key = normalise(wanted)
    if (!keys.includes(key)) {
      refuse(
        path,
        `${api.id} has no route ${JSON.stringify(wanted)} (its routes: ${[...new Set(keys)].join(', ') || 'none'})`,
      )
    }
    const earlier = given.get(key)
    if (earlier !== undefined) refuse(path, `names the same route as ${JSON.stringify(earlier)}`)
    given.set(key, wanted)
    found.set(key, limits)
  }
  return found
}

/**
 * A route as traffic's `route` is read (src/pricing/flow/routes.ts): the method in capitals, the
 * path with one leading slash; a single word (a WebSocket route key) is kept. An `ANY` route is
 * throttled by its own key (`ANY /users`), as AWS keys route settings.
 */
function normalise(route: string): string {
  const [method, ...rest] = route.trim().split(/\s+/)
  if (rest.length === 0) return method ?? ''
  return `${(method ?? '').toUpperCase()} /${rest.join(' ').replace(/^\/+|\/+$/g, '')}`
}
