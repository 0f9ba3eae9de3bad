import type { BillingMode, ResourceId } from '../../model/types'
import type { Plain } from '../plain'

/**
 * A canvas edit of `serverless.yml`, discriminated on `op`. Patches name functions by their key
 * under `functions` and resources by their logical id under `resources.Resources`; values are
 * plain data, with CloudFormation intrinsics in long form (`{ Ref: 'T' }`), which are written
 * as short tags (`!Ref T`).
 */
export type Patch =
  | AddFunction
  | RenameFunction
  | RemoveFunction
  | SetFunctionProperty
  | SetEnvironmentVariable
  | AddEvent
  | UpdateEvent
  | RemoveEvent
  | AddTable
  | UpdateTable
  | AddTableIndex
  | RemoveTableIndex
  | AddBucket
  | AddQueue
  | UpdateQueue
  | AddTopic
  | SetResourceProperty
  | RemoveResource
  | ConnectAccess
  | DisconnectAccess

export type PatchResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string }

// ── functions ───────────────────────────────────────────────────────────────────────────────

export interface AddFunction {
  readonly op: 'addFunction'
  readonly name: string
  /** Defaults to `{ handler: 'src/handlers/<name>.handler' }`. */
  readonly props?: FunctionProps
}

export interface RenameFunction {
  readonly op: 'renameFunction'
  readonly from: string
  readonly to: string
}

export interface RemoveFunction {
  readonly op: 'removeFunction'
  readonly name: string
}

/** The function settings the model understands, and the value type each one takes. */
export interface FunctionPropertyValues {
  handler: string
  runtime: string
  memorySize: number
  timeout: number
  architecture: 'x86_64' | 'arm64'
  reservedConcurrency: number
  provisionedConcurrency: number
  ephemeralStorageSize: number
  description: string
  /** An SNS topic or SQS queue: a resource id (`topic:Alerts`), an ARN, or an intrinsic. */
  onError: string | Plain
  /** The whole map; to change one variable use `setEnvironmentVariable`. */
  environment: Readonly<Record<string, Plain>>
  tracing: 'Active' | 'PassThrough'
  layers: readonly Plain[]
}
export type FunctionProperty = keyof FunctionPropertyValues
export type FunctionProps = { readonly [P in FunctionProperty]?: FunctionPropertyValues[P] }

/** Set one property (or clear it with `value: undefined`). */
export type SetFunctionProperty = {
  readonly [P in FunctionProperty]: {
    readonly op: 'setFunctionProperty'
    readonly name: string
    readonly property: P
    readonly value: FunctionPropertyValues[P] | undefined
  }
}[FunctionProperty]

export interface SetEnvironmentVariable {
  readonly op: 'setEnvironmentVariable'
  readonly function: string
  readonly variable: string
  /** Undefined removes the variable. */
  readonly value: Plain | undefined
}

// ── events ──────────────────────────────────────────────────────────────────────────────────

/** A new event, one shape per event type; resources are named by logical id. */
export type EventSpec =
  | {
      readonly type: 'http'
      readonly path: string
      readonly method: string
      readonly cors?: boolean
    }
  | { readonly type: 'httpApi'; readonly path: string; readonly method: string }
  | { readonly type: 'httpApi'; readonly catchAll: true }
  | { readonly type: 'websocket'; readonly route: string }
  | {
      readonly type: 's3'
      readonly bucket: string
      readonly event?: string
      readonly rules?: readonly { readonly prefix?: string; readonly suffix?: string }[]
      /** The bucket exists already (declared in resources or elsewhere). */
      readonly existing?: boolean
    }
  | { readonly type: 'sns'; readonly topic: string }
  | { readonly type: 'sns'; readonly topicName: string }
  | { readonly type: 'sqs'; readonly queue: string; readonly batchSize?: number }
  | {
      readonly type: 'stream'
      readonly table: string
      readonly batchSize?: number
      readonly startingPosition?: 'LATEST' | 'TRIM_HORIZON'
    }
  | { readonly type: 'schedule'; readonly rate: string; readonly enabled?: boolean }
  | { readonly type: 'eventBridge'; readonly pattern?: Plain; readonly eventBus?: string }

export interface AddEvent {
  readonly op: 'addEvent'
  readonly function: string
  readonly event: EventSpec
}

