import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calculateLambda, type LambdaInput } from './lambdaCalculator'
import type { CalcResult } from './result'

const base: LambdaInput = {
  requestsPerMonth: 1_000_000,
  durationMs: 120,
  memoryMb: 512,
  architecture: 'x86_64',
  freeTier: false,
  book: 'current',
}

function figures<T>(result: CalcResult<T>): T {
  if (!result.ok) throw new Error(result.error)
  return result.value
}

describe('calculateLambda, checked by hand', () => {
  it('current book: 1M × 0.12 s × 0.5 GB = 60,000 GB-s; $0.20 + $1.00 = $1.20', () => {
    const f = figures(calculateLambda(base))
    expect(f.billedMs.value).toBe(120)
    expect(f.billedMs.formula).toBe(
      '120 ms rounded up to a multiple of 1 ms (current book) = 120 ms billed per invocation',
    )
    expect(f.gbSeconds.value).toBe(60_000)
    expect(f.gbSeconds.formula).toBe('1,000,000 requests × 0.12 s × 0.5 GB (512 MB) = 60,000 GB-s')
    expect(f.lines.map((l) => l.cost)).toEqual([0.2, 60_000 * 0.0000166667])
    expect(f.total.value).toBeCloseTo(1.2, 5)
    expect(f.total.formula).toMatchInlineSnapshot(
      `"$0.20 (Requests) + $1.00 (Duration (GB-s)) = $1.20"`,
    )
    expect(f.notes).toEqual([])
  })

  it('2018 book: 120 ms is billed as 200 ms, so 100,000 GB-s at $0.00001667', () => {
    const f = figures(calculateLambda({ ...base, book: '2018' }))
    expect(f.billedMs.value).toBe(200)
    expect(f.gbSeconds.value).toBe(100_000)
    expect(f.gbSeconds.formula).toBe(
      '1,000,000 requests × 0.2 s (120 ms billed as 200 ms) × 0.5 GB (512 MB) = 100,000 GB-s',
    )
    expect(f.total.value).toBeCloseTo(0.2 + 1.667, 9)
  })

  it('the free tier covers 1M requests and 400,000 GB-s', () => {
    expect(figures(calculateLambda({ ...base, freeTier: true })).total.value).toBe(0)
  })

  it('compares both architectures under 1 ms and 100 ms rounding', () => {
    const rows = figures(calculateLambda(base)).comparison
    expect(
      rows.map((r) => [r.book, r.architecture, r.roundingMs, r.selected, r.ok && r.gbSeconds]),
    ).toEqual([
      ['current', 'x86_64', 1, true, 60_000],
      ['current', 'arm64', 1, false, 60_000],
      ['2018', 'x86_64', 100, false, 100_000],
      ['2018', 'arm64', 100, false, 100_000],
    ])
    const totals = rows.map((r) => (r.ok ? r.totalUsd : NaN))
    expect(totals[1]).toBeCloseTo(0.2 + 60_000 * 0.0000133334, 9)
    expect(totals[3]).toBeCloseTo(0.2 + 100_000 * 0.0000133334, 9)
  })

  it('says that the 2018 book prices arm64 with today’s rates', () => {
    const f = figures(calculateLambda({ ...base, book: '2018', architecture: 'arm64' }))
    expect(f.notes).toMatchInlineSnapshot(`
      [
        "arm64 did not exist in 2018 (Lambda on Arm arrived in September 2021): the 2018 book prices it with today's arm64 rates",
      ]
    `)
    const row = f.comparison.find((r) => r.selected)
    expect(row?.ok && row.note).toBe(f.notes[0])
  })

  it('reports a memory the 2018 book does not allow, in its row and as the error', () => {
    const rows = figures(calculateLambda({ ...base, memoryMb: 1000 })).comparison
    const old = rows.filter((r) => r.book === '2018')
    expect(old.map((r) => !r.ok && r.problem)).toEqual([
      'memoryMb 1,000 is not a multiple of 64 MB, the step the 2018 price book allows',
      'memoryMb 1,000 is not a multiple of 64 MB, the step the 2018 price book allows',
    ])
    expect(calculateLambda({ ...base, memoryMb: 4096, book: '2018' })).toEqual({
      ok: false,
      field: 'memoryMb',
      error: "memoryMb: 4,096 is outside the 2018 price book's range 128–3,008 MB",
    })
  })

  it.each([
    [{ requestsPerMonth: -1 }, 'requestsPerMonth: must be ≥ 0, got -1'],
    [{ durationMs: Number.NaN }, 'durationMs: enter a number'],
    [
      { durationMs: 900_001 },
      "durationMs: must be at most 900,000 ms (Lambda's 15-minute timeout)",
    ],
    [{ memoryMb: 0 }, 'memoryMb: must be > 0 MB, got 0'],
    [{ memoryMb: 512.5 }, 'memoryMb: must be a whole number, got 512.5'],
    [{ memoryMb: 64 }, "memoryMb: 64 is outside the current price book's range 128–10,240 MB"],
    [{ architecture: 'riscv' }, 'architecture: must be one of x86_64, arm64, got "riscv"'],
    [{ book: '2030' }, 'book: must be one of current, 2018, got "2030"'],
  ])('refuses %j, naming the field', (change, message) => {
    const result = calculateLambda({ ...base, ...change } as LambdaInput)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toContain(message)
      expect(result.error.startsWith(`${result.field}:`)).toBe(true)
    }
  })
})

