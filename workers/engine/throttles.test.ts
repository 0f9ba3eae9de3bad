import { describe, expect, it } from 'vitest'
import type { ApiResource, ResourceId } from '../../src/model/types'
import { resultToJson } from './result'
import { simulate } from './run'
import { design, fn, run, scenario } from './testModels'

/**
 * API Gateway's stage and route token buckets (simulation-facts.md §3.2): a route's bucket, or
 * its stage's default, is drawn on before the account's. With uniform arrivals a bucket of
 * `burst` refilled at `rps` admits burst + rps × (time to the last arrival), give or take one.
 */

const routes = ['a', 'b', 'c']

function api(kind: 'restApi' | 'httpApi'): ApiResource {
  return {
    id: kind as ResourceId,
    kind,
    name: kind,
    origin: 'implicit',
    routes: routes.map((r) => ({
      method: 'GET',
      path: `/${r}`,
      functionId: `function:${r}` as ResourceId,
      eventIndex: 0,
    })),
  }
}

const model = (kind: 'restApi' | 'httpApi' = 'httpApi') =>
  design([...routes.map((r) => fn(r)), api(kind)])

const SECONDS = 10

/** Uniform traffic on each route at the given rate; functions quick and never throttled. */
function offered(target: string, rps: Record<string, number>, raw: Record<string, unknown>) {
  return {
    durationS: SECONDS,
    traffic: Object.entries(rps).map(([route, rate]) => ({
      target,
      route: `GET /${route}`,
      pattern: { type: 'constant', rps: rate },
      arrivals: 'uniform',
    })),
    functions: Object.fromEntries(
      routes.map((r) => [`function:${r}`, { durationMs: { mean: 1 }, coldStartMs: 0 }]),
    ),
    ...raw,
    account: { concurrencyLimit: 100_000, ...(raw.account as object) },
  }
}

/** What a bucket admits of uniform traffic at `rate` over the run: it starts full. */
const admitted = (burst: number, rps: number, rate: number) => burst + rps * (SECONDS - 0.5 / rate)

const invocations = (result: ReturnType<typeof run>, name: string) =>
  result.summary.functions[`function:${name}`]!.invocations

describe('a route throttle', () => {
  const raw = offered(
    'httpApi',
    { a: 300, b: 50 },
    { apis: { httpApi: { routes: { 'GET /a': { rps: 20, burst: 40 } } } } },
  )
  const result = run(model(), raw)

  it('admits burst + rate × time on its route, and leaves the other routes alone', () => {
    expect(Math.abs(invocations(result, 'a') - admitted(40, 20, 300))).toBeLessThanOrEqual(1)
    expect(invocations(result, 'b')).toBe(50 * SECONDS)
    const httpApi = result.summary.apis['httpApi']!
    expect(httpApi.offered).toBe(350 * SECONDS)
    expect(httpApi.throttled).toBe(httpApi.offered - httpApi.served)
    // Every 429 came from the route's bucket: the account's never ran dry.
    expect(httpApi.stageThrottled).toBe(httpApi.throttled)
    expect(httpApi.served).toBe(invocations(result, 'a') + invocations(result, 'b'))
  })

  it('is a pure function of the inputs', () => {
    const again = run(model(), raw)
    expect(JSON.stringify(resultToJson(again))).toBe(JSON.stringify(resultToJson(result)))
  })

  it('says what throttles API requests, and that usage plans are not modelled', () => {
    expect(result.notes.join('\n')).toContain("API requests take a token from their route's bucket")
    expect(result.notes.join('\n')).toContain('usage-plan (API key) throttles are not modelled')
    const plain = run(model(), offered('httpApi', { a: 1 }, {}))
    expect(plain.notes.join('\n')).toContain(
      'Only the account token bucket throttles API requests: the scenario sets no stage or route throttles (apis)',
    )
  })
})

