import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { averageRps, type TrafficPattern } from '../../src/model/scenario'
import { ArrivalProcess, pieceOf } from './arrivals'
import { Random } from './random'

function arrivals(
  pattern: TrafficPattern,
  durationS: number,
  kind: 'poisson' | 'uniform',
  seed = 1,
) {
  const process = new ArrivalProcess(pattern, durationS, kind, new Random(seed))
  const times: number[] = []
  for (let t = process.next(); t !== Infinity; t = process.next()) times.push(t)
  return times
}

const patterns: [string, TrafficPattern][] = [
  ['constant', { type: 'constant', rps: 20 }],
  ['ramp', { type: 'ramp', fromRps: 0, toRps: 40 }],
  ['ramp down', { type: 'ramp', fromRps: 40, toRps: 5 }],
  ['spike', { type: 'spike', baseRps: 5, peakRps: 200, atS: 300, forS: 60 }],
  ['wave', { type: 'wave', meanRps: 20, amplitudeRps: 20, periodS: 250 }],
  [
    'step',
    {
      type: 'step',
      steps: [
        { atS: 100, rps: 10 },
        { atS: 400, rps: 30 },
      ],
    },
  ],
  ['series', { type: 'series', stepS: 45, rps: [0, 10, 50, 5] }],
]

describe('ArrivalProcess', () => {
  it.each(patterns)(
    'evenly spaced %s arrivals number the integral of the rate (±1)',
    (_name, pattern) => {
      const durationS = 900
      const expected = averageRps(pattern, durationS) * durationS
      expect(
        Math.abs(arrivals(pattern, durationS, 'uniform').length - expected),
      ).toBeLessThanOrEqual(1)
    },
  )

  it.each(patterns)(
    'Poisson %s arrivals match the integral within 4 standard deviations',
    (_name, pattern) => {
      const durationS = 3600
      const expected = averageRps(pattern, durationS) * durationS
      const count = arrivals(pattern, durationS, 'poisson', 9).length
      expect(Math.abs(count - expected)).toBeLessThanOrEqual(4 * Math.sqrt(expected))
    },
  )

  it('follows the shape: a spike’s minute holds its peak rate, a step’s rate changes at its time', () => {
    const spike = arrivals(patterns[3]![1], 900, 'uniform')
    expect(spike.filter((t) => t >= 300 && t < 360)).toHaveLength(200 * 60)
    const step = arrivals(patterns[5]![1], 900, 'uniform')
    expect(step.filter((t) => t < 100)).toHaveLength(0)
    expect(step.filter((t) => t >= 400 && t < 500)).toHaveLength(3000)
  })

  it('spaces Poisson arrivals exponentially: mean gap 1/rate, coefficient of variation 1', () => {
    const times = arrivals({ type: 'constant', rps: 50 }, 2000, 'poisson', 4)
    const gaps = times.slice(1).map((t, i) => t - times[i]!)
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length
    const sd = Math.sqrt(gaps.reduce((a, g) => a + (g - mean) ** 2, 0) / gaps.length)
    expect(mean).toBeCloseTo(1 / 50, 3)
    expect(sd / mean).toBeCloseTo(1, 1)
  })

  it('yields increasing times inside [0, duration) for any pattern', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...patterns.map(([, p]) => p)),
        fc.double({ min: 1, max: 600, noNaN: true }),
        fc.constantFrom('poisson' as const, 'uniform' as const),
        fc.integer({ min: 0, max: 1000 }),
        (pattern, durationS, kind, seed) => {
          const times = arrivals(pattern, durationS, kind, seed)
          const misplaced = times.findIndex(
            (t, i) => t < (i > 0 ? times[i - 1]! : 0) || t >= durationS,
          )
          expect(misplaced).toBe(-1)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('has no arrivals at a zero rate, and a wave follows its sine through linear pieces', () => {
    expect(arrivals({ type: 'constant', rps: 0 }, 100, 'poisson')).toEqual([])
    const wave: TrafficPattern = { type: 'wave', meanRps: 10, amplitudeRps: 5, periodS: 100 }
    const piece = pieceOf(wave, 64, 1000)!
    expect(piece.start).toBeCloseTo(25, 9)
    expect(piece.rate).toBeCloseTo(15, 9)
  })
})
