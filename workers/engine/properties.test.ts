import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type {
  ApiRoute,
  Edge,
  Resource,
  ResourceId,
  ServiceModel,
  TriggerEdge,
} from '../../src/model/types'
import { resultToJson, type SimulationResult } from './result'
import { createSimulation, simulate } from './run'
import { design, fn, scenario } from './testModels'

/**
 * Invariants over random designs and scenarios: every request is accounted for (served,
 * throttled or still in flight) at every layer, the series add up to the totals, and a run is a
 * pure function of its inputs, however it is sliced.
 */

const id = (text: string) => text as ResourceId

/** A number in [min, max] in steps of 0.1 (fc.double favours tiny values, which send no traffic). */
const tenths = (min: number, max: number) =>
  fc.integer({ min: min * 10, max: max * 10 }).map((n) => n / 10)

const patternArbitrary = fc.oneof(
  fc.record({ type: fc.constant('constant'), rps: tenths(0, 80) }),
  fc.record({
    type: fc.constant('ramp'),
    fromRps: tenths(0, 80),
    toRps: tenths(0, 80),
  }),
  fc.record({
    type: fc.constant('spike'),
    baseRps: tenths(0, 20),
    peakRps: tenths(0, 400),
    atS: tenths(0, 100),
    forS: tenths(1, 30),
  }),
  fc.record({
    type: fc.constant('series'),
    stepS: tenths(1, 30),
    rps: fc.array(tenths(0, 60), { minLength: 1, maxLength: 5 }),
  }),
)

/** A stage or route throttle, either part possibly left to the level above. */
const throttleArbitrary = fc.record(
  { rps: tenths(0, 50), burst: fc.integer({ min: 0, max: 50 }) },
  { requiredKeys: [] },
)

interface Generated {
  readonly model: ServiceModel
  readonly raw: Record<string, unknown>
}

