import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lambdaBooks } from '../lambda/prices'
import {
  durationAtMemory,
  MEMORY_MB_PER_VCPU,
  memoryCurve,
  memorySizesFor,
  SAMPLE_MEMORY_SIZES_MB,
  vcpusAt,
  type MemoryCurveInput,
} from './memoryCurve'

const current = lambdaBooks.current
const legacy = lambdaBooks['2018']

/** 1M invocations a month of 1 s at 1,024 MB, x86_64, free tier off. */
const base: MemoryCurveInput = {
  requests: 1_000_000,
  durationMs: 1000,
  referenceMemoryMb: 1024,
  cpuBoundShare: 0,
  architecture: 'x86_64',
  prices: current,
  freeTier: false,
}

const cents = (usd: number) => Math.round(usd * 100)

describe('vCPU share (L-DOCS: one vCPU at 1,769 MB; at most 6 vCPUs)', () => {
  it('is proportional to memory: 1 at 1,769 MB, 0.5 at 884.5 MB, 5.79 at 10,240 MB', () => {
    expect(vcpusAt(1769)).toBe(1)
    expect(vcpusAt(884.5)).toBe(0.5)
    expect(vcpusAt(10240)).toBeCloseTo(5.7886, 4)
  })
  it('stops at the cores the code can use: single-threaded code never passes 1 vCPU', () => {
    expect(vcpusAt(10240, 1)).toBe(1)
    expect(vcpusAt(3008, 1)).toBe(1)
    expect(vcpusAt(1024, 1)).toBeCloseTo(1024 / MEMORY_MB_PER_VCPU, 12)
  })
})

describe('the sizes each book allows', () => {
  it('current: every sample size; 2018: 128–3,008 MB in 64 MB steps (no 1,769)', () => {
    expect(memorySizesFor(current)).toEqual(SAMPLE_MEMORY_SIZES_MB)
    expect(memorySizesFor(legacy)).toEqual([128, 256, 512, 768, 1024, 1536, 2048, 3008])
    expect(memoryCurve({ ...base, prices: legacy }).points.map((p) => p.memoryMb)).toEqual(
      memorySizesFor(legacy),
    )
  })
  it('refuses a share outside 0..1 and a book that allows none of the sizes', () => {
    expect(() => memoryCurve({ ...base, cpuBoundShare: 1.5 })).toThrow(RangeError)
    expect(() => memoryCurve({ ...base, prices: legacy, memorySizesMb: [4096] })).toThrow(
      'allows none of the sizes',
    )
  })
})

