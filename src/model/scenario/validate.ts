import {
  checkNumber,
  checkOneOf,
  fail,
  fieldsOf,
  isObject,
  join,
  listAt,
  NON_NEGATIVE,
  POSITIVE,
  ScenarioError,
  shown,
  whenDefined as optional,
  type Fields,
} from './fields'
import {
  API_KINDS,
  ARRIVALS,
  CONSISTENCIES,
  DURATION_DISTRIBUTIONS,
  FUNCTION_DEFAULTS,
  PATTERN_TYPES,
  ROUTING_POLICIES,
  SCALING_MODELS,
  SCENARIO_PRICE_BOOKS,
  TABLE_DEFAULTS,
  TARGET_KINDS,
  type AccessBehaviour,
  type AccountLimits,
  type ApiThrottles,
  type CostSettings,
  type FunctionBehaviour,
  type KeyDistribution,
  type Scenario,
  type ScenarioResult,
  type TableAutoScaling,
  type TableBehaviour,
  type ThrottleLimits,
  type TrafficPattern,
  type TrafficSource,
} from './types'

/** HTTP and REST payloads are capped at 10 MB; the largest message any source takes is 1 MB. */
const MAX_REQUEST_KB = 10 * 1024
const MAX_MESSAGE_KB = 1024
/** DynamoDB's item size limit. */
const MAX_ITEM_KB = 400
/** Lambda's limit on a ZIP package, unzipped. */
const MAX_PACKAGE_MB = 250
/** DynamoDB's default per-table throughput quota. */
const TABLE_QUOTA_UNITS = 40_000
/** The longest month. */
const MAX_HOURS_PER_MONTH = 744

/**
 * Check a parsed SCENARIO.json strictly and fill in its defaults. The first problem found is
 * returned, naming the field's path (`traffic[1].pattern.peakRps: ...`).
 */
export function validateScenario(raw: unknown): ScenarioResult {
  try {
    return { ok: true, scenario: readScenario(raw) }
  } catch (error) {
    if (error instanceof ScenarioError) return { ok: false, error: error.message }
    throw error
  }
}

const SCENARIO_FIELDS = [
  'seed',
  'durationS',
  'warmupS',
  'traffic',
  'functions',
  'account',
  'apis',
  'tables',
  'access',
  'cost',
]

function readScenario(raw: unknown): Scenario {
  const f = fieldsOf(raw, '', SCENARIO_FIELDS)
  const durationS = f.number('durationS', 3600, POSITIVE)
  const warmupS = f.number('warmupS', 0, NON_NEGATIVE)
  if (warmupS >= durationS) fail('warmupS', `must be less than durationS (${durationS})`)
  if (!f.has('traffic')) fail('traffic', 'is required (a list of traffic sources, may be empty)')
  return {
    seed: f.number('seed', 1, { integer: true, min: 0 }),
    durationS,
    warmupS,
    traffic: listAt(f.raw('traffic'), 'traffic').map((t, i) => readTraffic(t, join('traffic', i))),
    functions: readMap(f.raw('functions'), 'functions', 'function', readFunction),
    account: readAccount(f.raw('account')),
    ...optional('apis', f.has('apis') ? readApis(f.raw('apis')) : undefined),
    tables: readMap(f.raw('tables'), 'tables', 'table', readTable),
    access: readAccessList(f.raw('access')),
    cost: readCost(f.raw('cost')),
  }
}

// ── traffic ────────────────────────────────────────────────────────────────────────────────

const TRAFFIC_FIELDS = [
  'target',
  'route',
  'pattern',
  'requestsPerMonth',
  'arrivals',
  'avgRequestKb',
  'avgMessageKb',
  'messagesPerConnection',
]

function readTraffic(raw: unknown, path: string): TrafficSource {
  const f = fieldsOf(raw, path, TRAFFIC_FIELDS)
  const target = f.string('target')
  const kind = targetKind(target, join(path, 'target'))
  const isApi = (API_KINDS as readonly string[]).includes(kind)
  const route = f.optionalString('route')
  if (route !== undefined && !isApi) {
    fail(join(path, 'route'), `applies to API targets only, and the target is a ${kind}`)
  }
  if (!f.has('pattern')) fail(join(path, 'pattern'), 'is required')
  const only = (key: string, kinds: string) =>
    f.has(key) && fail(join(path, key), `applies to ${kinds} targets only, not to a ${kind}`)
  if (kind !== 'restApi' && kind !== 'httpApi') only('avgRequestKb', 'restApi and httpApi')
  if (kind !== 'websocketApi') only('messagesPerConnection', 'websocketApi')
  if (!['websocketApi', 'queue', 'topic'].includes(kind)) {
    only('avgMessageKb', 'websocketApi, queue and topic')
  }
  return {
    target,
    ...optional('route', route),
    pattern: readPattern(f.raw('pattern'), join(path, 'pattern')),
    ...optional('requestsPerMonth', f.optionalNumber('requestsPerMonth', NON_NEGATIVE)),
    arrivals: f.oneOf('arrivals', ARRIVALS, 'poisson'),
    ...optional(
      'avgRequestKb',
      f.optionalNumber('avgRequestKb', { above: 0, max: MAX_REQUEST_KB }),
    ),
    ...optional(
      'avgMessageKb',
      f.optionalNumber('avgMessageKb', { above: 0, max: MAX_MESSAGE_KB }),
    ),
    ...optional('messagesPerConnection', f.optionalNumber('messagesPerConnection', NON_NEGATIVE)),
  }
}

