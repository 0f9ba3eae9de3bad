import type { ApiRoute } from '../../model/types'
import { uniqueName } from './names'

/**
 * A path no route of the API uses yet: the first free one of `preferred`, else the last of them
 * numbered (`/getUser2`). Any method counts: two handlers on one path confuse more than they help.
 */
export function freePath(
  routes: readonly ApiRoute[],
  preferred: readonly [string, ...string[]],
): string {
  const taken = new Set(routes.map((r) => r.path))
  const free = preferred.find((path) => !taken.has(path))
  return free ?? uniqueName(preferred[preferred.length - 1]!, (path) => taken.has(path))
}

/** A WebSocket route key no route uses yet; route keys are unique within an API. */
export function freeRouteKey(
  routes: readonly ApiRoute[],
  preferred: readonly [string, ...string[]],
): string {
  const taken = new Set(routes.map((r) => r.method))
  const free = preferred.find((key) => !taken.has(key))
  return free ?? uniqueName(preferred[preferred.length - 1]!, (key) => taken.has(key))
}
