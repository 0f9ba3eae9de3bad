import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ServiceModel } from '../../src/model/types'
import { parse } from '../../src/serverless'
import { resultToJson, resultTransferables } from './result'
import { createSimulation, simulate } from './run'
import { design, fn, oneFunction, run, scenario } from './testModels'

const examples = path.resolve(import.meta.dirname, '../../public/examples')
const example = (name: string): ServiceModel =>
  parse(readFileSync(path.join(examples, `${name}.yml`), 'utf8')).model
const sum = (values: Float64Array) => values.reduce((a, b) => a + b, 0)

describe('simulate on the examples', () => {
  it('rest-api-dynamodb: requests split over the routes, reads and writes reach the table', () => {
    const result = run(example('rest-api-dynamodb'), {
      durationS: 600,
      traffic: [{ target: 'restApi', pattern: { type: 'constant', rps: 50 } }],
    })
    const functions = Object.values(result.summary.functions)
    expect(functions).toHaveLength(5)
    const total = functions.reduce((n, f) => n + f.invocations, 0)
    expect(total).toBe(result.summary.apis['restApi']!.served)
    for (const f of functions) expect(f.invocations / total).toBeCloseTo(0.2, 1)
    const table = result.summary.tables['table:UsersTable']!
    // GETs read, POST/PUT/DELETE write (the cost flow's rule); eventual 1 KB reads are ½ unit.
    expect(table.consumedRcu).toBe(table.reads / 2)
    expect(table.consumedWcu).toBe(table.writes)
    expect(table.throttledReads + table.throttledWrites).toBe(0)
    // Latency = 20 ms REST overhead + 100 ms run (+ 140 ms on the few cold starts).
    expect(functions[0]!.latencyMs.p50).toBe(120)
    expect(result.tables[0]!.partitions).toBe(4)
    expect(result.tables[0]!.consumedRcu).toHaveLength(result.settings.buckets * 4)
  })

  it('sqs-worker-dlq: messages go through in batches of 25, at most 10 at once (reserved)', () => {
    const result = run(example('sqs-worker-dlq'), {
      durationS: 600,
      traffic: [{ target: 'queue:OrdersQueue', pattern: { type: 'constant', rps: 100 } }],
      functions: { 'function:processOrders': { durationMs: { mean: 2000 } } },
    })
    const worker = result.summary.functions['function:processOrders']!
    expect(worker.peakConcurrency).toBeLessThanOrEqual(10)
    const queue = result.conservation.queues['queue:OrdersQueue']!
    expect(queue.processed).toBeGreaterThan(0.95 * queue.arrivals)
    // Average batch: at 100 messages a second and 5–10 pollers busy 2 s, batches fill up.
    expect(queue.processed / worker.invocations).toBeGreaterThan(15)
    expect(result.queues.find((q) => q.id === 'queue:OrdersQueue')!.kind).toBe('queue')
  })

  it('sns-fan-out: every subscriber is invoked asynchronously for every publish', () => {
    const result = run(example('sns-fan-out'), {
      durationS: 300,
      traffic: [{ target: 'topic:OrderEventsTopic', pattern: { type: 'constant', rps: 5 } }],
    })
    const c = result.conservation.functions
    const publishes = result.conservation.sources[0]!.arrivals
    for (const name of ['sendReceipt', 'notifyWarehouse', 'auditLog']) {
      expect(c[`function:${name}`]!.events).toBe(publishes)
    }
    expect(c['function:placeOrder']!.attempts).toBe(0)
  })

  it('async events: a throttled event is retried for up to 6 hours, then dead-lettered', () => {
    const model = example('sns-fan-out')
    const throttled: ServiceModel = {
      ...model,
      resources: model.resources.map((r) =>
        r.id === 'function:sendReceipt' ? { ...r, reservedConcurrency: 0 } : r,
      ),
    }
    const result = run(throttled, {
      durationS: 8 * 3600,
      traffic: [
        {
          target: 'topic:OrderEventsTopic',
          pattern: { type: 'spike', baseRps: 0, peakRps: 1, atS: 0, forS: 1 },
          arrivals: 'uniform',
        },
      ],
    })
    const receipts = result.conservation.functions['function:sendReceipt']!
    expect(receipts.events).toBe(1)
    expect(receipts.deadLettered).toBe(1)
    expect(receipts.started).toBe(0)
    // 1, 2, 4 ... 256 s, then every 5 minutes until the event is 6 hours old: 80 attempts.
    expect(receipts.attempts).toBe(80)
    // onError sends it to the dead-letter queue.
    expect(result.conservation.queues['queue:ReceiptsDeadLetterQueue']!.arrivals).toBe(1)
    expect(result.conservation.functions['function:auditLog']!.deadLettered).toBe(0)
  })

  it('async events: a failed run is retried twice, a minute and two minutes later', () => {
    const model = design(
      [
        fn('worker', { timeout: 1 }),
        { id: 'bucket:B' as never, kind: 'bucket', name: 'B', origin: 'resources' },
      ],
      [
        {
          kind: 'trigger',
          from: 'bucket:B' as never,
          to: 'function:worker' as never,
          event: 's3',
          mode: 'async',
          eventIndex: 0,
        },
      ],
    )
    const result = run(model, {
      durationS: 600,
      traffic: [
        { target: 'bucket:B', pattern: { type: 'constant', rps: 0.01 }, arrivals: 'uniform' },
      ],
      functions: { 'function:worker': { durationMs: { mean: 5000 } } },
    })
    const worker = result.conservation.functions['function:worker']!
    // Uploads at 50, 150 ... 550 s; each run fails after 1 s, and is tried again 60 s, then
    // 120 s after that: the first four get their three tries within the 600 s, the others fewer.
    expect(worker.events).toBe(6)
    expect(worker.started).toBe(4 * 3 + 2 + 1)
    expect(result.summary.functions['function:worker']!.timedOut).toBe(worker.started)
    expect(worker.deadLettered).toBe(4)
    expect(worker.pending).toBe(2)
  })

  it('dynamodb-stream: every write becomes a stream record the aggregator reads in batches', () => {
    const result = run(example('dynamodb-stream'), {
      durationS: 600,
      traffic: [{ target: 'httpApi', pattern: { type: 'constant', rps: 20 } }],
    })
    const stream = Object.entries(result.conservation.queues).find(([id]) =>
      id.includes('#stream'),
    )!
    const writes = result.summary.tables['table:OrdersTable']!.writes
    expect(stream[1].arrivals).toBe(writes)
    const aggregator = result.summary.functions['function:aggregateOrders']!
    expect(aggregator.invocations).toBeGreaterThan(0)
    expect(aggregator.invocations).toBeLessThan(writes)
  })

  it('s3-upload-processing: a function writing back to its own bucket goes round once', () => {
    const result = run(example('s3-upload-processing'), {
      durationS: 300,
      traffic: [
        { target: 'bucket:thumbnails-dev-uploads-acme', pattern: { type: 'constant', rps: 2 } },
      ],
      access: [
        {
          from: 'function:makeThumbnail',
          to: 'bucket:thumbnails-dev-uploads-acme',
          readsPerInvocation: 1,
          writesPerInvocation: 1,
        },
      ],
    })
    const thumbnails = result.conservation.functions['function:makeThumbnail']!
    expect(thumbnails.events).toBe(result.arrivals)
    expect(result.notes.join(' ')).toContain('Loop cut')
  })

  it('scheduled-job: schedules fire at their own rate without traffic', () => {
    const result = run(example('scheduled-job'), { durationS: 3600, traffic: [] })
    // rate(15 minutes): 4 firings in an hour.
    expect(result.conservation.functions['function:collectMetrics']!.events).toBe(4)
  })

  it('websocket-chat: a connection invokes $connect, its messages and $disconnect', () => {
    const result = run(example('websocket-chat'), {
      durationS: 300,
      traffic: [
        {
          target: 'websocketApi',
          route: 'sendMessage',
          messagesPerConnection: 3,
          pattern: { type: 'constant', rps: 2 },
          arrivals: 'uniform',
        },
      ],
    })
    const invocations = (name: string) => result.summary.functions[`function:${name}`]!.invocations
    expect(invocations('connect')).toBe(600)
    expect(invocations('disconnect')).toBe(600)
    expect(invocations('sendMessage')).toBe(1800)
    expect(invocations('fallback')).toBe(0)
    expect(result.notes.join(' ')).toContain('WebSocket connection')
  })
})

