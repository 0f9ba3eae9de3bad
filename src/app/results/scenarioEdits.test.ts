import { describe, expect, it } from 'vitest'
import { validateScenario, type Scenario } from '../../model/scenario'
import {
  addTraffic,
  removeTraffic,
  setAccess,
  setAccount,
  setApiThrottle,
  setAutoScaling,
  setFunctionBehaviour,
  setKeyDistribution,
  setConstantRps,
  setCostSetting,
  setDurationMs,
  setLogBytes,
  setTable,
  setFreeTier,
  setPriceBook,
  setTarget,
} from './scenarioEdits'

function scenario(raw: unknown): Scenario {
  const result = validateScenario(raw)
  if (!result.ok) throw new Error(result.error)
  return result.scenario
}

const base = scenario({
  traffic: [
    { target: 'restApi', route: 'GET /users', pattern: { type: 'constant', rps: 1 } },
    { target: 'function:worker', pattern: { type: 'ramp', fromRps: 0, toRps: 4 } },
  ],
})

describe('scenario edits', () => {
  it('a validated scenario validates again unchanged', () => {
    expect(validateScenario(base)).toEqual({ ok: true, scenario: base })
  })

  it('sets a constant rate on one entry', () => {
    const result = setConstantRps(base, 1, 50)
    expect(result.ok && result.scenario.traffic[1]?.pattern).toEqual({ type: 'constant', rps: 50 })
    expect(result.ok && result.scenario.traffic[0]).toEqual(base.traffic[0])
  })

  it('refuses a negative rate with a message naming the field', () => {
    const result = setConstantRps(base, 0, -1)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatch(/traffic\[0\]\.pattern\.rps/)
  })

  it('drops the route when the target changes kind', () => {
    const result = setTarget(base, 0, 'queue:jobs')
    expect(result.ok && result.scenario.traffic[0]).toEqual({
      target: 'queue:jobs',
      pattern: { type: 'constant', rps: 1 },
      arrivals: 'poisson',
    })
  })

  it('adds and removes entries', () => {
    const added = addTraffic(base, 'topic:news')
    expect(added.ok && added.scenario.traffic).toHaveLength(3)
    const removed = removeTraffic(base, 0)
    expect(removed.ok && removed.scenario.traffic.map((t) => t.target)).toEqual(['function:worker'])
  })

  it('sets a function duration, keeping its other behaviour', () => {
    const result = setDurationMs(base, 'function:worker', 250)
    expect(result.ok && result.scenario.functions['function:worker']).toEqual({
      durationMs: { dist: 'constant', mean: 250 },
      logBytesPerInvocation: 1000,
    })
    expect(setDurationMs(base, 'function:worker', -5).ok).toBe(false)
  })

  it('edits the cost settings', () => {
    const book = setPriceBook(base, '2018')
    expect(book.ok && book.scenario.cost.priceBook).toBe('2018')
    const free = setFreeTier(base, false)
    expect(free.ok && free.scenario.cost.freeTier).toBe(false)
  })

  it('sets log bytes, table sizes and cost settings, refusing what the engine would', () => {
    const logs = setLogBytes(base, 'function:worker', 4096)
    expect(logs.ok && logs.scenario.functions['function:worker']?.logBytesPerInvocation).toBe(4096)
    const table = setTable(base, 'table:Users', { itemSizeKb: 6 })
    expect(table.ok && table.scenario.tables['table:Users']).toEqual({
      keyDistribution: 'uniform',
      itemSizeKb: 6,
      storageGb: 1,
    })
    expect(setTable(base, 'table:Users', { itemSizeKb: 500 })).toEqual({
      ok: false,
      error: expect.stringContaining('itemSizeKb'),
    })
    const settings = setCostSetting(base, { snsFanOut: 3, logRetentionMonths: 6 })
    expect(settings.ok && settings.scenario.cost).toMatchObject({
      snsFanOut: 3,
      logRetentionMonths: 6,
    })
    expect(setCostSetting(base, { hoursPerMonth: 0 }).ok).toBe(false)
  })

  it('adds an access entry with only the fields set, then edits it in place', () => {
    const added = setAccess(base, 'function:worker', 'table:Users', { writesPerInvocation: 3 })
    if (!added.ok) throw new Error(added.error)
    expect(added.scenario.access).toEqual([
      {
        from: 'function:worker',
        to: 'table:Users',
        writesPerInvocation: 3,
        consistency: 'eventual',
      },
    ])
    const edited = setAccess(added.scenario, 'function:worker', 'table:Users', {
      consistency: 'strong',
      itemSizeKb: 4,
    })
    if (!edited.ok) throw new Error(edited.error)
    expect(edited.scenario.access).toEqual([
      {
        from: 'function:worker',
        to: 'table:Users',
        writesPerInvocation: 3,
        consistency: 'strong',
        itemSizeKb: 4,
      },
    ])
  })

  it('sets and clears simulation fields of a function, and account and key settings', () => {
    const set = setFunctionBehaviour(base, 'function:worker', {
      dist: 'lognormal',
      p99: 900,
      keepAliveS: 300,
      routing: 'oldest',
    })
    if (!set.ok) throw new Error(set.error)
    expect(set.scenario.functions['function:worker']).toEqual({
      durationMs: { dist: 'lognormal', mean: 100, p99: 900 },
      keepAliveS: 300,
      routing: 'oldest',
      logBytesPerInvocation: 1000,
    })
    const cleared = setFunctionBehaviour(set.scenario, 'function:worker', {
      p99: undefined,
      keepAliveS: undefined,
    })
    expect(cleared.ok && cleared.scenario.functions['function:worker']).toEqual({
      durationMs: { dist: 'lognormal', mean: 100 },
      routing: 'oldest',
      logBytesPerInvocation: 1000,
    })
    expect(setFunctionBehaviour(base, 'function:worker', { p99: 50 }).ok).toBe(false)
    const account = setAccount(base, { concurrencyLimit: 50, scalingModel: 'legacy' })
    expect(account.ok && account.scenario.account).toMatchObject({
      concurrencyLimit: 50,
      scalingModel: 'legacy',
    })
    const zipf = setKeyDistribution(base, 'table:T', { zipf: 1.2 })
    expect(zipf.ok && zipf.scenario.tables['table:T']?.keyDistribution).toEqual({ zipf: 1.2 })
  })

  it('turns a table’s auto scaling on at a target, and off', () => {
    const on = setAutoScaling(base, 'table:T', 50)
    if (!on.ok) throw new Error(on.error)
    expect(on.scenario.tables['table:T']?.autoScaling).toEqual({
      targetUtilization: 50,
      maxRcu: 40_000,
      maxWcu: 40_000,
    })
    expect(setAutoScaling(on.scenario, 'table:T', 95).ok).toBe(false)
    const off = setAutoScaling(on.scenario, 'table:T', undefined)
    expect(off.ok && off.scenario.tables['table:T']).not.toHaveProperty('autoScaling')
  })

  it('sets stage and route throttles, and removes emptied levels', () => {
    const withRoute = scenario({
      traffic: [{ target: 'restApi', pattern: { type: 'constant', rps: 1 } }],
    })
    const stage = setApiThrottle(withRoute, 'restApi', null, { rps: 100, burst: 200 })
    if (!stage.ok) throw new Error(stage.error)
    const route = setApiThrottle(stage.scenario, 'restApi', 'GET /users', { rps: 5 })
    if (!route.ok) throw new Error(route.error)
    expect(route.scenario.apis).toEqual({
      restApi: { rps: 100, burst: 200, routes: { 'GET /users': { rps: 5 } } },
    })
    expect(setApiThrottle(route.scenario, 'restApi', 'GET /users', { burst: 1.5 }).ok).toBe(false)
    const noRoute = setApiThrottle(route.scenario, 'restApi', 'GET /users', { rps: undefined })
    expect(noRoute.ok && noRoute.scenario.apis).toEqual({ restApi: { rps: 100, burst: 200 } })
    if (!noRoute.ok) throw new Error(noRoute.error)
    const none = setApiThrottle(noRoute.scenario, 'restApi', null, {
      rps: undefined,
      burst: undefined,
    })
    expect(none.ok && none.scenario).not.toHaveProperty('apis')
  })
})
