import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lambdaBooks } from '../lambda/prices'
import { withDefaults, type LambdaUsage } from '../lambda/usage'
import { compareArchitectures } from './architectureComparison'

const current = lambdaBooks.current
const off = { freeTier: false, hoursPerMonth: 730 }
const on = { freeTier: true, hoursPerMonth: 730 }

function fn(raw: Record<string, unknown>): LambdaUsage {
  const result = withDefaults(raw)
  if (!result.ok) throw new Error(result.error)
  return result.usage
}

/** 1M invocations of 1 s at 1,024 MB: 1,000,000 GB-s. */
const api = fn({ name: 'api', requests: 1_000_000, durationMs: 1000, memoryMb: 1024 })

describe('x86_64 vs arm64', () => {
  it('at equal duration arm64 is cheaper: $16.87 → $13.53, a saving of $3.33 (19.76 %)', () => {
    const result = compareArchitectures({ usages: [api], prices: current, options: off })
    // Requests $0.20 on both; 1,000,000 GB-s × $0.0000166667 vs × $0.0000133334 (L-PAGE).
    expect(result.total.x86_64).toBeCloseTo(0.2 + 16.6667, 10)
    expect(result.total.arm64).toBeCloseTo(0.2 + 13.3334, 10)
    expect(result.total.savingUsd).toBeCloseTo(3.3333, 10)
    expect(result.total.savingPercent).toBeCloseTo((3.3333 / 16.8667) * 100, 8)
    expect(result.functions[0]).toMatchObject({
      name: 'api',
      configured: 'x86_64',
      durationMs: { x86_64: 1000, arm64: 1000 },
    })
    expect(result.explanation).toContain('saves $3.33 a month (19.762')
  })

  it('a speed factor lengthens arm64 durations; at 1.3 × the duration arm64 costs more', () => {
    const result = compareArchitectures({
      usages: [api],
      prices: current,
      options: off,
      arm64DurationFactor: 1.3,
    })
    expect(result.functions[0]?.durationMs.arm64).toBeCloseTo(1300, 9)
    expect(result.total.arm64).toBeCloseTo(0.2 + 1.3 * 13.3334, 9)
    expect(result.total.savingUsd).toBeLessThan(0)
    expect(result.explanation).toContain('costs $0.67 a month more')
  })

  it('a function configured on arm64 keeps its duration there and converts it for x86_64', () => {
    const worker = fn({ ...api, name: 'worker', architecture: 'arm64', durationMs: 900 })
    const result = compareArchitectures({
      usages: [worker],
      prices: current,
      options: off,
      arm64DurationFactor: 0.9,
    })
    expect(result.functions[0]?.durationMs).toEqual({ x86_64: 1000, arm64: 900 })
  })

  it('per function, even with repeated names; lines keep the function names', () => {
    const result = compareArchitectures({ usages: [api, api], prices: current, options: on })
    expect(result.functions.map((f) => f.name)).toEqual(['api', 'api'])
    // The shared free tier (400,000 GB-s) goes to the first function in both bills.
    const [first, second] = result.functions
    expect(first?.x86_64 ?? 0).toBeLessThan(second?.x86_64 ?? 0)
    expect(result.total.x86_64).toBeCloseTo((first?.x86_64 ?? 0) + (second?.x86_64 ?? 0), 10)
    expect(result.lines.arm64.every((l) => l.resource === 'api')).toBe(true)
  })

  it('refuses a speed factor that is not positive', () => {
    expect(() =>
      compareArchitectures({
        usages: [api],
        prices: current,
        options: off,
        arm64DurationFactor: 0,
      }),
    ).toThrow(RangeError)
  })
})

describe('architecture properties', () => {
  const usage = fc.record({
    requests: fc.integer({ min: 0, max: 1e9 }),
    durationMs: fc.double({ min: 1, max: 900_000, noNaN: true }),
    memoryMb: fc.integer({ min: 128, max: 10240 }),
    architecture: fc.constantFrom('x86_64', 'arm64'),
    provisionedConcurrency: fc.integer({ min: 0, max: 100 }),
  })

  it('at equal duration arm64 never costs more, per function or in total', () => {
    fc.assert(
      fc.property(fc.array(usage, { minLength: 1, maxLength: 4 }), fc.boolean(), (raws, free) => {
        const result = compareArchitectures({
          usages: raws.map((raw, i) => fn({ ...raw, name: `f${i}` })),
          prices: current,
          options: free ? on : off,
        })
        for (const f of [...result.functions, result.total]) {
          expect(f.arm64).toBeLessThanOrEqual(f.x86_64 * (1 + 1e-12))
          expect(f.savingPercent).toBeGreaterThanOrEqual(-1e-9)
        }
      }),
      { numRuns: 60 },
    )
  })
})
