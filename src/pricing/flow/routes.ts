import type { TrafficSource } from '../../model/scenario'
import type { ApiResource, ApiRoute } from '../../model/types'
import { refuse } from './errors'

/** Part of an API's traffic that reaches one route's function. */
export interface RouteShare {
  readonly route: ApiRoute
  /** Invocations of the route's function per request (or per WebSocket connection). */
  readonly factor: number
}

const CONNECTION_ROUTES = ['$connect', '$disconnect']

/** `GET /users/{id}`, or a WebSocket route key as it is (`sendMessage`, `$default`). */
export function routeKey(route: ApiRoute): string {
  return route.path === '' ? route.method : `${route.method} /${trimSlashes(route.path)}`
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '')
}

/** `get  users/{id}/` → `GET /users/{id}`; a single word (a WebSocket route key) is kept. */
function normalise(route: string): string {
  const [method, ...rest] = route.trim().split(/\s+/)
  if (rest.length === 0) return method ?? ''
  return `${(method ?? '').toUpperCase()} /${trimSlashes(rest.join(' '))}`
}

/** An `ANY` (or `*`) method takes every method on its path. */
function matchesAnyMethod(route: ApiRoute, wanted: string): boolean {
  const any = route.method === 'ANY' || route.method === '*'
  return any && route.path !== '' && wanted.endsWith(` /${trimSlashes(route.path)}`)
}

/**
 * Where an API's traffic goes. REST and HTTP: each request invokes the function of its route;
 * without `route`, requests are split evenly over the API's routes. WebSocket: the traffic counts
 * connections; each invokes `$connect` and `$disconnect` once (when the API has them) and sends
 * `messagesPerConnection` messages to `route`, or split evenly over the other routes.
 */
export function apiShares(api: ApiResource, source: TrafficSource, path: string): RouteShare[] {
  if (api.routes.length === 0) refuse(`${path}.target`, `${api.id} has no routes in the design`)
  if (api.kind !== 'websocketApi') {
    const chosen = chooseRoutes(api, api.routes, source.route, path)
    return chosen.map((route) => ({ route, factor: 1 / chosen.length }))
  }
  const connection = api.routes.filter((r) => CONNECTION_ROUTES.includes(r.method))
  const messageRoutes = api.routes.filter((r) => !CONNECTION_ROUTES.includes(r.method))
  if (source.route !== undefined && CONNECTION_ROUTES.includes(source.route.trim())) {
    refuse(
      `${path}.route`,
      `every connection reaches ${source.route} by itself; name a message route`,
    )
  }
  const perConnection = source.messagesPerConnection ?? 1
  const chosen =
    messageRoutes.length === 0 && source.route === undefined
      ? []
      : chooseRoutes(api, messageRoutes, source.route, path)
  return [
    ...connection.map((route) => ({ route, factor: 1 })),
    ...chosen.map((route) => ({ route, factor: perConnection / chosen.length })),
  ]
}

function chooseRoutes(
  api: ApiResource,
  routes: readonly ApiRoute[],
  wanted: string | undefined,
  path: string,
): readonly ApiRoute[] {
  if (wanted === undefined) return routes
  const key = normalise(wanted)
  const exact = routes.filter((r) => routeKey(r) === key)
  const found = exact.length > 0 ? exact : routes.filter((r) => matchesAnyMethod(r, key))
  if (found.length === 0) {
    refuse(
      `${path}.route`,
      `${api.id} has no route ${JSON.stringify(wanted)} (its routes: ${routes.map(routeKey).join(', ')})`,
    )
  }
  // Two events on the same route would be a deployment error; share rather than double-count.
  return found
}
