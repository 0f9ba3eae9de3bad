import { describe, expect, it } from 'vitest'
import { design, fn, oneFunction, run } from './testModels'

/** Long runs never finish inside these tests, so concurrency only grows. */
const long = { durationMs: { mean: 1_000_000 }, coldStartMs: 0 }

describe('Lambda scaling, limits and environments', () => {
  it('current rule: 1,000 new environments at once, then 100 a second (simulation-facts.md §3.1.2)', () => {
    const result = oneFunction(3000, long, {
      durationS: 20,
      traffic: [
        { target: 'function:f', pattern: { type: 'constant', rps: 3000 }, arrivals: 'uniform' },
      ],
      account: { concurrencyLimit: 100_000 },
    })
    const f = result.summary.functions['function:f']!
    // 3,000 arrive each second; 1,000 + 100 × 20 environments may start.
    expect(f.invocations).toBeGreaterThanOrEqual(2999)
    expect(f.invocations).toBeLessThanOrEqual(3000)
    expect(f.throttled).toBe(60_000 - f.invocations)
    expect(f.coldStarts).toBe(f.invocations)
  })

  it('legacy rule: 10,000 requests at once get a burst of 3,000 in us-east-1, 7,000 are throttled (AWS Operator Guide)', () => {
    const result = oneFunction(0, long, {
      durationS: 1,
      traffic: [
        {
          target: 'function:f',
          pattern: { type: 'spike', baseRps: 0, peakRps: 100_000, atS: 0.5, forS: 0.1 },
          arrivals: 'uniform',
        },
      ],
      account: { concurrencyLimit: 100_000, scalingModel: 'legacy' },
    })
    const f = result.summary.functions['function:f']!
    expect(f.invocations + f.throttled).toBe(10_000)
    expect(f.invocations).toBe(3000)
  })

  it('reserved concurrency caps a function; the account limit caps the others together', () => {
    const model = design([fn('a', { reservedConcurrency: 5 }), fn('b'), fn('c')])
    const traffic = ['a', 'b', 'c'].map((name) => ({
      target: `function:${name}`,
      pattern: { type: 'constant', rps: 10 },
    }))
    const result = run(model, {
      durationS: 30,
      traffic,
      account: { concurrencyLimit: 25 },
      functions: Object.fromEntries(['a', 'b', 'c'].map((n) => [`function:${n}`, long])),
    })
    const peak = (name: string) => result.summary.functions[`function:${name}`]!.peakConcurrency
    expect(peak('a')).toBe(5)
    // 25 less the 5 reserved are shared by b and c.
    expect(peak('b') + peak('c')).toBe(20)
    expect(result.notes.join(' ')).toContain('fewer than 100')
  })

  it('maxConcurrency from the scenario caps a function too', () => {
    const result = oneFunction(50, { ...long, maxConcurrency: 7 }, { durationS: 10 })
    expect(result.summary.functions['function:f']!.peakConcurrency).toBe(7)
    expect(result.summary.functions['function:f']!.invocations).toBe(7)
  })

  it('provisioned environments serve without cold starts; traffic beyond them spills over', () => {
    const quiet = oneFunction(
      1,
      { durationMs: { mean: 1000 } },
      {
        durationS: 600,
        traffic: [
          { target: 'function:f', pattern: { type: 'constant', rps: 1 }, arrivals: 'uniform' },
        ],
      },
      {
        provisionedConcurrency: 5,
      },
    )
    const f = quiet.summary.functions['function:f']!
    expect(f.coldStarts).toBe(0)
    expect(f.avgInstances).toBeCloseTo(5, 5)
    const busy = oneFunction(
      20,
      { durationMs: { mean: 1000 } },
      { durationS: 60 },
      {
        provisionedConcurrency: 5,
      },
    )
    expect(busy.summary.functions['function:f']!.coldStarts).toBeGreaterThan(0)
    expect(busy.functions[0]!.provisioned[0]).toBe(5)
  })

  it('an idle environment is reclaimed after the keep-alive, and the next request starts cold', () => {
    // One request every 100 s; keep-alive 60 s: each one is cold, each environment lives 61 s.
    const result = oneFunction(
      0.01,
      { durationMs: { mean: 1000 }, coldStartMs: 0, keepAliveS: 60 },
      {
        durationS: 10_000,
        traffic: [
          { target: 'function:f', pattern: { type: 'constant', rps: 0.01 }, arrivals: 'uniform' },
        ],
      },
    )
    const f = result.summary.functions['function:f']!
    expect(f.invocations).toBe(100)
    expect(f.coldStarts).toBe(100)
    // The last environment, started at 9,950 s, is still there at the end.
    expect(f.avgInstances).toBeCloseTo((100 * 61 - 11) / 10_000, 6)
    const kept = oneFunction(
      0.01,
      { durationMs: { mean: 1000 }, coldStartMs: 0, keepAliveS: 600 },
      {
        durationS: 10_000,
        traffic: [
          { target: 'function:f', pattern: { type: 'constant', rps: 0.01 }, arrivals: 'uniform' },
        ],
      },
    )
    expect(kept.summary.functions['function:f']!.coldStarts).toBe(1)
  })

  it('a cold start adds its time to the first request of an environment', () => {
    const result = oneFunction(
      0.001,
      { durationMs: { mean: 100 }, coldStartMs: 250 },
      {
        durationS: 2000,
        traffic: [
          { target: 'function:f', pattern: { type: 'constant', rps: 0.001 }, arrivals: 'uniform' },
        ],
      },
    )
    expect(result.summary.functions['function:f']!.latencyMs.p50).toBe(350)
  })

  it('a run longer than the timeout is cut there and counted', () => {
    const result = oneFunction(
      10,
      { durationMs: { mean: 10_000 }, coldStartMs: 0 },
      { durationS: 60 },
      {
        timeout: 3,
      },
    )
    const f = result.summary.functions['function:f']!
    expect(f.timedOut).toBe(f.invocations)
    expect(f.latencyMs.p99).toBe(3000)
  })
})
