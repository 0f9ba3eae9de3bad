import type { Arrivals, Consistency, Scenario, TrafficPattern } from '../../src/model/scenario'
import type { ApiResource, Architecture, Resource, ServiceModel } from '../../src/model/types'
import { MIN_UNRESERVED_CONCURRENCY } from './defaults'
import type { DurationParameters } from './distributions'
import type { Routing } from './instances'
import { cutLoops } from './loops'
import type { SimulationOptions } from './options'
import { planChannels } from './planChannels'
import { planApi, planFunctions, planTable } from './planResources'
import { planThrottles, type PlannedThrottle } from './planThrottles'
import { checkReferences, planSources } from './planTraffic'

export { PlanError } from './planError'
export type { PlannedThrottle } from './planThrottles'
/**
 * A design and its scenario compiled into flat, indexed parts for the event loop: functions,
 * APIs, tables, channels (queues, topics, buckets, event buses, schedules, table streams) and
 * traffic sources, each referring to the others by index. Traffic is routed as the cost flow
 * routes it (src/pricing/flow): API routes through `apiShares`, access rates through
 * `accessRates`, the same default batch sizes, loops cut once around.
 */
export interface Plan {
  readonly functions: readonly PlannedFunction[]
  readonly apis: readonly PlannedApi[]
  /** Stage and route token buckets, each drawn on before the account's (planThrottles.ts). */
  readonly throttles: readonly PlannedThrottle[]
  readonly tables: readonly PlannedTable[]
  /** Table requests billed alike (same table, consistency and item size). */
  readonly tableGroups: readonly TableGroup[]
  readonly channels: readonly PlannedChannel[]
  readonly sources: readonly PlannedSource[]
  readonly region: string
  /** Concurrency left to functions without reserved concurrency. */
  readonly unreservedConcurrency: number
  readonly notes: readonly string[]
}

export interface PlannedFunction {
  readonly id: string
  readonly name: string
  readonly memoryMb: number
  readonly architecture: Architecture
  readonly ephemeralStorageMb: number
  readonly timeoutS: number
  readonly duration: DurationParameters
  readonly meanDurationMs: number
  readonly coldStartMs: number
  readonly coldStartBasis: string
  readonly keepAliveS: number
  readonly routing: Routing
  /** min(reserved concurrency, the scenario's maxConcurrency); Infinity when neither is set. */
  readonly maxConcurrency: number
  /** Reserved concurrency: the function does not draw on the shared pool (absent: it does). */
  readonly reservedConcurrency: number | undefined
  readonly provisioned: number
  readonly tables: readonly TableAccess[]
  readonly outputs: readonly ChannelOutput[]
  /** The channel failed asynchronous events go to (`onError`), or -1. */
  readonly deadLetter: number
}

/** What one invocation does to a table, at the start of its run. */
export interface TableAccess {
  readonly table: number
  readonly reads: number
  readonly writes: number
  readonly readUnits: number
  readonly writeUnits: number
  readonly group: number
  /** The writes' stream records would loop back: they are not sent on. */
  readonly streamCut: boolean
}

/** What one successful invocation sends to a channel when it finishes (and reads from it). */
export interface ChannelOutput {
  readonly channel: number
  readonly writes: number
  readonly reads: number
  /** Sending on would loop back to where the traffic came from: counted, not delivered. */
  readonly cut: boolean
}

export type ApiKind = 'restApi' | 'httpApi' | 'websocketApi'

export interface PlannedApi {
  readonly id: string
  readonly name: string
  readonly kind: ApiKind
  readonly overheadMs: number
  readonly integrationTimeoutS: number
}

export interface TableAutoScaling {
  readonly targetUtilization: number
  readonly maxRcu: number
  readonly maxWcu: number
}

export interface PlannedTable {
  readonly id: string
  readonly name: string
  readonly provisioned: boolean
  readonly rcu: number
  readonly wcu: number
  readonly storageGb: number
  /** Partitions at the start (an on-demand table splits as its capacity grows). */
  readonly partitions: number
  /** Zipf exponent of the key distribution over partitions, or undefined for uniform keys. */
  readonly zipf: number | undefined
  readonly autoScaling: TableAutoScaling | undefined
  /** Stream channels fed by the table's writes. */
  readonly streams: readonly number[]
}

export interface TableGroup {
  readonly table: number
  readonly consistency: Consistency
  readonly itemSizeKb: number
}

export type ChannelKind = 'queue' | 'topic' | 'bucket' | 'eventBus' | 'schedule' | 'stream'

export interface PlannedChannel {
  readonly id: string
  readonly name: string
  readonly kind: ChannelKind
  /** Functions every event invokes asynchronously (topic, bucket, event bus, schedule). */
  readonly subscribers: readonly number[]
  /** Poll-based consumers sharing the messages (queue; a stream has one). */
  readonly mappings: readonly { readonly fn: number; readonly batchSize: number }[]
  /** A queue's redrive dead-letter queue (a channel index), or -1. */
  readonly deadLetter: number
  /** Shards of a stream (its table's partitions); 0 otherwise. */
  readonly shards: number
}