describe('the run itself', () => {
  it('refuses a scenario that does not fit the design, naming the field', () => {
    const model = example('rest-api-dynamodb')
    const refuse = (raw: Record<string, unknown>) => {
      const result = simulate(model, scenario(raw))
      return result.ok ? 'accepted' : result.error
    }
    expect(
      refuse({ traffic: [{ target: 'queue:nope', pattern: { type: 'constant', rps: 1 } }] }),
    ).toBe('traffic[0].target: the design has no resource "queue:nope"')
    expect(
      refuse({
        traffic: [{ target: 'restApi', route: 'PATCH /x', pattern: { type: 'constant', rps: 1 } }],
      }),
    ).toContain('traffic[0].route: restApi has no route "PATCH /x"')
    expect(refuse({ traffic: [], functions: { 'function:nope': {} } })).toContain(
      'functions.function:nope',
    )
  })

  it('starts its statistics after the warm-up, its series from the start', () => {
    const whole = oneFunction(10, { durationMs: { mean: 100 } }, { durationS: 600 })
    const warm = oneFunction(10, { durationMs: { mean: 100 } }, { durationS: 600, warmupS: 300 })
    const all = whole.summary.functions['function:f']!
    const late = warm.summary.functions['function:f']!
    expect(warm.summary.windowS).toBe(300)
    expect(late.invocations).toBe(sum(warm.functions[0]!.served.subarray(300)))
    expect(late.invocations).toBeLessThan(all.invocations)
    expect(sum(warm.functions[0]!.served)).toBe(all.invocations)
    expect(late.coldStarts).toBeLessThan(all.coldStarts)
  })

  it('what-if runs on the same seed see the same traffic, request for request', () => {
    const traffic = [
      { target: 'restApi', pattern: { type: 'wave', meanRps: 40, amplitudeRps: 30, periodS: 300 } },
    ]
    const model = example('rest-api-dynamodb')
    const fast = run(model, { durationS: 600, traffic })
    const slow = run(model, {
      durationS: 600,
      traffic,
      functions: { 'function:getUser': { durationMs: { dist: 'exponential', mean: 900 } } },
      account: { concurrencyLimit: 20 },
    })
    expect(slow.arrivals).toBe(fast.arrivals)
    for (const [id, f] of Object.entries(fast.conservation.functions)) {
      expect(slow.conservation.functions[id]!.attempts).toBe(f.attempts)
    }
    expect(slow.summary.functions['function:getUser']!.throttled).toBeGreaterThan(0)
  })

  it('chooses buckets from the duration, or takes the option', () => {
    expect(oneFunction(1, {}, { durationS: 3600 }).settings.bucketS).toBe(10)
    expect(oneFunction(1, {}, { durationS: 30 * 86400 }).settings.bucketS).toBe(7200)
    const short = oneFunction(1, {}, { durationS: 100 }).settings
    expect(short).toMatchObject({ bucketS: 0.2, buckets: 500, complete: true, endS: 100 })
    const tiny = run(design([fn('f')]), { durationS: 3600, traffic: [] }, { bucketS: 1e-6 })
    expect(tiny.settings).toMatchObject({ bucketS: 0.036, buckets: 100_000 })
    const odd = run(design([fn('f')]), { durationS: 95, traffic: [] }, { bucketS: 10 })
    expect(odd.settings.buckets).toBe(10)
    expect([...odd.time]).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90])
  })

  it('runs in slices with progress, and stops early with what it has', () => {
    const created = createSimulation(
      design([fn('f')]),
      scenario({
        durationS: 1000,
        traffic: [{ target: 'function:f', pattern: { type: 'constant', rps: 100 } }],
      }),
      { price: false },
    )
    if (!created.ok) throw new Error(created.error)
    const simulation = created.value
    expect(simulation.progress()).toBe(0)
    expect(simulation.run(20_000)).toBe(false)
    const progress = simulation.progress()
    expect(progress).toBeGreaterThan(0.05)
    expect(progress).toBeLessThan(0.2)
    const partial = simulation.result()
    expect(partial.settings.complete).toBe(false)
    expect(partial.settings.endS).toBeCloseTo(progress * 1000, 6)
    // Buckets of 2 s; the last one is closed where the run stopped.
    expect(partial.settings.buckets).toBe(Math.ceil(partial.settings.endS / 2))
    expect(simulation.run(1)).toBe(true)
    expect(simulation.progress()).toBe(1)
  })

  it('is JSON-serialisable, and lists every series buffer for transfer', () => {
    const result = run(
      example('rest-api-dynamodb'),
      { durationS: 120, traffic: [{ target: 'restApi', pattern: { type: 'constant', rps: 5 } }] },
      { price: true },
    )
    const json = JSON.parse(JSON.stringify(resultToJson(result)))
    expect(Array.isArray(json.time)).toBe(true)
    expect(json.functions[0].served).toHaveLength(result.settings.buckets)
    expect(typeof json.summary.cost).toBe('number')
    const buffers = resultTransferables(result)
    expect(buffers).toContain(result.time.buffer)
    expect(buffers).toContain(result.functions[4]!.latencyP99.buffer)
    expect(buffers).toContain(result.cost!.accrued.buffer)
    expect(new Set(buffers).size).toBe(buffers.length)
  })
})
