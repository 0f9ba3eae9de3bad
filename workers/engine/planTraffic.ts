import type { Scenario, TrafficSource } from '../../src/model/scenario'
import type { ApiRoute, Resource, ServiceModel } from '../../src/model/types'
import { FlowError } from '../../src/pricing/flow/errors'
import { apiShares } from '../../src/pricing/flow/routes'
import type { PlannedSource } from './plan'
import { PlanError, refuse } from './planError'

/**
 * Where traffic enters: the scenario's sources (an API split over its routes as the cost flow
 * splits it, a function invoked directly, a channel), and every enabled schedule the scenario
 * does not drive, firing at its own rate.
 */

export interface Indexes {
  readonly fnIndex: ReadonlyMap<string, number>
  readonly apiIndex: ReadonlyMap<string, number>
  readonly channelIndex: ReadonlyMap<string, number>
  /** The stage or route bucket of a route of an API (by index), or -1. */
  readonly throttleOf: (api: number, route: ApiRoute) => number
}

/** AWS quotes schedule rates over a 730-hour month (src/model/schedule.ts). */
const SCHEDULE_MONTH_S = 730 * 3600

export function planSources(
  model: ServiceModel,
  scenario: Scenario,
  resources: ReadonlyMap<string, Resource>,
  indexes: Indexes,
  notes: string[],
): PlannedSource[] {
  const sources = scenario.traffic.map((source, i) =>
    planSource(source, `traffic[${i}]`, resources, indexes),
  )
  if (scenario.traffic.some((t) => t.target === 'websocketApi')) {
    notes.push(
      "A WebSocket connection's $connect, messages and $disconnect all run when it arrives: the scenario does not say how long connections stay open.",
    )
  }
  for (const r of model.resources) {
    if (r.kind !== 'schedule' || !r.enabled || r.invocationsPerMonth === undefined) continue
    if (scenario.traffic.some((t) => t.target === r.id)) continue
    sources.push({
      label: r.id,
      pattern: { type: 'constant', rps: r.invocationsPerMonth / SCHEDULE_MONTH_S },
      arrivals: 'uniform',
      entry: { kind: 'channel', channel: indexes.channelIndex.get(r.id)!, kb: 1 },
    })
  }
  return sources
}

function planSource(
  source: TrafficSource,
  path: string,
  resources: ReadonlyMap<string, Resource>,
  { fnIndex, apiIndex, channelIndex, throttleOf }: Indexes,
): PlannedSource {
  const resource = resources.get(source.target)
  if (!resource)
    refuse(`${path}.target`, `the design has no resource ${JSON.stringify(source.target)}`)
  const base = { label: source.target, pattern: source.pattern, arrivals: source.arrivals }
  switch (resource.kind) {
    case 'restApi':
    case 'httpApi':
    case 'websocketApi': {
      let shares
      try {
        shares = apiShares(resource, source, path)
      } catch (error) {
        if (error instanceof FlowError) throw new PlanError(error.message)
        throw error
      }
      const kb =
        resource.kind === 'websocketApi' ? (source.avgMessageKb ?? 1) : (source.avgRequestKb ?? 1)
      const api = apiIndex.get(resource.id)!
      return {
        ...base,
        entry: {
          kind: 'api',
          api,
          routes: shares.flatMap(({ route, factor }) => {
            const fn = fnIndex.get(route.functionId)
            return fn === undefined ? [] : [{ fn, factor, throttle: throttleOf(api, route) }]
          }),
          chooseOne: resource.kind !== 'websocketApi',
          kb,
        },
      }
    }
    case 'function':
      return { ...base, entry: { kind: 'function', fn: fnIndex.get(resource.id)! } }
    case 'queue':
    case 'topic':
    case 'bucket':
    case 'eventBus':
    case 'schedule':
      return {
        ...base,
        entry: {
          kind: 'channel',
          channel: channelIndex.get(resource.id)!,
          kb: source.avgMessageKb ?? 1,
        },
      }
    case 'table':
    case 'opaque':
      return refuse(
        `${path}.target`,
        `${resource.id} is a ${resource.kind}: traffic cannot enter there`,
      )
  }
}

/** Every id the scenario names must be in the design, and of the right kind. */
export function checkReferences(
  scenario: Scenario,
  resources: ReadonlyMap<string, Resource>,
): void {
  const expect = (path: string, id: string, kinds: readonly string[]) => {
    const resource = resources.get(id)
    if (!resource) refuse(path, `the design has no resource ${JSON.stringify(id)}`)
    if (!kinds.includes(resource.kind)) {
      refuse(path, `${id} is a ${resource.kind}, expected a ${kinds.join(' or ')}`)
    }
  }
  for (const id of Object.keys(scenario.functions)) expect(`functions.${id}`, id, ['function'])
  for (const id of Object.keys(scenario.tables)) expect(`tables.${id}`, id, ['table'])
  for (const id of Object.keys(scenario.apis ?? {})) {
    expect(`apis.${id}`, id, ['restApi', 'httpApi', 'websocketApi'])
  }
  scenario.access.forEach((a, i) => {
    expect(`access[${i}].from`, a.from, ['function'])
    expect(`access[${i}].to`, a.to, ['table', 'queue', 'topic', 'bucket', 'eventBus'])
  })
  scenario.traffic.forEach((t, i) => {
    if (!resources.has(t.target)) {
      refuse(`traffic[${i}].target`, `the design has no resource ${JSON.stringify(t.target)}`)
    }
  })
}
