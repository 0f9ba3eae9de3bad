/**
 * What a run returns. Series are Float64Arrays with one value per time bucket (`time[b]` is the
 * bucket's start, in seconds); they travel between threads as transferable buffers
 * (`resultTransferables`) and become plain arrays for JSON (`resultToJson`; NaN becomes null).
 */

export interface RunSettings {
  readonly seed: number
  readonly durationS: number
  readonly warmupS: number
  readonly bucketS: number
  /** Buckets in the series (fewer than the duration needs when the run was stopped early). */
  readonly buckets: number
  /** Simulated time the run reached: `durationS`, or less when stopped early. */
  readonly endS: number
  readonly complete: boolean
}

/** One line of traffic against what got through. */
export interface LayerSeries {
  readonly offered: Float64Array
  readonly served: Float64Array
  readonly throttled: Float64Array
}

export interface FunctionSeries {
  readonly id: string
  /** Invocation attempts (async and poller retries included). */
  readonly offered: Float64Array
  /** Invocations started. */
  readonly served: Float64Array
  readonly throttled: Float64Array
  readonly coldStarts: Float64Array
  readonly timedOut: Float64Array
  readonly deadLettered: Float64Array
  /** Mean busy environments over the bucket: the concurrency. */
  readonly busy: Float64Array
  /** Mean idle environments (warm, waiting) over the bucket. */
  readonly idle: Float64Array
  /** Provisioned-concurrency environments (always there, busy or idle). */
  readonly provisioned: Float64Array
  readonly peakConcurrency: Float64Array
  /** Latency of the invocations started in the bucket, ms (NaN when none started). */
  readonly latencyP50: Float64Array
  readonly latencyP95: Float64Array
  readonly latencyP99: Float64Array
}

export interface ApiSeries {
  readonly id: string
  readonly offered: Float64Array
  readonly served: Float64Array
  /** Refused with 429: by a stage or route bucket, or by the account's. */
  readonly throttled: Float64Array
  /** The part of `throttled` a stage or route bucket refused. */
  readonly stageThrottled: Float64Array
  /** Answered 504: the integration ran past the API's timeout. */
  readonly timedOut: Float64Array
}

export interface TableSeries {
  readonly id: string
  /** Partitions at the end of the run (an on-demand table splits as it grows; never merges). */
  readonly partitions: number
  /** Read units consumed per second, by bucket then partition (`b × partitions + p`). */
  readonly consumedRcu: Float64Array
  readonly consumedWcu: Float64Array
  readonly reads: Float64Array
  readonly writes: Float64Array
  /** Requests that failed after the SDK's retries. */
  readonly throttledReads: Float64Array
  readonly throttledWrites: Float64Array
  /** Provisioned capacity at the bucket's end (0 on demand); moves with auto scaling. */
  readonly provisionedRcu: Float64Array
  readonly provisionedWcu: Float64Array
}

export interface QueueSeries {
  readonly id: string
  readonly kind: 'queue' | 'stream'
  readonly sent: Float64Array
  readonly processed: Float64Array
  /** Messages waiting at the bucket's end. */
  readonly depth: Float64Array
  readonly deadLettered: Float64Array
}

export interface CostSeries {
  /** USD accrued from the start of the run (taken as the start of a month), with the free tier. */
  readonly accrued: Float64Array
  /** The month's Lambda free tier still unused at the bucket's end (0 with the free tier off). */
  readonly lambdaFreeRequestsLeft: Float64Array
  readonly lambdaFreeGbSecondsLeft: Float64Array
}

export interface Percentiles {
  readonly p50: number
  readonly p95: number
  readonly p99: number
}

/** The summary per function, as SCENARIO.json's documentation lists it (plus a few extras). */
export interface FunctionSummary {
  /** Invocations started in the statistics window (throttled attempts not included). */
  readonly invocations: number
  readonly coldStarts: number
  /** coldStarts ÷ invocations. */
  readonly coldStartProbability: number
  readonly throttled: number
  /** throttled ÷ (invocations + throttled). */
  readonly throttleProbability: number
  readonly avgInstances: number
  readonly avgBusy: number
  readonly avgIdle: number
  readonly peakConcurrency: number
  readonly latencyMs: Percentiles
  readonly timedOut: number
  readonly deadLettered: number
  /** The cold-start time used, and where it comes from. */
  readonly coldStartMs: number
  readonly coldStartBasis: string
}

