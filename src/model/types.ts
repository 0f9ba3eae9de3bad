/**
 * The domain model of a serverless service: resources (nodes) and edges, as a discriminated
 * union on `kind`. Pure data: no React, no DOM, no YAML. The codec in `src/serverless` derives a
 * `ServiceModel` from `serverless.yml`; everything else (canvas, pricing, simulation) reads it.
 */

/**
 * A stable, readable resource id: `<kind>:<name>`, where name is the function key, the
 * CloudFormation logical id, or — for a bucket, topic, queue or event bus known only from an
 * event — its physical name. The implicit APIs are the bare `restApi`, `httpApi`,
 * `websocketApi`; a schedule is `schedule:<function>:<index>` (index of the event in that
 * function's `events`).
 */
export type ResourceId = string & { readonly __brand: 'ResourceId' }

export const ResourceKind = {
  function: 'function',
  restApi: 'restApi',
  httpApi: 'httpApi',
  websocketApi: 'websocketApi',
  table: 'table',
  bucket: 'bucket',
  queue: 'queue',
  topic: 'topic',
  schedule: 'schedule',
  eventBus: 'eventBus',
  /** A CloudFormation resource the model does not understand: shown, never edited. */
  opaque: 'opaque',
} as const
export type ResourceKind = (typeof ResourceKind)[keyof typeof ResourceKind]

/** Event types we model as edges. Others are kept in the YAML and reported as unmodelled. */
export const EventType = {
  http: 'http',
  httpApi: 'httpApi',
  websocket: 'websocket',
  s3: 's3',
  sns: 'sns',
  sqs: 'sqs',
  stream: 'stream',
  schedule: 'schedule',
  eventBridge: 'eventBridge',
} as const
export type EventType = (typeof EventType)[keyof typeof EventType]

/** How an event invokes its function: this decides retries, throttling and how edges are drawn. */
export const InvocationMode = {
  /** The caller waits (API Gateway): throttles fail with 429. */
  sync: 'sync',
  /** Lambda's internal queue: retried twice, then onError / dead-letter. */
  async: 'async',
  /** Lambda polls the source in batches (SQS, DynamoDB/Kinesis streams). */
  poll: 'poll',
} as const
export type InvocationMode = (typeof InvocationMode)[keyof typeof InvocationMode]

export const Architecture = { x86_64: 'x86_64', arm64: 'arm64' } as const
export type Architecture = (typeof Architecture)[keyof typeof Architecture]

export const BillingMode = {
  PAY_PER_REQUEST: 'PAY_PER_REQUEST',
  PROVISIONED: 'PROVISIONED',
} as const
export type BillingMode = (typeof BillingMode)[keyof typeof BillingMode]

/**
 * Where a resource comes from in `serverless.yml`:
 * `functions` (a key of `functions`), `resources` (a key of `resources.Resources`),
 * `event` (named only by an event, e.g. an `s3` bucket the framework creates or an external
 * queue ARN), `implicit` (the APIs the framework creates from events).
 */
export type ResourceOrigin = 'functions' | 'resources' | 'event' | 'implicit'

interface ResourceBase {
  readonly id: ResourceId
  /** The function key, logical id, physical name or api kind; see `ResourceId`. */
  readonly name: string
  readonly origin: ResourceOrigin
}

export interface FunctionResource extends ResourceBase {
  readonly kind: 'function'
  /**
   * Deployed function name: the function's `name`, else the framework's
   * `<service>-<stage>-<key>`; absent when it does not resolve.
   */
  readonly functionName?: string
  readonly handler?: string
  readonly image?: string
  /** Effective values: the function's own, else the provider's, else the framework default. */
  readonly runtime?: string
  readonly memorySize: number
  readonly timeout: number
  readonly architecture: Architecture
  readonly reservedConcurrency?: number
  readonly provisionedConcurrency?: number
  readonly ephemeralStorageSize?: number
  /** Merged provider + function environment; values are display strings (refs as `!Ref X`). */
  readonly environment: Readonly<Record<string, string>>
  /** The resource `onError` names (SNS topic or SQS queue ARN), when it resolves to one. */
  readonly onError?: ResourceId
  readonly description?: string
}

export interface ApiRoute {
  /** Upper-case method or `ANY`; for websocket routes the route key (`$connect`, ...). */
  readonly method: string
  /** Path as written (`/users/{id}`); empty for websocket routes. */
  readonly path: string
  readonly functionId: ResourceId
  /** Index of the event in the function's `events`. */
  readonly eventIndex: number
}

export interface ApiResource extends ResourceBase {
  readonly kind: 'restApi' | 'httpApi' | 'websocketApi'
  readonly routes: readonly ApiRoute[]
}