/** The kind of a target id: a bare API kind, or `<kind>:<name>` of a kind traffic can enter. */
function targetKind(target: string, path: string): string {
  const colon = target.indexOf(':')
  const kind = colon < 0 ? target : target.slice(0, colon)
  const apis: readonly string[] = API_KINDS
  const valid =
    (TARGET_KINDS as readonly string[]).includes(kind) &&
    (apis.includes(kind) ? colon < 0 : colon > 0 && colon < target.length - 1)
  if (!valid) {
    fail(
      path,
      `must be an API (restApi, httpApi, websocketApi) or the id of a function, bucket, queue, topic, schedule or event bus (e.g. "function:getUser"), got ${shown(target)}`,
    )
  }
  return kind
}

const PATTERN_FIELDS: Record<TrafficPattern['type'], readonly string[]> = {
  constant: ['rps'],
  ramp: ['fromRps', 'toRps'],
  spike: ['baseRps', 'peakRps', 'atS', 'forS'],
  wave: ['meanRps', 'amplitudeRps', 'periodS'],
  step: ['steps'],
  series: ['stepS', 'rps'],
}

function readPattern(raw: unknown, path: string): TrafficPattern {
  if (!isObject(raw)) return fail(path, `must be an object with a "type", got ${shown(raw)}`)
  const type = checkOneOf(raw.type, join(path, 'type'), PATTERN_TYPES)
  const f = fieldsOf(raw, path, ['type', ...PATTERN_FIELDS[type]])
  const rate = (key: string) => f.requiredNumber(key, NON_NEGATIVE)
  switch (type) {
    case 'constant':
      return { type, rps: rate('rps') }
    case 'ramp':
      return { type, fromRps: rate('fromRps'), toRps: rate('toRps') }
    case 'spike':
      return {
        type,
        baseRps: rate('baseRps'),
        peakRps: rate('peakRps'),
        atS: f.requiredNumber('atS', NON_NEGATIVE),
        forS: f.requiredNumber('forS', POSITIVE),
      }
    case 'wave': {
      const meanRps = rate('meanRps')
      const amplitudeRps = rate('amplitudeRps')
      if (amplitudeRps > meanRps) {
        fail(
          join(path, 'amplitudeRps'),
          `must be at most meanRps (${meanRps}): a rate is never negative`,
        )
      }
      return { type, meanRps, amplitudeRps, periodS: f.requiredNumber('periodS', POSITIVE) }
    }
    case 'step':
      return { type, steps: readSteps(f) }
    case 'series': {
      const listPath = join(path, 'rps')
      const rps = listAt(f.raw('rps'), listPath).map((r, i) =>
        checkNumber(r, join(listPath, i), NON_NEGATIVE),
      )
      if (rps.length === 0) fail(listPath, 'must hold at least one rate')
      return { type, stepS: f.requiredNumber('stepS', POSITIVE), rps }
    }
  }
}

function readSteps(f: Fields): { atS: number; rps: number }[] {
  const path = join(f.path, 'steps')
  const steps = listAt(f.raw('steps'), path).map((raw, i) => {
    const s = fieldsOf(raw, join(path, i), ['atS', 'rps'])
    return {
      atS: s.requiredNumber('atS', NON_NEGATIVE),
      rps: s.requiredNumber('rps', NON_NEGATIVE),
    }
  })
  if (steps.length === 0) fail(path, 'must hold at least one step')
  steps.forEach((step, i) => {
    const previous = steps[i - 1]
    if (previous !== undefined && step.atS <= previous.atS) {
      fail(join(join(path, i), 'atS'), `must be after the previous step's (${previous.atS})`)
    }
  })
  return steps
}

// ── functions, tables, account ─────────────────────────────────────────────────────────────