const workload = fc.record({
  requestsPerMonth: fc.double({ min: 0, max: 1e10, noNaN: true }),
  // Sub-microsecond durations are left out: a subnormal such as 5e-324 ms underflows when divided
  // by the 100 ms step and bills 0 ms (while the 1 ms step bills 1 ms), noise no input shows.
  durationMs: fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 900_000, noNaN: true })),
  // 64 MB steps from 128 MB to 3,008 MB: allowed by both books.
  memoryMb: fc.integer({ min: 2, max: 47 }).map((n) => n * 64),
  architecture: fc.constantFrom('x86_64' as const, 'arm64' as const),
  book: fc.constantFrom('current' as const, '2018' as const),
})

describe('properties', () => {
  it('costs are finite and ≥ 0, and the free tier never raises the bill', () => {
    fc.assert(
      fc.property(workload, (w) => {
        const without = figures(calculateLambda({ ...w, freeTier: false }))
        const withIt = figures(calculateLambda({ ...w, freeTier: true }))
        for (const f of [without, withIt]) {
          expect(Number.isFinite(f.total.value)).toBe(true)
          expect(f.total.value).toBeGreaterThanOrEqual(0)
          for (const line of f.lines) expect(line.cost).toBeGreaterThanOrEqual(0)
        }
        expect(withIt.total.value).toBeLessThanOrEqual(without.total.value + 1e-9)
      }),
    )
  })

  it('100 ms rounding never bills less than 1 ms rounding', () => {
    fc.assert(
      fc.property(workload, (w) => {
        const rows = figures(calculateLambda({ ...w, freeTier: false })).comparison
        const gbs = (book: string) =>
          rows.find((r) => r.book === book && r.architecture === w.architecture)
        const current = gbs('current')
        const old = gbs('2018')
        if (current?.ok && old?.ok) {
          expect(old.gbSeconds).toBeGreaterThanOrEqual(current.gbSeconds * (1 - 1e-12))
        }
      }),
    )
  })

  it('any input gives figures or a message, never a throw', () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.double(),
        fc.oneof(fc.integer(), fc.double()),
        fc.boolean(),
        (requestsPerMonth, durationMs, memoryMb, freeTier) => {
          expect(() =>
            calculateLambda({ ...base, requestsPerMonth, durationMs, memoryMb, freeTier }),
          ).not.toThrow()
        },
      ),
    )
  })
})
