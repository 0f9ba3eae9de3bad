import {
  functionBehaviour,
  tableBehaviour,
  type AccessBehaviour,
  type Arrivals,
  type Consistency,
  type Scenario,
  type TrafficPattern,
  type TrafficSource,
} from '../../src/model/scenario'
import {
  type AccessEdge,
  type ApiResource,
  type Architecture,
  type FunctionResource,
  type Resource,
  type ResourceId,
  type ServiceModel,
  type TableResource,
  type TriggerEdge,
} from '../../src/model/types'
import { partitionCount } from '../../src/pricing/capacity/partitions'
import { readUnitsPerRead, writeUnitsPerWrite } from '../../src/pricing/capacity/units'
import { accessRates, functionIntent } from '../../src/pricing/flow/accessRates'
import { SQS_DEFAULT_BATCH, STREAM_DEFAULT_BATCH } from '../../src/pricing/flow/edges'
import { FlowError } from '../../src/pricing/flow/errors'
import { apiShares } from '../../src/pricing/flow/routes'
import { defaultColdStart } from './coldStart'
import {
  DYNAMODB,
  GATEWAY_OVERHEAD_MS,
  INTEGRATION_TIMEOUT_S,
  KEEP_ALIVE_S,
  MIN_UNRESERVED_CONCURRENCY,
} from './defaults'
import { durationParameters, type DurationParameters } from './distributions'
import { Routing } from './instances'
import { cutLoops } from './loops'
import type { SimulationOptions } from './options'

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
  /** Reserved concurrency: the function does not draw on the shared pool. */
  readonly reserved: boolean
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
      readonly routes: readonly { readonly fn: number; readonly factor: number }[]
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

/** The scenario does not fit the design; the message names the field, as the cost flow does. */
export class PlanError extends Error {}

function refuse(path: string, problem: string): never {
  throw new PlanError(`${path}: ${problem}`)
}

