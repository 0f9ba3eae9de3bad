import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { averageRps, requestsPerMonth, rpsAt } from './patterns'
import type { TrafficPattern, TrafficSource } from './types'

describe('averageRps over durationS', () => {
  it.each<[string, TrafficPattern, number, number]>([
    ['constant', { type: 'constant', rps: 7 }, 3600, 7],
    ['ramp: the mid-point', { type: 'ramp', fromRps: 10, toRps: 30 }, 3600, 20],
    [
      'spike: 60 s at 100 within an hour at 10',
      { type: 'spike', baseRps: 10, peakRps: 100, atS: 600, forS: 60 },
      3600,
      10 + (90 * 60) / 3600,
    ],
    [
      'spike: cut off at the end',
      { type: 'spike', baseRps: 0, peakRps: 10, atS: 3000, forS: 1200 },
      3600,
      (10 * 600) / 3600,
    ],
    [
      'spike: after the end',
      { type: 'spike', baseRps: 2, peakRps: 10, atS: 4000, forS: 60 },
      3600,
      2,
    ],
    [
      'wave: whole periods average the mean',
      { type: 'wave', meanRps: 50, amplitudeRps: 40, periodS: 600 },
      3600,
      50,
    ],
    [
      'wave: half a period is above the mean',
      { type: 'wave', meanRps: 50, amplitudeRps: 40, periodS: 7200 },
      3600,
      50 + (40 * 2) / Math.PI,
    ],
    [
      'step: zero before the first step',
      {
        type: 'step',
        steps: [
          { atS: 600, rps: 10 },
          { atS: 1800, rps: 40 },
        ],
      },
      3600,
      (10 * 1200 + 40 * 1800) / 3600,
    ],
    [
      'step: steps after the end are ignored',
      {
        type: 'step',
        steps: [
          { atS: 0, rps: 4 },
          { atS: 5000, rps: 400 },
        ],
      },
      3600,
      4,
    ],
    ['series: one full cycle', { type: 'series', stepS: 1200, rps: [0, 30, 60] }, 3600, 30],
    ['series: repeats', { type: 'series', stepS: 600, rps: [10, 20] }, 3000, (10 * 3 + 20 * 2) / 5],
    ['series: truncated', { type: 'series', stepS: 1800, rps: [10, 20, 90] }, 3600, 15],
  ])('%s', (_what, pattern, durationS, expected) => {
    expect(averageRps(pattern, durationS)).toBeCloseTo(expected, 9)
  })

  const rate = fc.double({ min: 0, max: 1000, noNaN: true })
  const seconds = fc.double({ min: 1, max: 10_000, noNaN: true })
  // Periods and series steps of at least 100 s, so a Riemann sum samples each finely.
  const period = fc.double({ min: 100, max: 10_000, noNaN: true })
  const pattern: fc.Arbitrary<TrafficPattern> = fc.oneof(
    rate.map((rps) => ({ type: 'constant' as const, rps })),
    fc.record({ type: fc.constant('ramp' as const), fromRps: rate, toRps: rate }),
    fc.record({
      type: fc.constant('spike' as const),
      baseRps: rate,
      peakRps: rate,
      atS: seconds,
      forS: seconds,
    }),
    fc
      .record({
        meanRps: rate,
        share: fc.double({ min: 0, max: 1, noNaN: true }),
        periodS: seconds,
      })
      .map(({ meanRps, share, periodS }) => ({
        type: 'wave' as const,
        meanRps,
        amplitudeRps: meanRps * share,
        periodS,
      })),
    fc
      .array(fc.record({ gap: seconds, rps: rate }), { minLength: 1, maxLength: 5 })
      .map((steps) => {
        let atS = 0
        return {
          type: 'step' as const,
          steps: steps.map(({ gap, rps }, i) => ({ atS: i === 0 ? 0 : (atS += gap), rps })),
        }
      }),
    fc.record({
      type: fc.constant('series' as const),
      stepS: period,
      rps: fc.array(rate, { minLength: 1, maxLength: 8 }),
    }),
  )

  it('equals the integral of rpsAt (a fine Riemann sum), and is never negative', () => {
    fc.assert(
      fc.property(pattern, seconds, (p, durationS) => {
        const slices = 20_000
        let sum = 0
        for (let i = 0; i < slices; i++)
          sum += rpsAt(p, ((i + 0.5) * durationS) / slices, durationS)
        const average = averageRps(p, durationS)
        expect(average).toBeGreaterThanOrEqual(-1e-9)
        // A slice straddling a jump (≤ 1,000 rps) is off by at most jump / slices; at most 100
        // series steps and a few spike or step edges fall within the duration.
        expect(Math.abs(average - sum / slices)).toBeLessThanOrEqual((1000 * 110) / slices + 1e-3)
      }),
      { numRuns: 150 },
    )
  })
})

describe('requestsPerMonth', () => {
  const source = (extra: Partial<TrafficSource>): TrafficSource => ({
    target: 'restApi',
    pattern: { type: 'constant', rps: 2 },
    arrivals: 'poisson',
    ...extra,
  })
  it('holds the average rate for the month: rps × hours × 3,600', () => {
    expect(requestsPerMonth(source({}), 3600, 730)).toBe(2 * 730 * 3600)
  })
  it('is the given requestsPerMonth when set', () => {
    expect(requestsPerMonth(source({ requestsPerMonth: 1_000_000 }), 3600, 730)).toBe(1_000_000)
  })
})
