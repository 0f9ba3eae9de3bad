import {
  functionBehaviour,
  tableBehaviour,
  validateScenario,
  type AccessBehaviour,
  type AccountLimits,
  type CostSettings,
  type FunctionBehaviour,
  type KeyDistribution,
  type Scenario,
  type TableBehaviour,
  type ThrottleLimits,
  type ScenarioPriceBook,
  type ScenarioResult,
  type TrafficSource,
} from '../../model/scenario'
import type { ServiceModel } from '../../model/types'

/**
 * The scenario form's edits: each builds the raw scenario with one field changed and checks it
 * with `validateScenario`, so the form never stores a scenario the engine would refuse.
 */

/** Kinds the form offers as traffic targets (the ones a user most often sends load to). */
const FORM_TARGET_KINDS: ReadonlySet<string> = new Set([
  'restApi',
  'httpApi',
  'websocketApi',
  'function',
  'queue',
  'topic',
  'bucket',
])

export const NEW_ENTRY_RPS = 1

/** The model's resources traffic can be sent to from the form, by id. */
export function trafficTargets(model: ServiceModel): string[] {
  return model.resources.filter((r) => FORM_TARGET_KINDS.has(r.kind)).map((r) => r.id)
}

function withTraffic(scenario: Scenario, traffic: readonly TrafficSource[]): ScenarioResult {
  return validateScenario({ ...scenario, traffic })
}

export function setConstantRps(scenario: Scenario, index: number, rps: number): ScenarioResult {
  return withTraffic(
    scenario,
    scenario.traffic.map((source, i) =>
      i === index ? { ...source, pattern: { type: 'constant', rps } } : source,
    ),
  )
}

/**
 * A new target drops the fields that only fit the old one's kind (route, request and message
 * sizes); the pattern and arrivals carry over.
 */
export function setTarget(scenario: Scenario, index: number, target: string): ScenarioResult {
  return withTraffic(
    scenario,
    scenario.traffic.map((source, i) =>
      i === index ? { target, pattern: source.pattern, arrivals: source.arrivals } : source,
    ),
  )
}

export function addTraffic(scenario: Scenario, target: string): ScenarioResult {
  const entry = { target, pattern: { type: 'constant', rps: NEW_ENTRY_RPS } }
  return validateScenario({ ...scenario, traffic: [...scenario.traffic, entry] })
}

export function removeTraffic(scenario: Scenario, index: number): ScenarioResult {
  return withTraffic(
    scenario,
    scenario.traffic.filter((_, i) => i !== index),
  )
}

export function setDurationMs(
  scenario: Scenario,
  functionId: string,
  mean: number,
): ScenarioResult {
  const behaviour = functionBehaviour(scenario, functionId)
  return validateScenario({
    ...scenario,
    functions: {
      ...scenario.functions,
      [functionId]: { ...behaviour, durationMs: { ...behaviour.durationMs, mean } },
    },
  })
}

export function setPriceBook(scenario: Scenario, priceBook: ScenarioPriceBook): ScenarioResult {
  return validateScenario({ ...scenario, cost: { ...scenario.cost, priceBook } })
}

export function setFreeTier(scenario: Scenario, freeTier: boolean): ScenarioResult {
  return validateScenario({ ...scenario, cost: { ...scenario.cost, freeTier } })
}

export function setLogBytes(scenario: Scenario, functionId: string, bytes: number): ScenarioResult {
  const behaviour = functionBehaviour(scenario, functionId)
  return validateScenario({
    ...scenario,
    functions: {
      ...scenario.functions,
      [functionId]: { ...behaviour, logBytesPerInvocation: bytes },
    },
  })
}

/** The fields of an `access` entry the form edits; the others keep their defaults. */
export type AccessFields = Partial<
  Pick<AccessBehaviour, 'readsPerInvocation' | 'writesPerInvocation' | 'itemSizeKb' | 'consistency'>
>

/**
 * Sets fields of the `access` entry for `from → to`, adding the entry when the scenario has none
 * (the fields left out still follow the design's defaults).
 */
export function setAccess(
  scenario: Scenario,
  from: string,
  to: string,
  fields: AccessFields,
): ScenarioResult {
  const exists = scenario.access.some((a) => a.from === from && a.to === to)
  const access = exists
    ? scenario.access.map((a) => (a.from === from && a.to === to ? { ...a, ...fields } : a))
    : [...scenario.access, { from, to, ...fields }]
  return validateScenario({ ...scenario, access })
}