export interface TableSummary {
  readonly partitions: number
  /** Read and write units consumed in the statistics window. */
  readonly consumedRcu: number
  readonly consumedWcu: number
  readonly reads: number
  readonly writes: number
  readonly throttledReads: number
  readonly throttledWrites: number
  /** Every throttled attempt, including those a retry then got through. */
  readonly throttleEvents: number
}

export interface ApiSummary {
  readonly offered: number
  /** Admitted by every token bucket (its route's or stage's, and the account's). */
  readonly served: number
  /** Refused with 429, by any bucket: offered = served + throttled. */
  readonly throttled: number
  /** The part of `throttled` a stage or route bucket refused (the rest: the account's). */
  readonly stageThrottled: number
  readonly timedOut: number
  /** Admitted, then refused by Lambda: the function was throttled (the client gets an error). */
  readonly functionThrottled: number
}

export interface SimulationSummary {
  /** Length of the statistics window (from warmupS to the end), in seconds. */
  readonly windowS: number
  readonly functions: Readonly<Record<string, FunctionSummary>>
  readonly apis: Readonly<Record<string, ApiSummary>>
  readonly tables: Readonly<Record<string, TableSummary>>
  /** USD a month: the window's usage scaled to the scenario's month and priced (null: not priced). */
  readonly cost: number | null
  readonly costByService: Readonly<Record<string, number>>
}

/**
 * Counts that must balance in every run (the conservation test checks them): nothing is made
 * or lost between arriving and being served, throttled or still in flight.
 */
export interface Conservation {
  /** Entry arrivals per traffic source (its label). */
  readonly sources: readonly { readonly label: string; readonly arrivals: number }[]
  /** attempts = started + throttled; started = completed + running. */
  readonly functions: Readonly<
    Record<
      string,
      {
        readonly attempts: number
        readonly started: number
        readonly throttled: number
        readonly completed: number
        readonly running: number
        /** Async events: events = succeeded + deadLettered + pending. */
        readonly events: number
        readonly succeeded: number
        readonly deadLettered: number
        readonly pending: number
      }
    >
  >
  /** offered = served + throttled. */
  readonly apis: Readonly<Record<string, ApiSummary>>
  /** Queues and streams: arrivals = processed + deadLettered + waiting + inFlight. */
  readonly queues: Readonly<
    Record<
      string,
      {
        readonly arrivals: number
        readonly processed: number
        readonly deadLettered: number
        readonly waiting: number
        readonly inFlight: number
      }
    >
  >
}

export interface SimulationResult {
  readonly settings: RunSettings
  readonly time: Float64Array
  readonly layers: {
    readonly api: LayerSeries
    readonly lambda: LayerSeries
    readonly dynamodb: LayerSeries
  }
  readonly functions: readonly FunctionSeries[]
  readonly apis: readonly ApiSeries[]
  readonly tables: readonly TableSeries[]
  readonly queues: readonly QueueSeries[]
  /** Absent when pricing was switched off. */
  readonly cost?: CostSeries
  readonly summary: SimulationSummary
  readonly conservation: Conservation
  readonly notes: readonly string[]
  /** Events processed and requests that entered the design (the benchmark's unit). */
  readonly events: number
  readonly arrivals: number
}

/** Typed arrays as plain arrays, NaN as null: the result as JSON would carry it. */
export type Jsonify<T> = T extends Float64Array
  ? (number | null)[]
  : T extends readonly (infer U)[]
    ? Jsonify<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonify<T[K]> }
      : T

export function resultToJson(result: SimulationResult): Jsonify<SimulationResult> {
  return plain(result) as Jsonify<SimulationResult>
}

function plain(value: unknown): unknown {
  if (value instanceof Float64Array)
    return Array.from(value, (v) => (Number.isFinite(v) ? v : null))
  if (Array.isArray(value)) return value.map(plain)
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
  }
  return value
}

/** The buffers of every series, for `postMessage(result, transferables)` / `Comlink.transfer`. */
export function resultTransferables(result: SimulationResult): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>()
  const visit = (value: unknown): void => {
    if (value instanceof Float64Array) buffers.add(value.buffer as ArrayBuffer)
    else if (Array.isArray(value)) value.forEach(visit)
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit)
  }
  visit(result)
  return [...buffers]
}
