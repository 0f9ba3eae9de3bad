import { describe, expect, it } from 'vitest'
import { DurationKind, durationParameters, sampleDuration } from './distributions'
import { Random } from './random'

function sample(spec: Parameters<typeof durationParameters>[0], n = 200_000) {
  const { kind, a, b } = durationParameters(spec)
  const random = new Random(11)
  return Array.from({ length: n }, () => sampleDuration(kind, a, b, random)).sort((x, y) => x - y)
}
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length

describe('durationParameters and sampleDuration', () => {
  it('a constant duration is always its mean', () => {
    expect(durationParameters({ dist: 'constant', mean: 80 })).toEqual({
      kind: DurationKind.constant,
      a: 80,
      b: 0,
    })
    expect(new Set(sample({ dist: 'constant', mean: 80 }, 100))).toEqual(new Set([80]))
  })

  it('an exponential duration has its mean and its median at ln 2 × mean', () => {
    const xs = sample({ dist: 'exponential', mean: 100 })
    expect(mean(xs) / 100).toBeCloseTo(1, 1)
    expect(xs[xs.length / 2]! / (100 * Math.LN2)).toBeCloseTo(1, 1)
  })

  it('a lognormal duration has the mean and the p99 the scenario gives', () => {
    const xs = sample({ dist: 'lognormal', mean: 40, p99: 200 })
    expect(mean(xs) / 40).toBeCloseTo(1, 1)
    expect(xs[Math.floor(0.99 * xs.length)]! / 200).toBeCloseTo(1, 1)
  })

  it('a lognormal without p99 takes σ = 0.5; an unreachable p99 is capped at σ = z', () => {
    expect(durationParameters({ dist: 'lognormal', mean: 40 }).b).toBe(0.5)
    expect(durationParameters({ dist: 'lognormal', mean: 10, p99: 1000 }).b).toBeCloseTo(2.326, 3)
    expect(durationParameters({ dist: 'lognormal', mean: 10, p99: 10 }).b).toBe(0)
  })
})