export function makePlan(
  model: ServiceModel,
  scenario: Scenario,
  options: SimulationOptions = {},
): Plan {
  const resources = new Map<string, Resource>(model.resources.map((r) => [r.id, r]))
  checkReferences(scenario, resources)
  const notes: string[] = []
  const of = <K extends Resource['kind']>(kind: K) =>
    model.resources.filter((r): r is Extract<Resource, { kind: K }> => r.kind === kind)
  const functionResources = of('function')
  const fnIndex = new Map(functionResources.map((f, i) => [f.id as string, i]))
  const apiResources = model.resources.filter(
    (r): r is ApiResource =>
      r.kind === 'restApi' || r.kind === 'httpApi' || r.kind === 'websocketApi',
  )
  const tableResources = of('table')
  const tableIndex = new Map(tableResources.map((t, i) => [t.id as string, i]))
  const triggers = model.edges.filter((e): e is TriggerEdge => e.kind === 'trigger')

  // Channels: every queue, topic, bucket, event bus and schedule, then one per stream mapping.
  const channels: MutableChannel[] = []
  const channelIndex = new Map<string, number>()
  for (const r of model.resources) {
    if (!isChannelKind(r.kind)) continue
    channelIndex.set(r.id, channels.length)
    channels.push({ id: r.id, name: r.name, kind: r.kind, subscribers: [], mappings: [] })
  }
  const tables = tableResources.map((t) => planTable(t, scenario, notes))
  const tableStreams = tables.map((): number[] => [])
  for (const edge of triggers) {
    const fn = fnIndex.get(edge.to)
    if (fn === undefined) continue
    switch (edge.event) {
      case 'http':
      case 'httpApi':
      case 'websocket':
        break
      case 'sqs':
        channelAt(channelIndex, channels, edge.from)?.mappings.push({
          fn,
          batchSize: edge.batchSize ?? SQS_DEFAULT_BATCH,
        })
        break
      case 'stream': {
        const table = tableIndex.get(edge.from)
        if (table === undefined) {
          notes.push(`${edge.from} → ${edge.to}: only DynamoDB streams are simulated.`)
          break
        }
        tableStreams[table]!.push(channels.length)
        channels.push({
          id: `${edge.from}#stream→${edge.to}`,
          name: `${tableResources[table]!.name} stream`,
          kind: 'stream',
          subscribers: [],
          mappings: [{ fn, batchSize: edge.batchSize ?? STREAM_DEFAULT_BATCH }],
          shards: tables[table]!.partitions,
        })
        break
      }
      case 's3':
      case 'sns':
      case 'schedule':
      case 'eventBridge':
        channelAt(channelIndex, channels, edge.from)?.subscribers.push(fn)
        break
    }
  }

  const groups: TableGroup[] = []
  const groupIndex = new Map<string, number>()
  const groupOf = (table: number, consistency: Consistency, itemSizeKb: number) => {
    const key = `${table}|${consistency}|${itemSizeKb}`
    let index = groupIndex.get(key)
    if (index === undefined) {
      index = groups.length
      groupIndex.set(key, index)
      groups.push({ table, consistency, itemSizeKb })
    }
    return index
  }

  const accessByFunction = new Map<string, ReturnType<typeof accessEdges>>()
  for (const edge of accessEdges(model, scenario)) {
    accessByFunction.set(edge.from, [...(accessByFunction.get(edge.from) ?? []), edge])
  }
  const functions = functionResources.map((fn) => {
    const access = accessByFunction.get(fn.id) ?? []
    const intent = functionIntent(model, fn.id)
    const tableAccess: TableAccess[] = []
    const outputs: ChannelOutput[] = []
    for (const edge of access) {
      const { reads, writes } = accessRates(edge, edge.behaviour, intent)
      const table = tableIndex.get(edge.to)
      if (table !== undefined) {
        const consistency = edge.behaviour?.consistency ?? 'eventual'
        const itemSizeKb =
          edge.behaviour?.itemSizeKb ?? tableBehaviour(scenario, edge.to).itemSizeKb
        tableAccess.push({
          table,
          reads,
          writes,
          readUnits: readUnitsPerRead(itemSizeKb, consistency).value,
          writeUnits: writeUnitsPerWrite(itemSizeKb, consistency === 'transactional').value,
          group: groupOf(table, consistency, itemSizeKb),
          streamCut: false,
        })
        continue
      }
      const channel = channelIndex.get(edge.to)
      if (channel !== undefined) outputs.push({ channel, writes, reads, cut: false })
    }
    return planFunction(fn, scenario, options, tableAccess, outputs, channelIndex)
  })

  const apis = apiResources.map((api) => planApi(api, options))
  const sources = planSources(model, scenario, resources, {
    fnIndex,
    apiIndex: new Map(apiResources.map((a, i) => [a.id as string, i])),
    channelIndex,
  })

  const plannedChannels: PlannedChannel[] = channels.map((c) => ({
    ...c,
    deadLetter: queueDeadLetter(resources.get(c.id), channelIndex),
    shards: c.shards ?? 0,
  }))
  const plannedTables = tables.map((t, i) => ({ ...t, streams: tableStreams[i]! }))
  const cut = cutLoops(functions, plannedChannels, plannedTables, sources)
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

  const reserved = cutFunctions.filter((f) => f.reserved)
  const reservedTotal = reserved.reduce((n, f) => n + f.maxConcurrency, 0)
  const provisionedShared = cutFunctions
    .filter((f) => !f.reserved)
    .reduce((n, f) => n + f.provisioned, 0)
  const limit = scenario.account.concurrencyLimit
  if (reservedTotal > limit - MIN_UNRESERVED_CONCURRENCY && reserved.length > 0) {
    notes.push(
      `Reserved concurrency (${reservedTotal}) leaves fewer than ${MIN_UNRESERVED_CONCURRENCY} of the account's ${limit} unreserved; AWS refuses such a setting.`,
    )
  }
  if (apis.length > 0) {
    notes.push(
      'Stage, route and usage-plan throttles are not in the design; only the account token bucket throttles API requests.',
    )
  }
  return {
    functions: cutFunctions,
    apis,
    tables: plannedTables,
    tableGroups: groups,
    channels: plannedChannels,
    sources,
    region: model.provider.region,
    unreservedConcurrency: Math.max(0, limit - reservedTotal - provisionedShared),
    notes,
  }
}

type MutableChannel = {
  id: string
  name: string
  kind: ChannelKind
  subscribers: number[]
  mappings: { fn: number; batchSize: number }[]
  shards?: number
}

function isChannelKind(kind: string): kind is Exclude<ChannelKind, 'stream'> {
  return ['queue', 'topic', 'bucket', 'eventBus', 'schedule'].includes(kind)
}

function channelAt(
  index: ReadonlyMap<string, number>,
  channels: MutableChannel[],
  id: string,
): MutableChannel | undefined {
  const at = index.get(id)
  return at === undefined ? undefined : channels[at]
}

