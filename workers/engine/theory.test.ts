import { describe, expect, it } from 'vitest'
import { AWS_MEASUREMENTS, SIMFAAS_RUNS, SIMFAAS_VS_AWS, type SimfaasRun } from './simfaasPublished'
import { design, fn, oneFunction, run } from './testModels'
import { erlangB } from './theory'

/**
 * The engine against closed forms and published results (simulation-facts.md §4). Every run is
 * seeded, so these are exact regression checks too; the tolerances are set from the statistics'
 * own noise, as each test explains, never tuned to one seed.
 */

const summaryOf = (result: ReturnType<typeof oneFunction>) =>
  result.summary.functions['function:f']!
const relative = (actual: number, expected: number) => Math.abs(actual - expected) / expected

describe('Little’s law: mean busy environments = arrival rate × mean duration', () => {
  // The time average of a Poisson(A) count over T has a relative standard error of about
  // √(2·E[S] / (A·T)): 0.2 % here, so 2 % is ten standard errors.
  it.each([
    ['exponential', { dist: 'exponential', mean: 500 }],
    ['lognormal', { dist: 'lognormal', mean: 500, p99: 3000 }],
    ['constant', { dist: 'constant', mean: 500 }],
  ])('within 2 %, %s durations', (_name, durationMs) => {
    const f = summaryOf(
      oneFunction(200, { durationMs, coldStartMs: 0 }, { durationS: 3600, warmupS: 10 }),
    )
    expect(relative(f.avgBusy, 200 * 0.5)).toBeLessThan(0.02)
  })

  it('within 2 % for every function of a design, through an API, with cold starts counted in', () => {
    const model = design([fn('a'), fn('b')])
    const result = run(
      {
        ...model,
        resources: [
          ...model.resources,
          {
            id: 'httpApi' as never,
            kind: 'httpApi',
            name: 'httpApi',
            origin: 'implicit',
            routes: [
              { method: 'GET', path: '/a', functionId: 'function:a' as never, eventIndex: 0 },
              { method: 'GET', path: '/b', functionId: 'function:b' as never, eventIndex: 0 },
            ],
          },
        ],
      },
      {
        durationS: 3600,
        warmupS: 60,
        traffic: [{ target: 'httpApi', pattern: { type: 'constant', rps: 300 } }],
        functions: {
          'function:a': { durationMs: { dist: 'exponential', mean: 200 }, coldStartMs: 300 },
          'function:b': { durationMs: { dist: 'exponential', mean: 800 }, coldStartMs: 300 },
        },
      },
    )
    for (const [name, meanS] of [
      ['a', 0.2],
      ['b', 0.8],
    ] as const) {
      const f = result.summary.functions[`function:${name}`]!
      const rate = f.invocations / result.summary.windowS
      // Busy time per invocation: the mean run, plus the init of the cold ones.
      const perInvocation = meanS + f.coldStartProbability * 0.3
      expect(relative(f.avgBusy, rate * perInvocation)).toBeLessThan(0.02)
      expect(relative(rate, 150)).toBeLessThan(0.02)
    }
  })
})

describe('Erlang B: the throttled share with a concurrency limit and nothing queued', () => {
  // 2 million arrivals each: the blocking estimate's relative standard error is well under
  // 1 % (seeds 1–4 fall within ±1 %), so 2 % holds with room. Erlang B is insensitive to the
  // duration's distribution, which the lognormal and constant cases check.
  it.each([
    [10, 8, 'exponential'],
    [50, 50, 'lognormal'],
    [20, 18, 'constant'],
    [5, 2, 'exponential'],
  ] as const)('c = %i, load %i erlangs, %s durations: within 2 % relative', (c, load, dist) => {
    const durationMs = { dist, mean: 1000, ...(dist === 'lognormal' && { p99: 5000 }) }
    const f = summaryOf(
      oneFunction(
        load,
        { durationMs, coldStartMs: 0, maxConcurrency: c },
        {
          durationS: 2e6 / load,
          warmupS: 20,
        },
      ),
    )
    const expected = erlangB(load, c)
    expect(expected).toBeGreaterThan(0.01)
    expect(relative(f.throttleProbability, expected)).toBeLessThan(0.02)
  })

  it('the recursion matches known values and stays finite at large loads', () => {
    expect(erlangB(2, 5)).toBeCloseTo(0.0367, 4)
    expect(erlangB(8, 10)).toBeCloseTo(0.1217, 4)
    expect(erlangB(2016, 1000)).toBeCloseTo(0.504, 3)
    expect(erlangB(1e6, 100_000)).toBeCloseTo(0.9, 3)
    expect(erlangB(5, 0)).toBe(1)
  })
})

describe('API Gateway’s token bucket admits exactly rate × time + burst', () => {
  const api = () =>
    design(
      [
        fn('a'),
        {
          id: 'restApi' as never,
          kind: 'restApi',
          name: 'restApi',
          origin: 'implicit',
          routes: [{ method: 'GET', path: '/a', functionId: 'function:a' as never, eventIndex: 0 }],
        },
      ],
      [],
    )
  it.each([
    [100, 50, 300, 10],
    [10_000, 5000, 30_000, 5],
  ])('%i rps with a burst of %i, offered %i rps for %i s', (rate, burst, offered, seconds) => {
    const result = run(api(), {
      durationS: seconds,
      traffic: [
        { target: 'restApi', pattern: { type: 'constant', rps: offered }, arrivals: 'uniform' },
      ],
      account: { apiGatewayRps: rate, apiGatewayBurst: burst, concurrencyLimit: 100_000 },
      functions: { 'function:a': { durationMs: { mean: 1 }, coldStartMs: 0 } },
    })
    const restApi = result.summary.apis['restApi']!
    expect(restApi.offered).toBe(offered * seconds)
    // The bucket starts full; the last arrival is half a spacing before the end.
    const admitted = burst + rate * (seconds - 0.5 / offered)
    expect(Math.abs(restApi.served - admitted)).toBeLessThanOrEqual(1)
    expect(restApi.throttled).toBe(restApi.offered - restApi.served)
  })
})