export function setTable(
  scenario: Scenario,
  tableId: string,
  fields: Partial<Pick<TableBehaviour, 'itemSizeKb' | 'storageGb'>>,
): ScenarioResult {
  return validateScenario({
    ...scenario,
    tables: { ...scenario.tables, [tableId]: { ...tableBehaviour(scenario, tableId), ...fields } },
  })
}

export function setCostSetting(
  scenario: Scenario,
  fields: Partial<Pick<CostSettings, 'hoursPerMonth' | 'snsFanOut' | 'logRetentionMonths'>>,
): ScenarioResult {
  return validateScenario({ ...scenario, cost: { ...scenario.cost, ...fields } })
}

/** Sets simulation fields of a function's behaviour; `undefined` removes a field (its default). */
export function setFunctionBehaviour(
  scenario: Scenario,
  functionId: string,
  fields: Partial<Omit<FunctionBehaviour, 'durationMs' | 'logBytesPerInvocation'>> & {
    readonly dist?: FunctionBehaviour['durationMs']['dist']
    readonly p99?: number | undefined
  },
): ScenarioResult {
  const behaviour = functionBehaviour(scenario, functionId)
  const { dist, p99, ...rest } = fields
  const durationMs: Record<string, unknown> = { ...behaviour.durationMs }
  if (dist !== undefined) durationMs.dist = dist
  if ('p99' in fields) durationMs.p99 = p99
  const next: Record<string, unknown> = { ...behaviour, ...rest, durationMs }
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key]
  if (durationMs.p99 === undefined) delete durationMs.p99
  return validateScenario({ ...scenario, functions: { ...scenario.functions, [functionId]: next } })
}

export function setAccount(scenario: Scenario, fields: Partial<AccountLimits>): ScenarioResult {
  return validateScenario({ ...scenario, account: { ...scenario.account, ...fields } })
}

export function setKeyDistribution(
  scenario: Scenario,
  tableId: string,
  keyDistribution: KeyDistribution,
): ScenarioResult {
  return validateScenario({
    ...scenario,
    tables: {
      ...scenario.tables,
      [tableId]: { ...tableBehaviour(scenario, tableId), keyDistribution },
    },
  })
}

/**
 * Turns auto scaling of a provisioned table on at `targetUtilization` percent (the quota-sized
 * maximums by default), or off with `undefined`.
 */
export function setAutoScaling(
  scenario: Scenario,
  tableId: string,
  targetUtilization: number | undefined,
): ScenarioResult {
  const { autoScaling: current, ...rest } = tableBehaviour(scenario, tableId)
  const table =
    targetUtilization === undefined
      ? rest
      : { ...rest, autoScaling: { ...current, targetUtilization } }
  return validateScenario({ ...scenario, tables: { ...scenario.tables, [tableId]: table } })
}

/**
 * Sets an API's stage throttle (`route` null) or one route's, field by field; `undefined` removes
 * a field, and a level left empty is removed, so the level above applies again.
 */
export function setApiThrottle(
  scenario: Scenario,
  apiId: string,
  route: string | null,
  fields: { readonly rps?: number | undefined; readonly burst?: number | undefined },
): ScenarioResult {
  const api = scenario.apis?.[apiId] ?? {}
  const merge = (limits: ThrottleLimits) => withoutEmpty({ ...limits, ...fields })
  let next: Record<string, unknown>
  if (route === null) next = { ...merge(api), ...(api.routes && { routes: api.routes }) }
  else {
    const routes = withoutEmpty({ ...api.routes, [route]: merge(api.routes?.[route] ?? {}) })
    next = withoutEmpty({ rps: api.rps, burst: api.burst, routes })
  }
  const apis = withoutEmpty({ ...scenario.apis, [apiId]: next })
  const { apis: _old, ...rest } = scenario
  return validateScenario(Object.keys(apis).length > 0 ? { ...rest, apis } : rest)
}

/** The record without undefined fields or empty nested records. */
function withoutEmpty(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue
    if (typeof value === 'object' && value !== null && Object.keys(value).length === 0) continue
    out[key] = value
  }
  return out
}