function queueDeadLetter(resource: Resource | undefined, index: ReadonlyMap<string, number>) {
  if (resource?.kind !== 'queue' || resource.deadLetterQueue === undefined) return -1
  return index.get(resource.deadLetterQueue) ?? -1
}

function planFunction(
  fn: FunctionResource,
  scenario: Scenario,
  options: SimulationOptions,
  tables: TableAccess[],
  outputs: ChannelOutput[],
  channelIndex: ReadonlyMap<string, number>,
): PlannedFunction {
  const behaviour = functionBehaviour(scenario, fn.id)
  const cold =
    behaviour.coldStartMs !== undefined
      ? { ms: behaviour.coldStartMs, basis: `coldStartMs from the scenario` }
      : defaultColdStart({
          ...(fn.runtime !== undefined && { runtime: fn.runtime }),
          architecture: fn.architecture,
          image: fn.image !== undefined,
          ...(behaviour.packageSizeMb !== undefined && { packageSizeMb: behaviour.packageSizeMb }),
        })
  const reserved = fn.reservedConcurrency
  const cap = Math.min(reserved ?? Infinity, behaviour.maxConcurrency ?? Infinity)
  return {
    id: fn.id,
    name: fn.name,
    memoryMb: fn.memorySize,
    architecture: fn.architecture,
    ephemeralStorageMb: fn.ephemeralStorageSize ?? 512,
    timeoutS: fn.timeout,
    duration: durationParameters(behaviour.durationMs),
    meanDurationMs: behaviour.durationMs.mean,
    coldStartMs: cold.ms,
    coldStartBasis: cold.basis,
    keepAliveS: behaviour.keepAliveS ?? KEEP_ALIVE_S,
    routing: Routing[behaviour.routing ?? options.routing ?? 'newest'],
    maxConcurrency: cap,
    reserved: reserved !== undefined,
    // Provisioned environments beyond the function's cap could never run a request.
    provisioned: Math.min(fn.provisionedConcurrency ?? 0, cap),
    tables,
    outputs,
    deadLetter: fn.onError === undefined ? -1 : (channelIndex.get(fn.onError) ?? -1),
  }
}

function planApi(api: ApiResource, options: SimulationOptions): PlannedApi {
  const overheadMs = options.gatewayOverheadMs ?? GATEWAY_OVERHEAD_MS[api.kind]
  return {
    id: api.id,
    name: api.name,
    kind: api.kind,
    overheadMs,
    integrationTimeoutS: INTEGRATION_TIMEOUT_S[api.kind],
  }
}

function planTable(
  table: TableResource,
  scenario: Scenario,
  notes: string[],
): Omit<PlannedTable, 'streams'> {
  const behaviour = tableBehaviour(scenario, table.id)
  const provisioned = table.billingMode === 'PROVISIONED'
  const rcu = provisioned ? (table.rcu ?? 1) : 0
  const wcu = provisioned ? (table.wcu ?? 1) : 0
  // An on-demand table starts with the partitions its initial 12,000 read units need.
  const partitions = partitionCount(
    provisioned
      ? { rcu, wcu, storageGb: behaviour.storageGb }
      : { rcu: DYNAMODB.onDemandInitialReadUnits, wcu: 0, storageGb: behaviour.storageGb },
  ).value
  const skew = behaviour.keyDistribution
  const scaling = behaviour.autoScaling
  if (scaling !== undefined && !provisioned) {
    notes.push(`${table.id}: autoScaling applies to provisioned tables only; it is ignored.`)
  }
  return {
    id: table.id,
    name: table.name,
    provisioned,
    rcu,
    wcu,
    storageGb: behaviour.storageGb,
    partitions,
    zipf: skew === 'uniform' ? undefined : skew.zipf,
    autoScaling: provisioned ? scaling : undefined,
  }
}

/** The design's access edges, plus one for each scenario `access` entry the design lacks. */
function accessEdges(model: ServiceModel, scenario: Scenario) {
  const design = model.edges.filter((e): e is AccessEdge => e.kind === 'access')
  const find = (from: string, to: string) =>
    scenario.access.find((a) => a.from === from && a.to === to)
  const extra = scenario.access
    .filter((a) => !design.some((e) => e.from === a.from && e.to === a.to))
    .map((a) => ({
      from: a.from as ResourceId,
      to: a.to as ResourceId,
      actions: [] as readonly string[],
      behaviour: a as AccessBehaviour | undefined,
    }))
  return [
    ...design.map((e) => ({
      from: e.from,
      to: e.to,
      actions: e.actions,
      behaviour: find(e.from, e.to),
    })),
    ...extra,
  ]
}