/** An object keyed by resource id (`function:x`), each value read by `read`. */
function readMap<T>(
  raw: unknown,
  path: string,
  kind: string,
  read: (value: unknown, path: string) => T,
): Record<string, T> {
  if (raw === undefined) return {}
  if (!isObject(raw)) fail(path, `must be an object keyed by ${kind} id, got ${shown(raw)}`)
  const out: Record<string, T> = {}
  for (const [id, value] of Object.entries(raw)) {
    const at = join(path, id)
    if (!id.startsWith(`${kind}:`) || id.length === kind.length + 1) {
      fail(at, `must be a ${kind} id such as "${kind}:name"`)
    }
    out[id] = read(value, at)
  }
  return out
}

const FUNCTION_FIELDS = [
  'durationMs',
  'coldStartMs',
  'packageSizeMb',
  'keepAliveS',
  'maxConcurrency',
  'routing',
  'logBytesPerInvocation',
]

function readFunction(raw: unknown, path: string): FunctionBehaviour {
  const f = fieldsOf(raw, path, FUNCTION_FIELDS)
  return {
    durationMs: f.has('durationMs')
      ? readDuration(f.raw('durationMs'), join(path, 'durationMs'))
      : FUNCTION_DEFAULTS.durationMs,
    ...optional('coldStartMs', f.optionalNumber('coldStartMs', NON_NEGATIVE)),
    ...optional(
      'packageSizeMb',
      f.optionalNumber('packageSizeMb', { min: 0, max: MAX_PACKAGE_MB }),
    ),
    ...optional('keepAliveS', f.optionalNumber('keepAliveS', NON_NEGATIVE)),
    ...optional('maxConcurrency', f.optionalNumber('maxConcurrency', { integer: true, min: 1 })),
    ...optional(
      'routing',
      f.has('routing') ? f.oneOf('routing', ROUTING_POLICIES, 'newest') : undefined,
    ),
    logBytesPerInvocation: f.number(
      'logBytesPerInvocation',
      FUNCTION_DEFAULTS.logBytesPerInvocation,
      NON_NEGATIVE,
    ),
  }
}

function readDuration(raw: unknown, path: string): FunctionBehaviour['durationMs'] {
  const f = fieldsOf(raw, path, ['dist', 'mean', 'p99'])
  const mean = f.requiredNumber('mean', NON_NEGATIVE)
  const p99 = f.optionalNumber('p99', { min: mean })
  return {
    dist: f.oneOf('dist', DURATION_DISTRIBUTIONS, 'constant'),
    mean,
    ...(p99 !== undefined && { p99 }),
  }
}

function readTable(raw: unknown, path: string): TableBehaviour {
  const f = fieldsOf(raw, path, ['keyDistribution', 'itemSizeKb', 'storageGb', 'autoScaling'])
  return {
    keyDistribution: readKeyDistribution(f),
    itemSizeKb: f.number('itemSizeKb', TABLE_DEFAULTS.itemSizeKb, { above: 0, max: MAX_ITEM_KB }),
    storageGb: f.number('storageGb', TABLE_DEFAULTS.storageGb, NON_NEGATIVE),
    ...optional(
      'autoScaling',
      f.has('autoScaling')
        ? readAutoScaling(f.raw('autoScaling'), join(path, 'autoScaling'))
        : undefined,
    ),
  }
}

function readAutoScaling(raw: unknown, path: string): TableAutoScaling {
  const f = fieldsOf(raw, path, ['targetUtilization', 'maxRcu', 'maxWcu'])
  const capacity = { integer: true, min: 1 }
  return {
    targetUtilization: f.number('targetUtilization', 70, { min: 20, max: 90 }),
    maxRcu: f.number('maxRcu', TABLE_QUOTA_UNITS, capacity),
    maxWcu: f.number('maxWcu', TABLE_QUOTA_UNITS, capacity),
  }
}

function readKeyDistribution(f: Fields): KeyDistribution {
  const raw = f.raw('keyDistribution')
  if (raw === undefined || raw === 'uniform') return 'uniform'
  const path = join(f.path, 'keyDistribution')
  if (!isObject(raw)) return fail(path, `must be "uniform" or { "zipf": s }, got ${shown(raw)}`)
  return { zipf: fieldsOf(raw, path, ['zipf']).requiredNumber('zipf', POSITIVE) }
}

function readAccount(raw: unknown): AccountLimits {
  const f = fieldsOf(raw ?? {}, 'account', [
    'concurrencyLimit',
    'scalingModel',
    'apiGatewayRps',
    'apiGatewayBurst',
  ])
  return {
    concurrencyLimit: f.number('concurrencyLimit', 1000, { integer: true, min: 1 }),
    scalingModel: f.oneOf('scalingModel', SCALING_MODELS, 'current'),
    apiGatewayRps: f.number('apiGatewayRps', 10_000, POSITIVE),
    apiGatewayBurst: f.number('apiGatewayBurst', 5000, { integer: true, min: 1 }),
  }
}