/** Change settings inside one event (`batchSize`, `path`, `method`, `rate`...); undefined clears. */
export interface UpdateEvent {
  readonly op: 'updateEvent'
  readonly function: string
  readonly index: number
  readonly settings: Readonly<Record<string, Plain | undefined>>
}

export interface RemoveEvent {
  readonly op: 'removeEvent'
  readonly function: string
  readonly index: number
}

// ── resources ───────────────────────────────────────────────────────────────────────────────

export interface KeySpec {
  readonly name: string
  /** DynamoDB attribute type. */
  readonly type: 'S' | 'N' | 'B'
}

export const StreamViewType = {
  NEW_IMAGE: 'NEW_IMAGE',
  OLD_IMAGE: 'OLD_IMAGE',
  NEW_AND_OLD_IMAGES: 'NEW_AND_OLD_IMAGES',
  KEYS_ONLY: 'KEYS_ONLY',
} as const
export type StreamViewType = (typeof StreamViewType)[keyof typeof StreamViewType]

export interface AddTable {
  readonly op: 'addTable'
  readonly name: string
  readonly tableName?: string
  /** Defaults to PAY_PER_REQUEST. */
  readonly billingMode?: BillingMode
  readonly rcu?: number
  readonly wcu?: number
  /** Defaults to `id` (S). */
  readonly hashKey?: KeySpec
  readonly rangeKey?: KeySpec
  readonly stream?: StreamViewType
}

/** Change a table; fields left out stay; `null` removes (range key, stream). */
export interface UpdateTable {
  readonly op: 'updateTable'
  readonly name: string
  readonly billingMode?: BillingMode
  readonly rcu?: number
  readonly wcu?: number
  readonly hashKey?: KeySpec
  readonly rangeKey?: KeySpec | null
  readonly stream?: StreamViewType | null
}

export interface IndexSpec {
  readonly name: string
  readonly hashKey: KeySpec
  readonly rangeKey?: KeySpec
  /** Defaults to ALL. */
  readonly projection?: 'ALL' | 'KEYS_ONLY'
  readonly rcu?: number
  readonly wcu?: number
}

export interface AddTableIndex {
  readonly op: 'addTableIndex'
  readonly table: string
  readonly index: IndexSpec
}

export interface RemoveTableIndex {
  readonly op: 'removeTableIndex'
  readonly table: string
  readonly indexName: string
}

export interface AddBucket {
  readonly op: 'addBucket'
  readonly name: string
  readonly bucketName?: string
}

export interface AddQueue {
  readonly op: 'addQueue'
  readonly name: string
  readonly queueName?: string
  readonly fifo?: boolean
  readonly visibilityTimeout?: number
  /** Logical id of the dead-letter queue. */
  readonly deadLetterQueue?: string
  readonly maxReceiveCount?: number
}

/** Change a queue; `deadLetterQueue: null` removes its RedrivePolicy. */
export interface UpdateQueue {
  readonly op: 'updateQueue'
  readonly name: string
  readonly visibilityTimeout?: number
  readonly deadLetterQueue?: string | null
  readonly maxReceiveCount?: number
}

export interface AddTopic {
  readonly op: 'addTopic'
  readonly name: string
  readonly topicName?: string
}

/** Set (or clear, with undefined) any value under a resource's `Properties`. */
export interface SetResourceProperty {
  readonly op: 'setResourceProperty'
  readonly name: string
  readonly path: readonly (string | number)[]
  readonly value: Plain | undefined
}

/** Remove a resource and what points at it; refused when a reference cannot be cleaned safely. */
export interface RemoveResource {
  readonly op: 'removeResource'
  readonly name: string
}

// ── access edges ────────────────────────────────────────────────────────────────────────────

export interface ConnectAccess {
  readonly op: 'connectAccess'
  readonly function: string
  /** `table:Users`, `bucket:Uploads`, `queue:Jobs` or `topic:Alerts`. */
  readonly target: ResourceId
  /** Defaults to a name from the target, e.g. `USERS_TABLE`. */
  readonly envVar?: string
  /** Defaults to the usual read/write actions for the target's kind. */
  readonly actions?: readonly string[]
}

export interface DisconnectAccess {
  readonly op: 'disconnectAccess'
  readonly function: string
  readonly target: ResourceId
}
