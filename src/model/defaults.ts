/**
 * Framework defaults and AWS limits the model relies on. The defaults are the Serverless
 * Framework's (v3/v4): a function without `memorySize`, `timeout` or `architecture`, here or in
 * `provider`, gets these values when deployed.
 */
export const FRAMEWORK_DEFAULTS = {
  memorySize: 1024,
  timeout: 6,
  architecture: 'x86_64',
  stage: 'dev',
  region: 'us-east-1',
} as const

/** Lambda, API Gateway and SQS limits used by validation (AWS documentation, 2024–2026). */
export const AWS_LIMITS = {
  memoryMinMb: 128,
  memoryMaxMb: 10_240,
  timeoutMinS: 1,
  timeoutMaxS: 900,
  ephemeralStorageMinMb: 512,
  ephemeralStorageMaxMb: 10_240,
  /** REST and WebSocket API integration timeout: a longer-running function is cut off at 29 s. */
  restApiIntegrationTimeoutS: 29,
  /** HTTP API integration timeout. */
  httpApiIntegrationTimeoutS: 30,
  /** An SQS queue's default visibility timeout when `VisibilityTimeout` is not set. */
  sqsDefaultVisibilityTimeoutS: 30,
  sqsMaxVisibilityTimeoutS: 43_200,
  sqsMaxBatchSize: 10_000,
  sqsFifoMaxBatchSize: 10,
  streamMaxBatchSize: 10_000,
} as const

/** AWS bills and quotes monthly figures over 730 hours. */
export const HOURS_PER_MONTH = 730