const designArbitrary: fc.Arbitrary<Generated> = fc
  .record({
    functions: fc.array(
      fc.record({
        reserved: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
        provisioned: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
        timeout: fc.integer({ min: 1, max: 30 }),
        dist: fc.constantFrom('constant', 'exponential', 'lognormal'),
        meanMs: fc.integer({ min: 1, max: 3000 }),
        keepAliveS: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
        routing: fc.constantFrom('newest', 'oldest', 'random'),
        maxConcurrency: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    tableProvisioned: fc.boolean(),
    tableCapacity: fc.integer({ min: 1, max: 50 }),
    zipf: fc.option(fc.double({ min: 0.5, max: 2, noNaN: true }), { nil: undefined }),
    access: fc.array(
      fc.record({
        from: fc.nat(3),
        to: fc.constantFrom('table:T', 'queue:Q', 'topic:N', 'bucket:B'),
        reads: tenths(0, 3),
        writes: tenths(0, 3),
        consistency: fc.constantFrom('eventual', 'strong', 'transactional'),
      }),
      { maxLength: 5 },
    ),
    queueConsumer: fc.option(fc.nat(3), { nil: undefined }),
    batchSize: fc.integer({ min: 1, max: 20 }),
    topicSubscriber: fc.option(fc.nat(3), { nil: undefined }),
    bucketSubscriber: fc.option(fc.nat(3), { nil: undefined }),
    streamConsumer: fc.option(fc.nat(3), { nil: undefined }),
    traffic: fc.array(
      fc.record({
        target: fc.constantFrom('httpApi', 'function', 'queue:Q', 'topic:N', 'bucket:B'),
        fn: fc.nat(3),
        pattern: patternArbitrary,
        arrivals: fc.constantFrom('poisson', 'uniform'),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    durationS: fc.integer({ min: 10, max: 240 }),
    warmup: fc.double({ min: 0, max: 0.5, noNaN: true }),
    seed: fc.nat(1000),
    concurrencyLimit: fc.integer({ min: 1, max: 200 }),
    scalingModel: fc.constantFrom('current', 'legacy'),
    apiGatewayRps: fc.integer({ min: 1, max: 500 }),
    stageThrottle: fc.option(throttleArbitrary, { nil: undefined }),
    routeThrottles: fc.array(fc.option(throttleArbitrary, { nil: undefined }), { maxLength: 4 }),
  })
  .map((g) => {
    const n = g.functions.length
    const name = (i: number) => `f${i % n}`
    const functions = g.functions.map((f, i) =>
      fn(name(i), {
        timeout: f.timeout,
        ...(f.reserved !== undefined && { reservedConcurrency: f.reserved }),
        ...(f.provisioned !== undefined && { provisionedConcurrency: f.provisioned }),
      }),
    )
    const routes: ApiRoute[] = functions.map((f, i) => ({
      method: 'GET',
      path: `/r${i}`,
      functionId: f.id,
      eventIndex: 0,
    }))
    const resources: Resource[] = [
      ...functions,
      { id: id('httpApi'), kind: 'httpApi', name: 'httpApi', origin: 'implicit', routes },
      {
        id: id('table:T'),
        kind: 'table',
        name: 'T',
        origin: 'resources',
        billingMode: g.tableProvisioned ? 'PROVISIONED' : 'PAY_PER_REQUEST',
        rcu: g.tableCapacity,
        wcu: g.tableCapacity,
        keys: {},
        gsis: [],
        lsis: [],
        ...(g.streamConsumer !== undefined && { stream: 'NEW_IMAGE' }),
      },
      { id: id('queue:Q'), kind: 'queue', name: 'Q', origin: 'resources', fifo: false },
      { id: id('topic:N'), kind: 'topic', name: 'N', origin: 'resources' },
      { id: id('bucket:B'), kind: 'bucket', name: 'B', origin: 'resources' },
    ]
    const trigger = (
      from: string,
      to: number | undefined,
      event: TriggerEdge['event'],
      mode: 'async' | 'poll',
    ): Edge[] =>
      to === undefined
        ? []
        : [
            {
              kind: 'trigger',
              from: id(from),
              to: id(`function:${name(to)}`),
              event,
              mode,
              eventIndex: 1,
              ...(mode === 'poll' && { batchSize: g.batchSize }),
            },
          ]
    const edges: Edge[] = [
      ...trigger('queue:Q', g.queueConsumer, 'sqs', 'poll'),
      ...trigger('topic:N', g.topicSubscriber, 'sns', 'async'),
      ...trigger('bucket:B', g.bucketSubscriber, 's3', 'async'),
      ...trigger('table:T', g.streamConsumer, 'stream', 'poll'),
    ]
    const access = g.access
      .map((a) => ({
        from: `function:${name(a.from)}`,
        to: a.to,
        ...(a.to !== 'topic:N' && { readsPerInvocation: a.reads }),
        writesPerInvocation: a.writes,
        consistency: a.consistency,
      }))
      .filter((a, i, all) => all.findIndex((b) => b.from === a.from && b.to === a.to) === i)
    const raw = {
      seed: g.seed,
      durationS: g.durationS,
      warmupS: Math.floor(g.durationS * g.warmup),
      traffic: g.traffic.map((t) => ({
        target: t.target === 'function' ? `function:${name(t.fn)}` : t.target,
        pattern: t.pattern,
        arrivals: t.arrivals,
      })),
      functions: Object.fromEntries(
        g.functions.map((f, i) => [
          `function:${name(i)}`,
          {
            durationMs: { dist: f.dist, mean: f.meanMs },
            ...(f.keepAliveS !== undefined && { keepAliveS: f.keepAliveS }),
            ...(f.maxConcurrency !== undefined && { maxConcurrency: f.maxConcurrency }),
            routing: f.routing,
          },
        ]),
      ),
      tables: { 'table:T': g.zipf === undefined ? {} : { keyDistribution: { zipf: g.zipf } } },
      access,
      account: {
        concurrencyLimit: g.concurrencyLimit,
        scalingModel: g.scalingModel,
        apiGatewayRps: g.apiGatewayRps,
        apiGatewayBurst: g.apiGatewayRps,
      },
      ...apiThrottles(g.stageThrottle, g.routeThrottles.slice(0, n)),
    }
    return { model: design(resources, edges), raw }
  })

type Limits = { rps?: number; burst?: number }

/** `apis.httpApi`: the stage's default and the routes' own limits, when any is given. */
function apiThrottles(stage: Limits | undefined, routes: readonly (Limits | undefined)[]) {
  const own = routes.flatMap((limits, i) => (limits === undefined ? [] : [[`GET /r${i}`, limits]]))
  if (stage === undefined && own.length === 0) return {}
  return { apis: { httpApi: { ...stage, routes: Object.fromEntries(own) } } }
}

function runOf({ model, raw }: Generated, price = false): SimulationResult {
  const result = simulate(model, scenario(raw), { price })
  if (!result.ok) throw new Error(result.error)
  return result.value
}

const total = (values: Float64Array) => values.reduce((a, b) => a + b, 0)

describe('conservation in every run', () => {
  it('arrivals = served + throttled + in flight, at every function, API and queue; series add up', () => {
    fc.assert(
      fc.property(designArbitrary, (generated) => {
        const result = runOf(generated)
        const c = result.conservation
        expect(c.sources.reduce((n, s) => n + s.arrivals, 0)).toBe(result.arrivals)
        for (const f of Object.values(c.functions)) {
          expect(f.attempts).toBe(f.started + f.throttled)
          expect(f.started).toBe(f.completed + f.running)
          expect(f.events).toBe(f.succeeded + f.deadLettered + f.pending)
        }
        for (const a of Object.values(c.apis)) {
          expect(a.offered).toBe(a.served + a.throttled)
          expect(a.stageThrottled).toBeGreaterThanOrEqual(0)
          expect(a.stageThrottled).toBeLessThanOrEqual(a.throttled)
        }
        result.apis.forEach((series) => {
          const a = c.apis[series.id]!
          expect(total(series.offered)).toBe(a.offered)
          expect(total(series.throttled)).toBe(a.throttled)
          expect(total(series.stageThrottled)).toBe(a.stageThrottled)
        })
        for (const q of Object.values(c.queues)) {
          expect(q.arrivals).toBe(q.processed + q.deadLettered + q.waiting + q.inFlight)
        }
        // Bucket by bucket, the series add up to the run's totals.
        result.functions.forEach((series) => {
          const f = c.functions[series.id]!
          expect(total(series.offered)).toBe(f.attempts)
          expect(total(series.served)).toBe(f.started)
          expect(total(series.throttled)).toBe(f.throttled)
          series.busy.forEach((busy, b) => {
            expect(busy).toBeLessThanOrEqual(series.peakConcurrency[b]! + 1e-9)
            expect(busy).toBeGreaterThanOrEqual(-1e-9)
          })
        })
        expect(total(result.layers.lambda.offered)).toBe(
          Object.values(c.functions).reduce((n, f) => n + f.attempts, 0),
        )
        expect(result.settings.buckets).toBe(result.time.length)
      }),
      { numRuns: 40 },
    )
  })

  it('never counts more served than offered, nor a negative latency, and stays within limits', () => {
    fc.assert(
      fc.property(designArbitrary, (generated) => {
        const result = runOf(generated)
        for (const [fnId, f] of Object.entries(result.summary.functions)) {
          expect(f.coldStarts).toBeLessThanOrEqual(f.invocations)
          expect(f.avgInstances).toBeGreaterThanOrEqual(f.avgBusy - 1e-9)
          if (f.invocations > 0) expect(f.latencyMs.p50).toBeGreaterThanOrEqual(0)
          const limit = (generated.raw.account as { concurrencyLimit: number }).concurrencyLimit
          const reserved = generated.model.resources.find((r) => r.id === fnId)
          const cap =
            reserved?.kind === 'function' && reserved.reservedConcurrency !== undefined
              ? reserved.reservedConcurrency
              : limit + (reserved?.kind === 'function' ? (reserved.provisionedConcurrency ?? 0) : 0)
          expect(f.peakConcurrency).toBeLessThanOrEqual(Math.max(cap, 0))
        }
        for (const table of result.tables) {
          table.consumedRcu.forEach((rcu) => expect(rcu).toBeLessThanOrEqual(3000 + 1e-6))
          table.consumedWcu.forEach((wcu) => expect(wcu).toBeLessThanOrEqual(1000 + 1e-6))
        }
      }),
      { numRuns: 30 },
    )
  })
})

describe('a run is a pure function of its inputs', () => {
  it('the same seed gives the same result, however the run is sliced', () => {
    fc.assert(
      fc.property(designArbitrary, fc.integer({ min: 1, max: 5000 }), (generated, slice) => {
        const whole = JSON.stringify(resultToJson(runOf(generated)))
        expect(JSON.stringify(resultToJson(runOf(generated)))).toBe(whole)
        const created = createSimulation(generated.model, scenario(generated.raw), { price: false })
        if (!created.ok) throw new Error(created.error)
        let slices = 0
        while (!created.value.run(slice)) slices++
        expect(created.value.progress()).toBe(1)
        expect(JSON.stringify(resultToJson(created.value.result()))).toBe(whole)
        expect(slices).toBeGreaterThanOrEqual(Math.floor(created.value.result().events / slice) - 1)
      }),
      { numRuns: 15 },
    )
  })

  it('another seed gives other traffic', () => {
    const generated = fc.sample(designArbitrary, { numRuns: 1, seed: 7 })[0]!
    const busy: Generated = {
      ...generated,
      raw: {
        ...generated.raw,
        traffic: [{ target: 'httpApi', pattern: { type: 'constant', rps: 50 } }],
      },
    }
    const a = runOf(busy)
    const b = runOf({ ...busy, raw: { ...busy.raw, seed: (busy.raw.seed as number) + 1 } })
    expect(a.arrivals).not.toBe(b.arrivals)
  })
})
