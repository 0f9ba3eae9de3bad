/**
 * Layout of the engine's cumulative counters: one row per function (API, table...), one column
 * per measure, in a flat Float64Array (`row × size + column`), so the hot loop adds to an array
 * element and the recorder diffs whole arrays.
 */

/** Per function. Invocation attempts include async and poller retries. */
export const FnStat = {
  attempts: 0,
  started: 1,
  throttled: 2,
  coldStarts: 3,
  completed: 4,
  timedOut: 5,
  deadLettered: 6,
  provisionedStarted: 7,
  /** Billed ms of on-demand invocations: run time rounded up to 1 ms, plus init when cold. */
  billedMs: 8,
  provisionedBilledMs: 9,
  asyncEvents: 10,
  asyncSucceeded: 11,
  size: 12,
} as const

/**
 * Per API. `offered` counts requests (WebSocket: messages and connection events); offered =
 * served + throttled.
 */
export const ApiStat = {
  offered: 0,
  served: 1,
  /** Every 429: refused by a stage or route bucket, or by the account's. */
  throttled: 2,
  timedOut: 3,
  /** Requests the gateway admitted whose function was throttled (the client gets an error). */
  lambdaThrottled: 4,
  kb: 5,
  connections: 6,
  /** The part of `throttled` a stage or route bucket refused (the account's never consulted). */
  stageThrottled: 7,
  size: 8,
} as const

/** Per table. Throttled reads and writes failed after the SDK's retries. */
export const TableStat = {
  reads: 0,
  writes: 1,
  throttledReads: 2,
  throttledWrites: 3,
  /** Every throttled attempt, retried or not (CloudWatch's ThrottledRequests). */
  throttleEvents: 4,
  retrySeconds: 5,
  size: 6,
} as const

/** Per billing group of a table (consistency and item size). */
export const GroupStat = { reads: 0, writes: 1, size: 2 } as const

/** Per channel (queue, topic, bucket, event bus, schedule, stream). */
export const ChannelStat = {
  /** Messages sent, publishes, objects put, events put, firings, stream records. */
  arrivals: 0,
  kb: 1,
  /** GETs of a bucket, receives a function's own code makes on a queue. */
  reads: 2,
  /** Batches Lambda's pollers received. */
  receives: 3,
  /** Messages or records handed to a function that finished without error. */
  processed: 4,
  deadLettered: 5,
  /** Arrivals a loop cut kept from going on (counted, never delivered). */
  cut: 6,
  size: 7,
} as const
