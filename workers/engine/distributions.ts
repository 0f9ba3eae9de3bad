import type { FunctionBehaviour } from '../../src/model/scenario'
import type { Random } from './random'

/**
 * Run-time distributions of a function, as numbers the hot loop can switch on without a closure:
 * a kind and two parameters, in milliseconds.
 */
export const DurationKind = { constant: 0, exponential: 1, lognormal: 2 } as const
export type DurationKind = (typeof DurationKind)[keyof typeof DurationKind]

export interface DurationParameters {
  readonly kind: DurationKind
  /** constant: the value; exponential: the mean; lognormal: μ of ln X. */
  readonly a: number
  /** lognormal: σ of ln X; otherwise 0. */
  readonly b: number
}

/** The 99th percentile of the standard normal distribution. */
const Z99 = 2.3263478740408408

/**
 * σ of a lognormal run time when the scenario gives no p99: 0.5, which puts the p99 at about
 * 2.8 × the mean — a stated assumption, typical of the long right tail of request latencies.
 */
export const DEFAULT_LOGNORMAL_SIGMA = 0.5

/**
 * The parameters of a scenario's `durationMs`. A lognormal with mean m and 99th percentile q has
 * ln(q/m) = zσ − σ²/2 (z = 2.326), so σ = z − √(z² − 2 ln(q/m)); a p99 beyond e^(z²/2) ≈ 15 ×
 * the mean cannot be reached and is capped there (σ = z).
 */
export function durationParameters(spec: FunctionBehaviour['durationMs']): DurationParameters {
  const { mean } = spec
  switch (spec.dist) {
    case 'constant':
      return { kind: DurationKind.constant, a: mean, b: 0 }
    case 'exponential':
      return { kind: DurationKind.exponential, a: mean, b: 0 }
    case 'lognormal': {
      if (mean <= 0) return { kind: DurationKind.constant, a: 0, b: 0 }
      const sigma =
        spec.p99 === undefined ? DEFAULT_LOGNORMAL_SIGMA : lognormalSigma(mean, spec.p99)
      return { kind: DurationKind.lognormal, a: Math.log(mean) - (sigma * sigma) / 2, b: sigma }
    }
  }
}

function lognormalSigma(mean: number, p99: number): number {
  const ratio = Math.log(p99 / mean)
  if (ratio <= 0) return 0
  const discriminant = Z99 * Z99 - 2 * ratio
  return discriminant <= 0 ? Z99 : Z99 - Math.sqrt(discriminant)
}

/** One draw, in milliseconds. */
export function sampleDuration(kind: number, a: number, b: number, random: Random): number {
  switch (kind) {
    case DurationKind.constant:
      return a
    case DurationKind.exponential:
      return random.exponential(a)
    default:
      return Math.exp(a + b * random.normal())
  }
}