export interface KeyAttribute {
  readonly name: string
  /** DynamoDB attribute type: S, N or B (from AttributeDefinitions), when declared. */
  readonly type?: string
}

export interface TableKeySchema {
  readonly hash?: KeyAttribute
  readonly range?: KeyAttribute
}

export interface SecondaryIndex {
  readonly name: string
  readonly keys: TableKeySchema
  readonly rcu?: number
  readonly wcu?: number
  readonly projection?: string
}

export interface TableResource extends ResourceBase {
  readonly kind: 'table'
  /** Physical `TableName` when it resolves. */
  readonly tableName?: string
  readonly billingMode: BillingMode
  readonly rcu?: number
  readonly wcu?: number
  readonly keys: TableKeySchema
  readonly gsis: readonly SecondaryIndex[]
  readonly lsis: readonly SecondaryIndex[]
  /** `StreamSpecification.StreamViewType`, when a stream is enabled. */
  readonly stream?: string
}

export interface BucketResource extends ResourceBase {
  readonly kind: 'bucket'
  readonly bucketName?: string
}

export interface QueueResource extends ResourceBase {
  readonly kind: 'queue'
  readonly queueName?: string
  readonly fifo: boolean
  readonly visibilityTimeout?: number
  /** The queue's `RedrivePolicy.deadLetterTargetArn`, when it resolves to a queue. */
  readonly deadLetterQueue?: ResourceId
  readonly maxReceiveCount?: number
}

export interface TopicResource extends ResourceBase {
  readonly kind: 'topic'
  readonly topicName?: string
}

export interface ScheduleResource extends ResourceBase {
  readonly kind: 'schedule'
  /** `rate(5 minutes)` or `cron(...)`; several expressions are joined with `; `. */
  readonly expression: string
  /** Invocations per month implied by the expression, when it can be computed. */
  readonly invocationsPerMonth?: number
  readonly enabled: boolean
}

export interface EventBusResource extends ResourceBase {
  readonly kind: 'eventBus'
  /** `default` or the bus name. */
  readonly busName: string
}

export interface OpaqueResource extends ResourceBase {
  readonly kind: 'opaque'
  /** CloudFormation type, e.g. `AWS::Kinesis::Stream`. */
  readonly type: string
}

export type Resource =
  | FunctionResource
  | ApiResource
  | TableResource
  | BucketResource
  | QueueResource
  | TopicResource
  | ScheduleResource
  | EventBusResource
  | OpaqueResource

export type ResourceOfKind<K extends ResourceKind> = Extract<Resource, { kind: K }>

/** An event source invoking a function. */
export interface TriggerEdge {
  readonly kind: 'trigger'
  readonly from: ResourceId
  readonly to: ResourceId
  readonly event: EventType
  readonly mode: InvocationMode
  /** Index of the event in the function's `events`. */
  readonly eventIndex: number
  /** SQS / stream batch size, when set. */
  readonly batchSize?: number
}

/** How an access edge was found: an environment value, an IAM statement, or both. */
export type AccessSource = 'environment' | 'iam'

/** A function using a table, bucket, queue or topic. */
export interface AccessEdge {
  readonly kind: 'access'
  readonly from: ResourceId
  readonly to: ResourceId
  readonly via: readonly AccessSource[]
  /** Environment variables whose value points at the target. */
  readonly envVars: readonly string[]
  /** IAM actions granted on the target, when found in a statement. */
  readonly actions: readonly string[]
}

export type Edge = TriggerEdge | AccessEdge

export interface ProviderSettings {
  readonly name?: string
  readonly runtime?: string
  readonly region: string
  readonly stage: string
  readonly memorySize?: number
  readonly timeout?: number
  readonly architecture?: Architecture
}

export interface ServiceModel {
  readonly service: string
  readonly provider: ProviderSettings
  /** In document order: functions first, then resources, then event-only and implicit ones. */
  readonly resources: readonly Resource[]
  readonly edges: readonly Edge[]
}

export function resourceId(kind: ResourceKind, name: string): ResourceId {
  return `${kind}:${name}` as ResourceId
}

/** The implicit API ids have no name part. */
export function apiId(kind: 'restApi' | 'httpApi' | 'websocketApi'): ResourceId {
  return kind as ResourceId
}

export function scheduleId(functionName: string, eventIndex: number): ResourceId {
  return `schedule:${functionName}:${eventIndex}` as ResourceId
}

/** The kind part of an id, whatever its name part holds. */
export function kindOfId(id: ResourceId): string {
  const colon = id.indexOf(':')
  return colon < 0 ? id : id.slice(0, colon)
}

export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`)
}