describe('a stage throttle', () => {
  it('gives each route without its own limits a bucket at the stage’s figures', () => {
    const result = run(
      model('restApi'),
      offered(
        'restApi',
        { a: 300, b: 200, c: 400 },
        // Route c keeps the stage's burst and sets its own rate.
        { apis: { restApi: { rps: 20, burst: 40, routes: { 'get c/': { rps: 100 } } } } },
      ),
    )
    expect(Math.abs(invocations(result, 'a') - admitted(40, 20, 300))).toBeLessThanOrEqual(1)
    expect(Math.abs(invocations(result, 'b') - admitted(40, 20, 200))).toBeLessThanOrEqual(1)
    expect(Math.abs(invocations(result, 'c') - admitted(40, 100, 400))).toBeLessThanOrEqual(1)
    const restApi = result.summary.apis['restApi']!
    expect(restApi.stageThrottled).toBe(restApi.throttled)
    expect(restApi.throttled).toBe(restApi.offered - restApi.served)
  })

  it('takes a missing burst from the account, and a burst of 0 refuses everything', () => {
    const result = run(
      model(),
      offered(
        'httpApi',
        { a: 300, b: 300 },
        {
          apis: { httpApi: { rps: 30, routes: { 'GET /b': { burst: 0 } } } },
          account: { apiGatewayRps: 10_000, apiGatewayBurst: 60 },
        },
      ),
    )
    expect(Math.abs(invocations(result, 'a') - admitted(60, 30, 300))).toBeLessThanOrEqual(1)
    expect(invocations(result, 'b')).toBe(0)
  })
})

describe('the order of the buckets', () => {
  it('takes no account token for a request its route refused', () => {
    // Route a is offered 300 rps and admits 10 + 10 a second; route b 100 rps. The account's
    // 150 a second covers what the route lets through, not what it was offered.
    const result = run(
      model(),
      offered(
        'httpApi',
        { a: 300, b: 100 },
        {
          apis: { httpApi: { routes: { 'GET /a': { rps: 10, burst: 10 } } } },
          account: { apiGatewayRps: 150, apiGatewayBurst: 150 },
        },
      ),
    )
    expect(invocations(result, 'b')).toBe(100 * SECONDS)
    const httpApi = result.summary.apis['httpApi']!
    expect(httpApi.stageThrottled).toBe(httpApi.throttled)
  })

  it('counts the account’s refusals apart from the route’s', () => {
    const result = run(
      model(),
      offered(
        'httpApi',
        { a: 300, b: 300 },
        {
          apis: { httpApi: { routes: { 'GET /a': { rps: 100, burst: 100 } } } },
          account: { apiGatewayRps: 150, apiGatewayBurst: 150 },
        },
      ),
    )
    const httpApi = result.summary.apis['httpApi']!
    expect(httpApi.stageThrottled).toBeGreaterThan(0)
    expect(httpApi.throttled).toBeGreaterThan(httpApi.stageThrottled!)
    // The account admits 150 + 150 × t in all, whichever route the requests were on.
    expect(Math.abs(httpApi.served - admitted(150, 150, 600))).toBeLessThanOrEqual(1)
    const series = result.apis[0]!
    expect(series.stageThrottled.reduce((a, b) => a + b, 0)).toBe(httpApi.stageThrottled)
  })
})

describe('throttles the design cannot take', () => {
  const refused = (apis: unknown, traffic: unknown[] = []) => {
    const result = simulate(model(), scenario({ traffic, apis }), { price: false })
    return result.ok ? 'ran' : result.error
  }

  it('refuses a route the API lacks, naming the field, as an unknown traffic route is', () => {
    expect(refused({ httpApi: { routes: { 'GET /z': { rps: 1 } } } })).toBe(
      'apis.httpApi.routes["GET /z"]: httpApi has no route "GET /z" (its routes: GET /a, GET /b, GET /c)',
    )
    expect(
      refused({}, [{ target: 'httpApi', route: 'GET /z', pattern: { type: 'constant', rps: 1 } }]),
    ).toMatch(/^traffic\[0\]\.route: httpApi has no route "GET \/z"/)
  })

  it('refuses an API the design lacks, and one route named twice', () => {
    expect(refused({ restApi: { rps: 1 } })).toBe(
      'apis.restApi: the design has no resource "restApi"',
    )
    expect(refused({ httpApi: { routes: { 'GET /a': {}, 'get a': { rps: 1 } } } })).toBe(
      'apis.httpApi.routes["get a"]: names the same route as "GET /a"',
    )
  })

  it('takes a route in the spelling traffic takes', () => {
    expect(refused({ httpApi: { routes: { 'get  /a/': { rps: 1 } } } })).toBe('ran')
  })
})
