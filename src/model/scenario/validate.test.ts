import { describe, expect, it } from 'vitest'
import { SCENARIO_PRICE_BOOKS } from './types'
import { validateScenario } from './validate'

const constant = { type: 'constant', rps: 5 }

describe('validateScenario', () => {
  it('fills in every documented default', () => {
    const result = validateScenario({ traffic: [{ target: 'restApi', pattern: constant }] })
    expect(result).toEqual({
      ok: true,
      scenario: {
        seed: 1,
        durationS: 3600,
        warmupS: 0,
        traffic: [{ target: 'restApi', pattern: constant, arrivals: 'poisson' }],
        functions: {},
        account: {
          concurrencyLimit: 1000,
          scalingModel: 'current',
          apiGatewayRps: 10_000,
          apiGatewayBurst: 5000,
        },
        tables: {},
        access: [],
        cost: {
          priceBook: 'current',
          freeTier: true,
          hoursPerMonth: 730,
          snsFanOut: 0,
          logRetentionMonths: 1,
        },
      },
    })
  })

  it('fills in the defaults of functions, tables and access entries', () => {
    const result = validateScenario({
      traffic: [],
      functions: { 'function:a': { coldStartMs: 300 } },
      tables: { 'table:T': { keyDistribution: { zipf: 1.2 } } },
      access: [{ from: 'function:a', to: 'table:T', writesPerInvocation: 2 }],
    })
    if (!result.ok) throw new Error(result.error)
    expect(result.scenario.functions['function:a']).toEqual({
      durationMs: { dist: 'constant', mean: 100 },
      coldStartMs: 300,
      logBytesPerInvocation: 1000,
    })
    expect(result.scenario.tables['table:T']).toEqual({
      keyDistribution: { zipf: 1.2 },
      itemSizeKb: 1,
      storageGb: 1,
    })
    expect(result.scenario.access).toEqual([
      { from: 'function:a', to: 'table:T', writesPerInvocation: 2, consistency: 'eventual' },
    ])
  })

  it('keeps every pattern and the simulation-only fields', () => {
    const traffic = [
      { target: 'httpApi', route: 'GET /x', pattern: { type: 'ramp', fromRps: 1, toRps: 9 } },
      {
        target: 'websocketApi',
        pattern: { type: 'spike', baseRps: 1, peakRps: 50, atS: 60, forS: 30 },
        messagesPerConnection: 20,
        avgMessageKb: 2,
        arrivals: 'uniform',
      },
      { target: 'queue:q', pattern: { type: 'wave', meanRps: 10, amplitudeRps: 5, periodS: 600 } },
      {
        target: 'topic:t',
        pattern: {
          type: 'step',
          steps: [
            { atS: 0, rps: 1 },
            { atS: 5, rps: 2 },
          ],
        },
      },
      { target: 'schedule:f:0', pattern: { type: 'series', stepS: 60, rps: [1, 2, 3] } },
      { target: 'function:f', pattern: constant, requestsPerMonth: 10 },
    ]
    const result = validateScenario({
      seed: 42,
      durationS: 600,
      warmupS: 60,
      traffic,
      functions: {
        'function:f': {
          durationMs: { dist: 'lognormal', mean: 80, p99: 400 },
          keepAliveS: 600,
          maxConcurrency: 50,
          routing: 'oldest',
        },
      },
      account: { scalingModel: 'legacy' },
      cost: { priceBook: '2018', freeTier: false, snsFanOut: 2 },
    })
    if (!result.ok) throw new Error(result.error)
    expect(result.scenario.traffic).toEqual(traffic.map((t) => ({ arrivals: 'poisson', ...t })))
    expect(result.scenario.functions['function:f']).toMatchObject({
      durationMs: { dist: 'lognormal', mean: 80, p99: 400 },
      routing: 'oldest',
    })
    expect(result.scenario.account.scalingModel).toBe('legacy')
  })

  it('reads a package size and a table auto scaling, filling in its defaults', () => {
    const result = validateScenario({
      traffic: [],
      functions: { 'function:f': { packageSizeMb: 1.5 } },
      tables: { 'table:T': { autoScaling: { maxRcu: 500 } } },
    })
    if (!result.ok) throw new Error(result.error)
    expect(result.scenario.functions['function:f']?.packageSizeMb).toBe(1.5)
    expect(result.scenario.tables['table:T']?.autoScaling).toEqual({
      targetUtilization: 70,
      maxRcu: 500,
      maxWcu: 40_000,
    })
  })

  it('reads stage and route throttles, leaving out what is not given', () => {
    const apis = {
      restApi: { rps: 100, burst: 200, routes: { 'GET /users/{id}': { rps: 10, burst: 20 } } },
      httpApi: { routes: { 'POST /orders': { rps: 0.5 }, $default: {} } },
      websocketApi: { burst: 0 },
    }
    const result = validateScenario({ traffic: [], apis })
    if (!result.ok) throw new Error(result.error)
    expect(result.scenario.apis).toEqual(apis)
    // A validated scenario reads back the same (the designer saves it as it is).
    expect(validateScenario(JSON.parse(JSON.stringify(result.scenario)))).toEqual(result)
    // Absent: no stage or route throttles at all.
    const none = validateScenario({ traffic: [] })
    expect(none.ok && 'apis' in none.scenario).toBe(false)
  })

  it('offers the price books of the pricing engine', () => {
    expect(SCENARIO_PRICE_BOOKS).toEqual(['current', '2018'])
  })

  const traffic = (entry: Record<string, unknown>) => ({
    traffic: [{ target: 'restApi', pattern: constant, ...entry }],
  })
  it.each<[string, unknown, string]>([
    ['not an object', [], 'the scenario: must be an object'],
    ['an unknown top-level field', { traffic: [], trafic: [] }, 'trafic: unknown field'],
    ['no traffic', {}, 'traffic: is required'],
    ['traffic not a list', { traffic: {} }, 'traffic: must be a list'],
    ['a negative duration', { traffic: [], durationS: -1 }, 'durationS: must be a number > 0'],
    ['a warmup past the end', { traffic: [], durationS: 10, warmupS: 10 }, 'warmupS: must be less'],
    ['a fractional seed', { traffic: [], seed: 1.5 }, 'seed: must be a whole number'],
    ['a missing target', { traffic: [{ pattern: constant }] }, 'traffic[0].target: is required'],
    ['a target of the wrong kind', traffic({ target: 'table:T' }), 'traffic[0].target: must be'],
    ['an API id with a name', traffic({ target: 'restApi:x' }), 'traffic[0].target: must be'],
    ['a route on a queue', traffic({ target: 'queue:q', route: 'GET /' }), 'traffic[0].route'],
    ['no pattern', { traffic: [{ target: 'restApi' }] }, 'traffic[0].pattern: is required'],
    ['an unknown pattern', traffic({ pattern: { type: 'sine' } }), 'traffic[0].pattern.type'],
    ['a rate as text', traffic({ pattern: { type: 'constant', rps: '5' } }), 'pattern.rps'],
    ['a stray pattern field', traffic({ pattern: { ...constant, toRps: 3 } }), 'pattern.toRps'],
    [
      'a wave below zero',
      traffic({ pattern: { type: 'wave', meanRps: 1, amplitudeRps: 2, periodS: 60 } }),
      'traffic[0].pattern.amplitudeRps: must be at most meanRps',
    ],
    [
      'steps out of order',
      traffic({
        pattern: {
          type: 'step',
          steps: [
            { atS: 5, rps: 1 },
            { atS: 5, rps: 2 },
          ],
        },
      }),
      'traffic[0].pattern.steps[1].atS',
    ],
    [
      'an empty series',
      traffic({ pattern: { type: 'series', stepS: 60, rps: [] } }),
      'traffic[0].pattern.rps: must hold',
    ],
    [
      'a negative series value',
      traffic({ pattern: { type: 'series', stepS: 60, rps: [1, -1] } }),
      'traffic[0].pattern.rps[1]',
    ],
    ['negative requests', traffic({ requestsPerMonth: -1 }), 'traffic[0].requestsPerMonth'],
    ['unknown arrivals', traffic({ arrivals: 'bursty' }), 'traffic[0].arrivals'],
    ['a message size on REST', traffic({ avgMessageKb: 2 }), 'traffic[0].avgMessageKb'],
    [
      'messages per connection on REST',
      traffic({ messagesPerConnection: 2 }),
      'messagesPerConnection',
    ],
    [
      'a function key that is not a function id',
      { traffic: [], functions: { getUser: {} } },
      'functions.getUser: must be a function id',
    ],
    [
      'an unknown distribution',
      { traffic: [], functions: { 'function:a': { durationMs: { dist: 'normal', mean: 1 } } } },
      'functions.function:a.durationMs.dist',
    ],
    [
      'a p99 under the mean',
      { traffic: [], functions: { 'function:a': { durationMs: { mean: 100, p99: 50 } } } },
      'functions.function:a.durationMs.p99: must be a number ≥ 100',
    ],
    [
      'an unknown routing',
      { traffic: [], functions: { 'function:a': { routing: 'fifo' } } },
      'functions.function:a.routing',
    ],
    [
      'a zero concurrency limit',
      { traffic: [], account: { concurrencyLimit: 0 } },
      'account.concurrencyLimit',
    ],
    [
      'an unknown scaling model',
      { traffic: [], account: { scalingModel: 'x' } },
      'account.scalingModel',
    ],
    [
      'a bad key distribution',
      { traffic: [], tables: { 'table:T': { keyDistribution: 'hot' } } },
      'tables.table:T.keyDistribution',
    ],
    [
      'an item over 400 KB',
      { traffic: [], tables: { 'table:T': { itemSizeKb: 500 } } },
      'tables.table:T.itemSizeKb',
    ],
    [
      'a package over 250 MB',
      { traffic: [], functions: { 'function:a': { packageSizeMb: 300 } } },
      'functions.function:a.packageSizeMb: must be a number ≥ 0 and ≤ 250',
    ],
    [
      'an auto scaling target above 90 %',
      { traffic: [], tables: { 'table:T': { autoScaling: { targetUtilization: 95 } } } },
      'tables.table:T.autoScaling.targetUtilization',
    ],
    [
      'an unknown auto scaling field',
      { traffic: [], tables: { 'table:T': { autoScaling: { minRcu: 1 } } } },
      'tables.table:T.autoScaling.minRcu: unknown field',
    ],
    [
      'access from a table',
      { traffic: [], access: [{ from: 'table:T', to: 'table:T' }] },
      'access[0].from',
    ],
    [
      'access to a function',
      { traffic: [], access: [{ from: 'function:a', to: 'function:b' }] },
      'access[0].to',
    ],
    [
      'reads on a topic',
      { traffic: [], access: [{ from: 'function:a', to: 'topic:t', readsPerInvocation: 1 }] },
      'access[0].readsPerInvocation',
    ],
    [
      'an unknown consistency',
      { traffic: [], access: [{ from: 'function:a', to: 'table:T', consistency: 'weak' }] },
      'access[0].consistency',
    ],
    [
      'a repeated access pair',
      {
        traffic: [],
        access: [
          { from: 'function:a', to: 'table:T' },
          { from: 'function:a', to: 'table:T' },
        ],
      },
      'access[1]: repeats access[0]',
    ],
    ['apis as a list', { traffic: [], apis: [] }, 'apis: must be an object keyed by API id'],
    [
      'throttles on a function',
      { traffic: [], apis: { 'function:a': { rps: 1 } } },
      'apis.function:a: must be an API id: restApi, httpApi, websocketApi',
    ],
    [
      'a named API id',
      { traffic: [], apis: { 'restApi:x': {} } },
      'apis.restApi:x: must be an API id',
    ],
    [
      'a negative stage rate',
      { traffic: [], apis: { restApi: { rps: -1 } } },
      'apis.restApi.rps: must be a number ≥ 0, got -1',
    ],
    [
      'a fractional stage burst',
      { traffic: [], apis: { restApi: { burst: 2.5 } } },
      'apis.restApi.burst: must be a whole number ≥ 0, got 2.5',
    ],
    [
      'a rate as text',
      { traffic: [], apis: { httpApi: { rps: '10' } } },
      'apis.httpApi.rps: must be a number ≥ 0, got "10"',
    ],
    [
      'an unknown stage field',
      { traffic: [], apis: { restApi: { rateLimit: 10 } } },
      'apis.restApi.rateLimit: unknown field (expected one of rps, burst, routes)',
    ],
    [
      'routes as a list',
      { traffic: [], apis: { restApi: { routes: [] } } },
      'apis.restApi.routes: must be an object keyed by route',
    ],
    [
      'a blank route',
      { traffic: [], apis: { restApi: { routes: { ' ': {} } } } },
      'apis.restApi.routes[" "]: must name a route',
    ],
    [
      'a negative route burst',
      { traffic: [], apis: { restApi: { routes: { 'GET /x': { burst: -1 } } } } },
      'apis.restApi.routes["GET /x"].burst: must be a whole number ≥ 0, got -1',
    ],
    [
      'an unknown route field',
      { traffic: [], apis: { restApi: { routes: { 'GET /x': { rps: 1, routes: {} } } } } },
      'apis.restApi.routes["GET /x"].routes: unknown field (expected one of rps, burst)',
    ],
    ['an unknown price book', { traffic: [], cost: { priceBook: '2019' } }, 'cost.priceBook'],
    ['a free tier as text', { traffic: [], cost: { freeTier: 'yes' } }, 'cost.freeTier'],
    ['a 800-hour month', { traffic: [], cost: { hoursPerMonth: 800 } }, 'cost.hoursPerMonth'],
    ['a negative fan-out', { traffic: [], cost: { snsFanOut: -1 } }, 'cost.snsFanOut'],
    [
      'a negative retention',
      { traffic: [], cost: { logRetentionMonths: -1 } },
      'cost.logRetentionMonths',
    ],
  ])('refuses %s, naming the field', (_what, raw, expected) => {
    const result = validateScenario(raw)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toContain(expected)
  })
})