describe('SimFaaS: cold-start probability and instance counts under its semantics', () => {
  // SimFaaS's semantics: Poisson arrivals, exponential warm service, a cold request taking
  // (cold − warm) longer on average, a fixed expiration, newest-first routing, statistics after
  // a warm-up of 2 × the expiration. Tolerances:
  // - cold-start probability: both results count rare events (a few hundred to a few thousand
  //   cold starts), so three standard deviations of the two Poisson counts combined,
  //   3·√(1/k_SimFaaS + 1/k_ours) — 7 % to 25 % relative;
  // - mean instances and idle: 2 % for runs of 10^6 s, where SimFaaS's own two runs of the same
  //   inputs differ by 0.4 %; 5 % for runs of 10^5 s, whose time averages span ten times fewer
  //   expiration periods (the engine's seeds 1–5 spread over 7.67–7.91 instances against
  //   SimFaaS's 7.68, and SimFaaS's single run carries the same noise);
  // - mean busy: 2 %, Little's law holding far more tightly than the instance count.
  const distinct = new Map<string, SimfaasRun[]>()
  for (const published of SIMFAAS_RUNS) {
    const key = JSON.stringify([
      published.arrivalRate,
      published.warmMeanS,
      published.coldMeanS,
      published.expirationS,
      published.maxTimeS,
    ])
    distinct.set(key, [...(distinct.get(key) ?? []), published])
  }
  it.each(
    [...distinct.values()].map(
      (runs) =>
        [
          `${runs.map((r) => r.source).join('; ')}: λ ${runs[0]!.arrivalRate}/s, expiration ${runs[0]!.expirationS} s`,
          runs,
        ] as const,
    ),
  )('%s', (_source, runs) => {
    const inputs = runs[0]!
    const f = summaryOf(
      oneFunction(
        inputs.arrivalRate,
        {
          durationMs: { dist: 'exponential', mean: inputs.warmMeanS * 1000 },
          coldStartMs: (inputs.coldMeanS - inputs.warmMeanS) * 1000,
          keepAliveS: inputs.expirationS,
          maxConcurrency: inputs.maxConcurrency,
        },
        {
          durationS: inputs.maxTimeS,
          warmupS: Math.min(2 * inputs.expirationS, inputs.maxTimeS / 10),
          account: { concurrencyLimit: inputs.maxConcurrency },
        },
      ),
    )
    // SimFaaS divides by every request, rejected ones included.
    const attempts = f.invocations + f.throttled
    const probCold = f.coldStarts / attempts
    for (const published of runs) {
      const theirs =
        published.coldStarts ?? published.probCold * published.arrivalRate * published.maxTimeS
      const publishedProb =
        published.coldStarts !== undefined && published.totalRequests !== undefined
          ? published.coldStarts / published.totalRequests
          : published.probCold
      const tolerance = 3 * Math.sqrt(1 / theirs + 1 / Math.max(1, f.coldStarts))
      expect(relative(probCold, publishedProb)).toBeLessThan(tolerance)
      const instanceTolerance = published.maxTimeS >= 1e6 ? 0.02 : 0.05
      expect(relative(f.avgInstances, published.instances)).toBeLessThan(instanceTolerance)
      expect(relative(f.avgBusy, published.running)).toBeLessThan(0.02)
      expect(Math.abs(f.avgIdle - published.idle) / published.instances).toBeLessThan(
        instanceTolerance,
      )
      if (published.probReject !== undefined && published.probReject > 0) {
        expect(relative(f.throttled / attempts, published.probReject)).toBeLessThan(0.02)
      }
    }
  })
})

describe('SimFaaS against real AWS Lambda measurements (exp.csv)', () => {
  // SimFaaS's authors report, over the 20 experiments, a mean absolute percentage error of
  // 12.23 % on the cold-start probability and 3.05 % on the mean instance count. The engine,
  // run the same way, lands as close: its own MAPE varies with the seed (seeds 1–5: 11.5–13.8 %
  // and 3.03–3.32 %), so it must be within SimFaaS's figure plus twice that spread.
  it('matches the measurements as closely as SimFaaS does', () => {
    let cold = 0
    let instances = 0
    for (const row of AWS_MEASUREMENTS) {
      const f = summaryOf(
        oneFunction(
          row.arrivalRate,
          {
            durationMs: { dist: 'exponential', mean: SIMFAAS_VS_AWS.warmMeanMs },
            coldStartMs: SIMFAAS_VS_AWS.coldMeanMs - SIMFAAS_VS_AWS.warmMeanMs,
            keepAliveS: SIMFAAS_VS_AWS.expirationS,
          },
          { durationS: SIMFAAS_VS_AWS.maxTimeS, warmupS: 2 * SIMFAAS_VS_AWS.expirationS },
        ),
      )
      cold += relative(f.coldStartProbability, row.coldStartProbability)
      instances += relative(f.avgInstances, row.instances)
    }
    const n = AWS_MEASUREMENTS.length
    expect(cold / n).toBeLessThan(SIMFAAS_VS_AWS.coldStartMape + 0.025)
    expect(instances / n).toBeLessThan(SIMFAAS_VS_AWS.instancesMape + 0.005)
  })
})
