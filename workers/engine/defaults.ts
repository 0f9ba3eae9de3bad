/**
 * The platform rules the engine simulates, each with where it comes from. `simulation-facts.md`
 * is `shared/facts/simulation-facts.md`; figures marked "assumption" have no published source and
 * are the engine's own stated choice.
 */

/**
 * Idle environments are reclaimed after about 10 minutes: every idle gap up to 635.8 s stayed
 * warm, the shortest expiry seen was 645.0 s (us-east-1, June 2020; simulation-facts.md §0,
 * pacslab/serverless-performance-modeling). SimFaaS's default expiration threshold is 600 s.
 */
export const KEEP_ALIVE_S = 600

/** Default account concurrency, per Region (AWS Lambda docs, lambda-concurrency). */
export const ACCOUNT_CONCURRENCY = 1000

/**
 * Unreserved concurrency AWS keeps in the account: reserved concurrency may not take the pool
 * below 100 (docs configuration-concurrency; simulation-facts.md §3.1.4).
 */
export const MIN_UNRESERVED_CONCURRENCY = 100

/**
 * Scaling rate since 27 Nov 2023: each function adds at most 1,000 execution environments every
 * 10 s, refilled continuously, unused rate not banked (docs scaling-behavior; simulation-facts.md
 * §3.1.2). Simulated as a token bucket per function: capacity 1,000, refill 100 a second, one
 * token per new environment.
 */
export const CURRENT_SCALING = { burst: 1000, perSecond: 100 } as const

/**
 * The rule before Nov 2023: an account-level burst in the first minute — 3,000 in us-east-1,
 * us-west-2 and eu-west-1; 1,000 in ap-northeast-1, eu-central-1 and us-east-2; 500 elsewhere —
 * then +500 environments a minute (simulation-facts.md §0 and §3.1.3). Simulated as one account
 * token bucket with that burst as capacity, refilled at 500 a minute.
 */
export const LEGACY_SCALING_PER_SECOND = 500 / 60

export function legacyBurst(region: string): number {
  if (['us-east-1', 'us-west-2', 'eu-west-1'].includes(region)) return 3000
  if (['ap-northeast-1', 'eu-central-1', 'us-east-2'].includes(region)) return 1000
  return 500
}

/**
 * Asynchronous invocation (docs invocation-async-error-handling): a function error (a timeout
 * here) is retried twice, one minute after the first attempt and two minutes after the second,
 * then the event goes to the dead-letter queue / on-failure destination. A throttled event goes
 * back to Lambda's queue and is retried for up to 6 hours, the interval growing exponentially
 * from 1 s to at most 5 minutes.
 */
export const ASYNC_RETRY = {
  errorDelaysS: [60, 120],
  throttleFirstDelayS: 1,
  throttleMaxDelayS: 300,
  maxEventAgeS: 6 * 3600,
} as const

/**
 * API Gateway's account throttle is a token bucket of 10,000 requests a second with a 5,000
 * burst (docs apigateway limits; simulation-facts.md §3.2.1) — the scenario's `account` carries
 * both. Integration timeout: 29 s for REST (and WebSocket) APIs, 30 s for HTTP APIs
 * (simulation-facts.md §3.2.3, src/model/defaults.ts).
 */
export const INTEGRATION_TIMEOUT_S = { restApi: 29, httpApi: 30, websocketApi: 29 } as const

/**
 * Time API Gateway itself adds to a request, on top of the integration. Assumption: no figure
 * is published in the facts; 10 ms for HTTP and WebSocket APIs and 20 ms for REST APIs, which
 * AWS positions as the heavier of the two. An option overrides it.
 */
export const GATEWAY_OVERHEAD_MS = { restApi: 20, httpApi: 10, websocketApi: 10 } as const

/**
 * The AWS SDK's standard retry mode, which the JavaScript SDK v3 uses (@smithy/util-retry):
 * 3 attempts in all, and before retry k (k = 0, 1) a full-jitter wait of
 * random × min(20 s, 500 ms × 2^k) for a throttling error. A request still throttled on its
 * third attempt fails and is counted as throttled.
 */
export const SDK_RETRY = { maxAttempts: 3, throttlingBaseS: 0.5, maxDelayS: 20 } as const

/**
 * DynamoDB. Per-partition ceilings of 3,000 read and 1,000 write units a second in both modes,
 * reads and writes throttled independently (docs bp-partition-key-design; simulation-facts.md
 * §3.3.2). Burst: up to 300 s of unused provisioned capacity (simulation-facts.md §3.3.4).
 * On demand: a new table serves 12,000 read or 4,000 write units a second at once, absorbs up to
 * twice its previous peak instantly, may throttle beyond that within 30 minutes, and is capped
 * by the 40,000-unit table quota (simulation-facts.md §3.3.6).
 */
export const DYNAMODB = {
  partitionReadUnits: 3000,
  partitionWriteUnits: 1000,
  burstWindowS: 300,
  onDemandInitialReadUnits: 12000,
  onDemandInitialWriteUnits: 4000,
  onDemandPeakFactor: 2,
  onDemandPeakAgeS: 1800,
  tableQuotaUnits: 40000,
} as const

/**
 * DynamoDB auto scaling (Application Auto Scaling target tracking): it scales out when consumed
 * capacity stays above the target utilisation for 2 consecutive one-minute data points, and in
 * when it stays 20 points or more below the target for 15 (docs metrics-dimensions; re:Post
 * dynamodb-auto-scaling). The alarm and the UpdateTable call then take "several minutes": the
 * engine applies a new capacity 3 minutes after the alarm (assumption).
 */
export const AUTO_SCALING = {
  scaleOutMinutes: 2,
  scaleInMinutes: 15,
  scaleInMarginPoints: 20,
  updateLagS: 180,
} as const

/**
 * SQS event source (docs services-sqs-scaling): Lambda long-polls, starts with five concurrent
 * batches, adds up to 300 more a minute while messages are waiting, at most 1,000, and falls
 * back to five when the queue is drained.
 */
export const SQS_POLLERS = { initial: 5, perMinute: 300, max: 1000 } as const

/**
 * DynamoDB stream event source: one concurrent batch per shard (parallelization factor 1), and
 * Lambda polls each shard about four times a second (AWS Lambda developer guide, with-ddb; not
 * in the facts files). The engine takes one shard per table partition (assumption).
 */
export const STREAM_POLL_INTERVAL_S = 0.25

/** A poller whose invocation was throttled waits this long before polling again (assumption). */
export const POLLER_BACKOFF_S = 1
