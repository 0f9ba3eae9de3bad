import type { RoutingPolicy } from '../../src/model/scenario'

/** Settings of a run that are not part of the scenario (the scenario is what the UI saves). */
export interface SimulationOptions {
  /**
   * Width of a time-series bucket in seconds. Default: the smallest of 0.1, 0.2, 0.5, 1, 2, 5,
   * 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min, 1, 2, 3, 6, 12 h or 1 day that cuts `durationS`
   * into at most 600 buckets. Never narrower than `durationS / 100,000`.
   */
  readonly bucketS?: number
  /** Routing of functions whose scenario entry does not say. Default `newest`. */
  readonly routing?: RoutingPolicy
  /** Time API Gateway adds to each request, overriding the per-kind defaults (ms). */
  readonly gatewayOverheadMs?: number
  /** Price the simulated usage (cost accrued, free tier left, the month's cost). Default true. */
  readonly price?: boolean
}

const NICE_BUCKETS_S = [
  0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200,
  86400,
]

/** Buckets a default-sized series holds at most. */
export const MAX_DEFAULT_BUCKETS = 600

/** The default bucket width for a scenario of `durationS` seconds. */
export function defaultBucketS(durationS: number): number {
  for (const size of NICE_BUCKETS_S) if (durationS / size <= MAX_DEFAULT_BUCKETS) return size
  return Math.ceil(durationS / MAX_DEFAULT_BUCKETS / 86400) * 86400
}

/** The most buckets a run keeps: a narrower `bucketS` is widened to fit (memory stays bounded). */
export const MAX_BUCKETS = 100_000

/** The bucket width a run uses: the option's, widened to at most `MAX_BUCKETS`, or the default. */
export function bucketWidth(durationS: number, option: number | undefined): number {
  if (option === undefined || !(option > 0)) return defaultBucketS(durationS)
  return Math.max(option, durationS / MAX_BUCKETS)
}

/** Buckets of `bucketS` seconds covering `durationS` (the last may be shorter). */
export function bucketCount(durationS: number, bucketS: number): number {
  return Math.max(1, Math.ceil(durationS / bucketS - 1e-9))
}