interface Indexes {
  readonly fnIndex: ReadonlyMap<string, number>
  readonly apiIndex: ReadonlyMap<string, number>
  readonly channelIndex: ReadonlyMap<string, number>
}

/** AWS quotes schedule rates over a 730-hour month (src/model/schedule.ts). */
const SCHEDULE_MONTH_S = 730 * 3600

function planSources(
  model: ServiceModel,
  scenario: Scenario,
  resources: ReadonlyMap<string, Resource>,
  indexes: Indexes,
): PlannedSource[] {
  const sources = scenario.traffic.map((source, i) =>
    planSource(source, `traffic[${i}]`, resources, indexes),
  )
  for (const r of model.resources) {
    if (r.kind !== 'schedule' || !r.enabled || r.invocationsPerMonth === undefined) continue
    if (scenario.traffic.some((t) => t.target === r.id)) continue
    sources.push({
      label: r.id,
      pattern: { type: 'constant', rps: r.invocationsPerMonth / SCHEDULE_MONTH_S },
      arrivals: 'uniform',
      entry: { kind: 'channel', channel: indexes.channelIndex.get(r.id)!, kb: 1 },
    })
  }
  return sources
}

function planSource(
  source: TrafficSource,
  path: string,
  resources: ReadonlyMap<string, Resource>,
  { fnIndex, apiIndex, channelIndex }: Indexes,
): PlannedSource {
  const resource = resources.get(source.target)
  if (!resource)
    refuse(`${path}.target`, `the design has no resource ${JSON.stringify(source.target)}`)
  const base = { label: source.target, pattern: source.pattern, arrivals: source.arrivals }
  switch (resource.kind) {
    case 'restApi':
    case 'httpApi':
    case 'websocketApi': {
      let shares
      try {
        shares = apiShares(resource, source, path)
      } catch (error) {
        if (error instanceof FlowError) throw new PlanError(error.message)
        throw error
      }
      const kb =
        resource.kind === 'websocketApi' ? (source.avgMessageKb ?? 1) : (source.avgRequestKb ?? 1)
      return {
        ...base,
        entry: {
          kind: 'api',
          api: apiIndex.get(resource.id)!,
          routes: shares.flatMap(({ route, factor }) => {
            const fn = fnIndex.get(route.functionId)
            return fn === undefined ? [] : [{ fn, factor }]
          }),
          chooseOne: resource.kind !== 'websocketApi',
          kb,
        },
      }
    }
    case 'function':
      return { ...base, entry: { kind: 'function', fn: fnIndex.get(resource.id)! } }
    case 'queue':
    case 'topic':
    case 'bucket':
    case 'eventBus':
    case 'schedule':
      return {
        ...base,
        entry: {
          kind: 'channel',
          channel: channelIndex.get(resource.id)!,
          kb: source.avgMessageKb ?? 1,
        },
      }
    case 'table':
    case 'opaque':
      return refuse(
        `${path}.target`,
        `${resource.id} is a ${resource.kind}: traffic cannot enter there`,
      )
  }
}

/** Every id the scenario names must be in the design, and of the right kind. */
function checkReferences(scenario: Scenario, resources: ReadonlyMap<string, Resource>): void {
  const expect = (path: string, id: string, kinds: readonly string[]) => {
    const resource = resources.get(id)
    if (!resource) refuse(path, `the design has no resource ${JSON.stringify(id)}`)
    if (!kinds.includes(resource.kind)) {
      refuse(path, `${id} is a ${resource.kind}, expected a ${kinds.join(' or ')}`)
    }
  }
  for (const id of Object.keys(scenario.functions)) expect(`functions.${id}`, id, ['function'])
  for (const id of Object.keys(scenario.tables)) expect(`tables.${id}`, id, ['table'])
  scenario.access.forEach((a, i) => {
    expect(`access[${i}].from`, a.from, ['function'])
    expect(`access[${i}].to`, a.to, ['table', 'queue', 'topic', 'bucket', 'eventBus'])
  })
  scenario.traffic.forEach((t, i) => {
    if (!resources.has(t.target)) {
      refuse(`traffic[${i}].target`, `the design has no resource ${JSON.stringify(t.target)}`)
    }
  })
}
