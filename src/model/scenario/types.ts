/**
 * A traffic scenario (SCENARIO.json): what reaches a design, and how its parts behave. The same
 * format drives the cost estimate and the simulation, so it holds fields that only one of them
 * reads (the simulation's randomness, cold starts, account limits, key skew...). Every field but
 * `traffic` is optional; `validateScenario` fills in the defaults written beside each field.
 *
 * Ids are the model's resource ids (`function:getUser`, `table:Users`, `restApi`...), kept as
 * plain strings here because this module imports nothing else of ours.
 */

/** How the request rate varies over the scenario's `durationS`; rates are per second. */
export type TrafficPattern =
  | { readonly type: 'constant'; readonly rps: number }
  /** Linear from `fromRps` at 0 to `toRps` at `durationS`. */
  | { readonly type: 'ramp'; readonly fromRps: number; readonly toRps: number }
  /** `baseRps`, except `peakRps` from `atS` for `forS` seconds. */
  | {
      readonly type: 'spike'
      readonly baseRps: number
      readonly peakRps: number
      readonly atS: number
      readonly forS: number
    }
  /** `meanRps + amplitudeRps × sin(2πt / periodS)`; `amplitudeRps ≤ meanRps`, so never negative. */
  | {
      readonly type: 'wave'
      readonly meanRps: number
      readonly amplitudeRps: number
      readonly periodS: number
    }
  /** The rate of the last step started (0 before the first); `atS` strictly increasing. */
  | {
      readonly type: 'step'
      readonly steps: readonly { readonly atS: number; readonly rps: number }[]
    }
  /** `rps[i]` for `stepS` seconds each; the series repeats when `durationS` is longer. */
  | { readonly type: 'series'; readonly stepS: number; readonly rps: readonly number[] }

export type PatternType = TrafficPattern['type']
export const PATTERN_TYPES: readonly PatternType[] = [
  'constant',
  'ramp',
  'spike',
  'wave',
  'step',
  'series',
]

export const ARRIVALS = ['poisson', 'uniform'] as const
export type Arrivals = (typeof ARRIVALS)[number]

/** Resource kinds traffic can enter at, by the kind part of the target id. */
export const TARGET_KINDS = [
  'restApi',
  'httpApi',
  'websocketApi',
  'function',
  'bucket',
  'queue',
  'topic',
  'schedule',
  'eventBus',
] as const
export type TargetKind = (typeof TARGET_KINDS)[number]
export const API_KINDS = ['restApi', 'httpApi', 'websocketApi'] as const

export interface TrafficSource {
  /**
   * Where the traffic enters: an API (`restApi`, `httpApi`, `websocketApi`; requests, or for a
   * WebSocket API new connections), a function invoked directly (`function:x`), a bucket (object
   * uploads), a queue (messages sent), a topic (publishes), a schedule (firings, replacing the
   * schedule's own rate) or an event bus (events put).
   */
  readonly target: string
  /**
   * APIs only: `GET /users/{id}` (or a WebSocket route key such as `sendMessage`). Absent: the
   * traffic is split evenly over the API's routes.
   */
  readonly route?: string
  readonly pattern: TrafficPattern
  /** Overrides the pattern's average for cost (the simulation still follows the pattern). */
  readonly requestsPerMonth?: number
  /** Default `poisson`. Simulation only. */
  readonly arrivals: Arrivals
  /** REST/HTTP request size; absent: USAGE.json's default (1 KB). */
  readonly avgRequestKb?: number
  /** WebSocket message, queue message or topic message size; absent: 1 KB. */
  readonly avgMessageKb?: number
  /** WebSocket only: messages each connection sends. Default 1. */
  readonly messagesPerConnection?: number
}

export const DURATION_DISTRIBUTIONS = ['constant', 'exponential', 'lognormal'] as const
export type DurationDistribution = (typeof DURATION_DISTRIBUTIONS)[number]

/**
 * Which idle instance takes a request: the most recently created (SimFaaS's rule, as Lambda is
 * observed to route: older instances are left to expire), the least recently created, or any.
 */
export const ROUTING_POLICIES = ['newest', 'oldest', 'random'] as const
export type RoutingPolicy = (typeof ROUTING_POLICIES)[number]

export interface FunctionBehaviour {
  /** Run time per invocation. Default `{ dist: 'constant', mean: 100 }` (USAGE.json's default). */
  readonly durationMs: {
    readonly dist: DurationDistribution
    readonly mean: number
    /** At least `mean`. Simulation only. */
    readonly p99?: number
  }
  /** Simulation only (absent: from the runtime, architecture, package type and `packageSizeMb`). */
  readonly coldStartMs?: number
  /**
   * Size of the ZIP deployment package, adding init time to the runtime's cold start.
   * Simulation only; absent: a hello-world package (nothing added).
   */
  readonly packageSizeMb?: number
  /** Idle time before an instance is reclaimed. Simulation only. */
  readonly keepAliveS?: number
  /** A cap on concurrent instances. Simulation only. */
  readonly maxConcurrency?: number
  /** Which idle instance takes a request. Simulation only. */
  readonly routing?: RoutingPolicy
  /** Bytes written to CloudWatch Logs per invocation. Default 1,000. */
  readonly logBytesPerInvocation: number
}

export const SCALING_MODELS = ['current', 'legacy'] as const
export type ScalingModel = (typeof SCALING_MODELS)[number]