// ── API throttles ──────────────────────────────────────────────────────────────────────────

/** `apis`: stage and route throttles by API id; whether each route is in the design is the plan's. */
function readApis(raw: unknown): Record<string, ApiThrottles> {
  if (!isObject(raw)) {
    fail('apis', `must be an object keyed by API id (${API_KINDS.join(', ')}), got ${shown(raw)}`)
  }
  const out: Record<string, ApiThrottles> = {}
  for (const [id, value] of Object.entries(raw)) {
    const path = join('apis', id)
    if (!(API_KINDS as readonly string[]).includes(id)) {
      fail(path, `must be an API id: ${API_KINDS.join(', ')}`)
    }
    const f = fieldsOf(value, path, ['rps', 'burst', 'routes'])
    out[id] = {
      ...readLimits(f),
      ...optional('routes', f.has('routes') ? readRoutes(f.raw('routes'), path) : undefined),
    }
  }
  return out
}

function readRoutes(raw: unknown, apiPath: string): Record<string, ThrottleLimits> {
  const path = join(apiPath, 'routes')
  if (!isObject(raw)) {
    fail(path, `must be an object keyed by route (e.g. "GET /users/{id}"), got ${shown(raw)}`)
  }
  const out: Record<string, ThrottleLimits> = {}
  for (const [route, value] of Object.entries(raw)) {
    const at = `${path}[${JSON.stringify(route)}]`
    if (route.trim() === '') fail(at, 'must name a route, e.g. "GET /users/{id}"')
    out[route] = readLimits(fieldsOf(value, at, ['rps', 'burst']))
  }
  return out
}

function readLimits(f: Fields): ThrottleLimits {
  return {
    ...optional('rps', f.optionalNumber('rps', NON_NEGATIVE)),
    ...optional('burst', f.optionalNumber('burst', { integer: true, min: 0 })),
  }
}

// ── access, cost ───────────────────────────────────────────────────────────────────────────

const ACCESS_TARGETS = ['table', 'queue', 'topic', 'bucket', 'eventBus']

function readAccessList(raw: unknown): AccessBehaviour[] {
  const list = listAt(raw ?? [], 'access').map((a, i) => readAccess(a, join('access', i)))
  list.forEach((a, i) => {
    const first = list.findIndex((b) => b.from === a.from && b.to === a.to)
    if (first < i) fail(join('access', i), `repeats access[${first}] (${a.from} → ${a.to})`)
  })
  return list
}

function readAccess(raw: unknown, path: string): AccessBehaviour {
  const f = fieldsOf(raw, path, [
    'from',
    'to',
    'readsPerInvocation',
    'writesPerInvocation',
    'consistency',
    'itemSizeKb',
  ])
  const from = f.string('from')
  if (!from.startsWith('function:'))
    fail(join(path, 'from'), `must be a function id, got ${shown(from)}`)
  const to = f.string('to')
  const toKind = to.slice(0, Math.max(0, to.indexOf(':')))
  if (!ACCESS_TARGETS.includes(toKind)) {
    fail(
      join(path, 'to'),
      `must be the id of a table, queue, topic, bucket or event bus, got ${shown(to)}`,
    )
  }
  const reads = f.optionalNumber('readsPerInvocation', NON_NEGATIVE)
  if ((toKind === 'topic' || toKind === 'eventBus') && reads !== undefined && reads > 0) {
    fail(join(path, 'readsPerInvocation'), `a ${toKind} is published to, never read`)
  }
  const writes = f.optionalNumber('writesPerInvocation', NON_NEGATIVE)
  const itemSizeKb = f.optionalNumber('itemSizeKb', { above: 0, max: MAX_ITEM_KB })
  return {
    from,
    to,
    ...(reads !== undefined && { readsPerInvocation: reads }),
    ...(writes !== undefined && { writesPerInvocation: writes }),
    consistency: f.oneOf('consistency', CONSISTENCIES, 'eventual'),
    ...(itemSizeKb !== undefined && { itemSizeKb }),
  }
}

function readCost(raw: unknown): CostSettings {
  const f = fieldsOf(raw ?? {}, 'cost', [
    'priceBook',
    'freeTier',
    'hoursPerMonth',
    'snsFanOut',
    'logRetentionMonths',
  ])
  return {
    priceBook: f.oneOf('priceBook', SCENARIO_PRICE_BOOKS, 'current'),
    freeTier: f.boolean('freeTier', true),
    hoursPerMonth: f.number('hoursPerMonth', 730, { above: 0, max: MAX_HOURS_PER_MONTH }),
    snsFanOut: f.number('snsFanOut', 0, NON_NEGATIVE),
    logRetentionMonths: f.number('logRetentionMonths', 1, NON_NEGATIVE),
  }
}
