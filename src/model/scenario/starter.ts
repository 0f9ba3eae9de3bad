import type { ServiceModel } from '../types'
import type { Scenario } from './types'
import { validateScenario } from './validate'

/** The rate a new design's entry points start with: small enough to sit in the free tier. */
export const STARTER_RPS = 1

/**
 * A scenario for a design nobody has described traffic for yet: every API and every function
 * invoked by nothing at all receives a steady `STARTER_RPS`; schedules fire at their own rate.
 * Everything else takes the documented defaults.
 */
export function starterScenario(model: ServiceModel): Scenario {
  const triggered = new Set(model.edges.filter((e) => e.kind === 'trigger').map((e) => e.to))
  const traffic: { target: string; pattern: { type: 'constant'; rps: number } }[] = []
  for (const resource of model.resources) {
    const entry =
      resource.kind === 'restApi' ||
      resource.kind === 'httpApi' ||
      resource.kind === 'websocketApi' ||
      (resource.kind === 'function' && !triggered.has(resource.id))
    if (entry)
      traffic.push({ target: resource.id, pattern: { type: 'constant', rps: STARTER_RPS } })
  }
  const result = validateScenario({ traffic })
  if (!result.ok) throw new Error(`starter scenario refused: ${result.error}`)
  return result.scenario
}