/** Account and region limits. Simulation only. */
export interface AccountLimits {
  /** Default 1,000. */
  readonly concurrencyLimit: number
  /** `current` (1,000 per function every 10 s) or `legacy` (burst, then +500 a minute). */
  readonly scalingModel: ScalingModel
  /** Default 10,000. */
  readonly apiGatewayRps: number
  /** Default 5,000. */
  readonly apiGatewayBurst: number
}

/**
 * A token bucket of API Gateway: `rps` tokens a second refill a bucket of `burst`, one token a
 * request. Either part absent: the level above's (a route's from its API's stage, the stage's from
 * `account`).
 */
export interface ThrottleLimits {
  /** Steady requests a second, ≥ 0. */
  readonly rps?: number
  /** Bucket size: requests at once, a whole number ≥ 0. */
  readonly burst?: number
}

/**
 * An API's stage throttles (simulation-facts.md §3.2): the stage's default method (route)
 * throttle, applied to each route separately, and per-route overrides keyed as traffic's `route`
 * (`GET /users/{id}`, a WebSocket route key). A request needs a token from its route's bucket and
 * then from the account's. Simulation only.
 */
export interface ApiThrottles extends ThrottleLimits {
  /** By route key; a route must be in the design. */
  readonly routes?: Readonly<Record<string, ThrottleLimits>>
}

export type KeyDistribution = 'uniform' | { readonly zipf: number }

/**
 * DynamoDB auto scaling of a provisioned table (target tracking), from the design's capacity
 * upwards. Simulation only.
 */
export interface TableAutoScaling {
  /** Percent of provisioned capacity to aim at, 20–90. Default 70 (the console's default). */
  readonly targetUtilization: number
  /** Default 40,000 (the default per-table quota). */
  readonly maxRcu: number
  /** Default 40,000. */
  readonly maxWcu: number
}

export interface TableBehaviour {
  /** Default `uniform`. Simulation only. */
  readonly keyDistribution: KeyDistribution
  /** Default 1 KB. */
  readonly itemSizeKb: number
  /** Default 1 GB. */
  readonly storageGb: number
  /** Absent: capacity stays as the design provisions it. Simulation only. */
  readonly autoScaling?: TableAutoScaling
}

export const CONSISTENCIES = ['eventual', 'strong', 'transactional'] as const
export type Consistency = (typeof CONSISTENCIES)[number]

/** What one invocation of `from` does to `to` (a table, queue, topic or bucket). */
export interface AccessBehaviour {
  readonly from: string
  readonly to: string
  /** Table reads, bucket GETs, queue receives. Default: from the design (see the flow rules). */
  readonly readsPerInvocation?: number
  /** Table writes, bucket PUTs, queue sends, topic publishes. Default: from the design. */
  readonly writesPerInvocation?: number
  /** Default `eventual`; `transactional` makes writes transactional too. */
  readonly consistency: Consistency
  /** Absent: the table's `itemSizeKb`. */
  readonly itemSizeKb?: number
}

export const SCENARIO_PRICE_BOOKS = ['current', '2018'] as const
export type ScenarioPriceBook = (typeof SCENARIO_PRICE_BOOKS)[number]

export interface CostSettings {
  /** Default `current`. */
  readonly priceBook: ScenarioPriceBook
  /** Default true. */
  readonly freeTier: boolean
  /** Default 730. */
  readonly hoursPerMonth: number
  /** Deliveries per publish to subscribers the design does not show. Default 0. */
  readonly snsFanOut: number
  /** Months a log byte is kept: stored GB = ingested GB × this. Default 1. */
  readonly logRetentionMonths: number
}

export interface Scenario {
  /** Default 1. Simulation only. */
  readonly seed: number
  /** Seconds the patterns span. Default 3,600. */
  readonly durationS: number
  /** Seconds left out of the simulation's statistics. Default 0. */
  readonly warmupS: number
  readonly traffic: readonly TrafficSource[]
  /** By function id. */
  readonly functions: Readonly<Record<string, FunctionBehaviour>>
  readonly account: AccountLimits
  /**
   * Stage and route throttles by API id (`restApi`, `httpApi`, `websocketApi`). Absent: none,
   * only the account's bucket throttles API requests. Simulation only.
   */
  readonly apis?: Readonly<Record<string, ApiThrottles>>
  /** By table id. */
  readonly tables: Readonly<Record<string, TableBehaviour>>
  readonly access: readonly AccessBehaviour[]
  readonly cost: CostSettings
}

export type ScenarioResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly error: string }

export const FUNCTION_DEFAULTS: FunctionBehaviour = {
  durationMs: { dist: 'constant', mean: 100 },
  logBytesPerInvocation: 1000,
}

export const TABLE_DEFAULTS: TableBehaviour = {
  keyDistribution: 'uniform',
  itemSizeKb: 1,
  storageGb: 1,
}

/** A function's behaviour: the scenario's, else the defaults. */
export function functionBehaviour(scenario: Scenario, id: string): FunctionBehaviour {
  return scenario.functions[id] ?? FUNCTION_DEFAULTS
}

/** A table's behaviour: the scenario's, else the defaults. */
export function tableBehaviour(scenario: Scenario, id: string): TableBehaviour {
  return scenario.tables[id] ?? TABLE_DEFAULTS
}