describe('memory curve', () => {
  it('a pure I/O function takes as long at any size, so 128 MB is cheapest', () => {
    const curve = memoryCurve(base)
    expect(new Set(curve.points.map((p) => p.durationMs))).toEqual(new Set([1000]))
    expect(curve.cheapest.memoryMb).toBe(128)
    // 1M × 1 s × 0.125 GB = 125,000 GB-s × $0.0000166667 + 1M × $0.20 per 1M.
    expect(curve.cheapest.monthlyCost).toBeCloseTo(125_000 * 0.0000166667 + 0.2, 10)
    const costs = curve.points.map((p) => p.monthlyCost)
    expect(costs).toEqual([...costs].sort((a, b) => a - b))
  })

  it('a CPU-bound function pays the same GB-s up to its vCPU cap, so its cheapest point is a faster size above 128 MB', () => {
    const curve = memoryCurve({ ...base, cpuBoundShare: 1 })
    const at128 = curve.points.find((p) => p.memoryMb === 128)
    expect(at128?.durationMs).toBe(8000)
    expect(curve.cheapest.memoryMb).toBeGreaterThan(128)
    expect(cents(curve.cheapest.monthlyCost)).toBe(cents(at128?.monthlyCost ?? NaN))
    expect(curve.cheapest.durationMs).toBeLessThan(at128?.durationMs ?? 0)
    // 6 usable vCPUs are never reached (10,240 MB is 5.79), so the fastest is the largest size.
    expect(curve.cheapest.memoryMb).toBe(10240)
  })

  it('single-threaded CPU-bound code stops speeding up at one vCPU: cheapest at 1,769 MB', () => {
    const curve = memoryCurve({ ...base, cpuBoundShare: 1, usableVcpus: 1 })
    expect(curve.cheapest.memoryMb).toBe(1769)
    const beyond = curve.points.filter((p) => p.memoryMb > 1769)
    expect(beyond.every((p) => p.durationMs === curve.cheapest.durationMs)).toBe(true)
    expect(beyond.every((p) => p.monthlyCost > curve.cheapest.monthlyCost)).toBe(true)
  })

  it('2018 book: 100 ms rounding makes a CPU-bound function strictly cheaper at 192 MB than at 128 MB', () => {
    // 150 ms at 128 MB bills 200 ms × 0.125 GB; at 192 MB it runs 100 ms, billed 100 ms × 0.1875 GB.
    const curve = memoryCurve({
      ...base,
      durationMs: 150,
      referenceMemoryMb: 128,
      cpuBoundShare: 1,
      prices: legacy,
      memorySizesMb: [128, 192, 256],
    })
    const [at128, at192] = curve.points
    expect(curve.cheapest.memoryMb).toBe(192)
    expect(at192?.monthlyCost ?? Infinity).toBeLessThan(at128?.monthlyCost ?? 0)
    expect(at192?.costFormula).toContain('0.1 s')
  })

  it('shows its model and each point’s bill', () => {
    const curve = memoryCurve({ ...base, cpuBoundShare: 0.8 })
    expect(curve.formula).toContain(
      'duration(m) = 1,000 ms × ((1 − 0.8) + 0.8 × cpu(1,024 MB) / cpu(m))',
    )
    expect(curve.formula).toContain('min(m, 6 vCPU × 1,769 MB = 10,614 MB) / 1,769 MB')
    expect(curve.points[0]?.costFormula).toMatch(/^Requests: .*; Duration \(GB-s\): /)
  })

  it('the free tier applies: 10,000 calls of 1 s are free at every size (≤ 100,000 GB-s)', () => {
    const curve = memoryCurve({ ...base, requests: 10_000, freeTier: true })
    expect(curve.points.every((p) => p.monthlyCost === 0)).toBe(true)
    expect(curve.cheapest.memoryMb).toBe(128)
  })
})

describe('memory curve properties', () => {
  const share = fc.double({ min: 0, max: 1, noNaN: true })
  const duration = fc.double({ min: 1, max: 900_000, noNaN: true })
  const memory = fc.integer({ min: 128, max: 10240 })
  const vcpus = fc.constantFrom(1, 2, 6)

  it('duration never increases with memory, and equals the measurement at the reference size', () => {
    fc.assert(
      fc.property(share, duration, memory, vcpus, (p, d0, m0, usable) => {
        const model = {
          durationMs: d0,
          referenceMemoryMb: m0,
          cpuBoundShare: p,
          usableVcpus: usable,
        }
        expect(durationAtMemory(model, m0)).toBeCloseTo(d0, 6)
        const durations = SAMPLE_MEMORY_SIZES_MB.map((m) => durationAtMemory(model, m))
        durations.slice(1).forEach((d, i) => {
          expect(d).toBeLessThanOrEqual((durations[i] ?? Infinity) * (1 + 1e-12))
        })
        // The I/O part is a floor no memory size goes under.
        expect(Math.min(...durations)).toBeGreaterThanOrEqual(d0 * (1 - p) * (1 - 1e-12))
      }),
    )
  })

  it('with an I/O part of 10 ms or more, 128 MB is the cheapest size (free tier off)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 1000, max: 100_000, noNaN: true }),
        memory,
        fc.constantFrom('x86_64' as const, 'arm64' as const),
        (p, d0, m0, architecture) => {
          fc.pre(d0 * (1 - p) >= 10)
          const curve = memoryCurve({
            ...base,
            durationMs: d0,
            referenceMemoryMb: m0,
            cpuBoundShare: p,
            architecture,
          })
          expect(curve.cheapest.memoryMb).toBe(128)
        },
      ),
      { numRuns: 50 },
    )
  })
})