export type Entry =
  | {
      readonly kind: 'api'
      readonly api: number
      readonly routes: readonly {
        readonly fn: number
        readonly factor: number
        /** The route's stage or route bucket (an index into `throttles`), or -1. */
        readonly throttle: number
      }[]
      /** REST and HTTP: one route per request; WebSocket: every share per connection. */
      readonly chooseOne: boolean
      readonly kb: number
    }
  | { readonly kind: 'function'; readonly fn: number }
  | { readonly kind: 'channel'; readonly channel: number; readonly kb: number }

export interface PlannedSource {
  /** The traffic target, or the schedule firing on its own. */
  readonly label: string
  readonly pattern: TrafficPattern
  readonly arrivals: Arrivals
  readonly entry: Entry
}

export function makePlan(
  model: ServiceModel,
  scenario: Scenario,
  options: SimulationOptions = {},
): Plan {
  const resources = new Map<string, Resource>(model.resources.map((r) => [r.id, r]))
  checkReferences(scenario, resources)
  const notes: string[] = []
  const fnIndex = new Map(
    model.resources.filter((r) => r.kind === 'function').map((f, i) => [f.id as string, i]),
  )
  const apiResources = model.resources.filter(
    (r): r is ApiResource =>
      r.kind === 'restApi' || r.kind === 'httpApi' || r.kind === 'websocketApi',
  )
  const tables = model.resources.flatMap((r) =>
    r.kind === 'table' ? [planTable(r, scenario, notes)] : [],
  )
  const tableIndex = new Map(tables.map((t, i) => [t.id, i]))
  const { channels, channelIndex, tableStreams } = planChannels(model, fnIndex, tables, notes)
  const { functions, groups } = planFunctions(model, scenario, options, tableIndex, channelIndex)
  const apis = apiResources.map((api) => planApi(api, options))
  const throttles = planThrottles(apiResources, scenario)
  const sources = planSources(
    model,
    scenario,
    resources,
    {
      fnIndex,
      apiIndex: new Map(apiResources.map((a, i) => [a.id as string, i])),
      channelIndex,
      throttleOf: throttles.bucketOf,
    },
    notes,
  )
  const plannedTables = tables.map((t, i) => ({ ...t, streams: tableStreams[i]! }))

  const cut = cutLoops(functions, channels, plannedTables, sources)
  const cutFunctions = functions.map((fn, f) => ({
    ...fn,
    outputs: fn.outputs.map((o, i) => (cut.outputs.has(`${f}:${i}`) ? { ...o, cut: true } : o)),
    tables: fn.tables.map((a, i) => (cut.streams.has(`${f}:${i}`) ? { ...a, streamCut: true } : a)),
  }))
  if (cut.outputs.size + cut.streams.size > 0) {
    notes.push(
      'Loop cut: a function sending back to where its traffic came from is counted once around the loop, not followed again.',
    )
  }

  // Reserved concurrency and the provisioned environments of the other functions come out of
  // the account's pool; what is left is shared.
  const reservedTotal = cutFunctions.reduce((n, f) => n + (f.reservedConcurrency ?? 0), 0)
  const provisionedShared = cutFunctions
    .filter((f) => f.reservedConcurrency === undefined)
    .reduce((n, f) => n + f.provisioned, 0)
  const limit = scenario.account.concurrencyLimit
  if (
    cutFunctions.some((f) => f.reservedConcurrency !== undefined) &&
    reservedTotal > limit - MIN_UNRESERVED_CONCURRENCY
  ) {
    notes.push(
      `Reserved concurrency (${reservedTotal}) leaves fewer than ${MIN_UNRESERVED_CONCURRENCY} of the account's ${limit} unreserved; AWS refuses such a setting.`,
    )
  }
  if (apis.length > 0) notes.push(throttleNote(throttles.buckets))
  return {
    functions: cutFunctions,
    apis,
    throttles: throttles.buckets,
    tables: plannedTables,
    tableGroups: groups,
    channels,
    sources,
    region: model.provider.region,
    unreservedConcurrency: Math.max(0, limit - reservedTotal - provisionedShared),
    notes,
  }
}

/** What throttles API requests in the run (simulation-facts.md §3.2). */
function throttleNote(buckets: readonly PlannedThrottle[]): string {
  const usagePlans = 'usage-plan (API key) throttles are not modelled.'
  if (buckets.length === 0) {
    return `Only the account token bucket throttles API requests: the scenario sets no stage or route throttles (apis); ${usagePlans}`
  }
  return `API requests take a token from their route's bucket (its own limits, or the stage's default, which applies to each route separately), then from the account's; a refusal at either is a 429. ${buckets.length} route bucket${buckets.length === 1 ? '' : 's'}; ${usagePlans}`
}
