import { functionBehaviour, tableBehaviour, type Scenario } from '../../model/scenario'
import type {
  ApiResource,
  FunctionResource,
  Resource,
  ServiceModel,
  TableResource,
} from '../../model/types'
import type { ApiGatewayUsage } from '../apiGateway/usage'
import type { CloudwatchLogsUsage } from '../cloudwatchLogs/usage'
import type { DynamodbUsage } from '../dynamodb/usage'
import type { EventBridgeUsage } from '../eventBridge/usage'
import type { LambdaUsage } from '../lambda/usage'
import type { PriceBookId } from '../priceBookId'
import type { S3Usage } from '../s3/usage'
import type { SnsUsage } from '../sns/usage'
import type { SqsUsage } from '../sqs/usage'
import type { Counter, Tally } from './tally'

/** The USAGE.json object `estimate` prices; only services with usage have a list. */
export interface UsageFile {
  readonly priceBook: PriceBookId
  readonly freeTier: boolean
  readonly hoursPerMonth: number
  readonly lambda?: LambdaUsage[]
  readonly apiGateway?: ApiGatewayEntry[]
  readonly dynamodb?: DynamodbUsage[]
  readonly s3?: S3Usage[]
  readonly sqs?: SqsUsage[]
  readonly sns?: SnsUsage[]
  readonly eventBridge?: EventBridgeUsage[]
  readonly cloudwatchLogs?: CloudwatchLogsUsage[]
}

/** An API's entry holds only the size fields of its type (the checker refuses the others). */
export type ApiGatewayEntry = Omit<ApiGatewayUsage, 'avgRequestKb' | 'avgMessageKb'> &
  ({ readonly avgRequestKb: number } | { readonly avgMessageKb: number })

/** CloudWatch counts a GB as 1,024³ bytes. */
const BYTES_PER_GB = 1024 ** 3

/** Turn what the traffic did (the tally) into one USAGE.json entry per billed resource. */
export function usageFile(model: ServiceModel, scenario: Scenario, tally: Tally): UsageFile {
  const { priceBook, freeTier, hoursPerMonth } = scenario.cost
  const of = <K extends Resource['kind']>(kind: K) =>
    model.resources.filter((r): r is Extract<Resource, { kind: K }> => r.kind === kind)
  const functions = of('function')
  const lists = {
    lambda: functions.flatMap((f) => lambdaUsage(f, scenario, tally)),
    apiGateway: [...of('restApi'), ...of('httpApi'), ...of('websocketApi')].flatMap((api) =>
      apiUsage(api, tally),
    ),
    dynamodb: of('table').flatMap((t) => tableUsage(t, scenario, tally)),
    s3: of('bucket')
      .filter((b) => tally.puts.has(b.id) || tally.gets.has(b.id))
      .map((b) => ({
        name: b.name,
        puts: tally.puts.get(b.id),
        gets: tally.gets.get(b.id),
        storageGb: 0,
      })),
    sqs: of('queue')
      .filter((q) => tally.queueRequests.get(q.id) > 0)
      .map((q) => ({
        name: q.name,
        requests: tally.queueRequests.get(q.id),
        avgMessageKb: average(tally.queueKb, tally.queueMessages, q.id),
        fifo: q.fifo,
      })),
    sns: of('topic')
      .filter((t) => tally.publishes.get(t.id) > 0)
      .map((t) => ({
        name: t.name,
        publishes: tally.publishes.get(t.id),
        avgMessageKb: average(tally.topicKb, tally.publishes, t.id),
        httpDeliveries: tally.extraDeliveries.get(t.id),
        emailDeliveries: 0,
      })),
    eventBridge: of('eventBus')
      .filter((b) => tally.events.get(b.id) > 0)
      .map((b) => ({ name: b.busName, events: tally.events.get(b.id), avgEventKb: 1 })),
    cloudwatchLogs: functions.flatMap((f) => logsUsage(f, scenario, tally)),
  }
  const nonEmpty = Object.fromEntries(Object.entries(lists).filter(([, list]) => list.length > 0))
  return { priceBook, freeTier, hoursPerMonth, ...nonEmpty }
}

/** Σ size × count / Σ count, or 1 KB (USAGE.json's default) when nothing was counted. */
function average(kb: Counter, count: Counter, id: string): number {
  const n = count.get(id)
  return n > 0 ? kb.get(id) / n : 1
}

/**
 * Invocations split between provisioned concurrency and on demand by average load: while the
 * average concurrency (invocations × duration / seconds in the month) fits in the provisioned
 * instances, they serve every invocation; above it, their share is provisioned ÷ average.
 * Bursts above the average are not modelled here (the simulation does that).
 */
function lambdaUsage(fn: FunctionResource, scenario: Scenario, tally: Tally): LambdaUsage[] {
  const invocations = tally.invocations.get(fn.id)
  const provisioned = fn.provisionedConcurrency ?? 0
  if (invocations === 0 && provisioned === 0) return []
  const durationMs = functionBehaviour(scenario, fn.id).durationMs.mean
  const seconds = scenario.cost.hoursPerMonth * 3600
  const averageConcurrency = (invocations * durationMs) / 1000 / seconds
  const share = provisioned === 0 ? 0 : Math.min(1, provisioned / averageConcurrency)
  const provisionedRequests = invocations * share
  return [
    {
      name: fn.name,
      requests: invocations - provisionedRequests,
      durationMs,
      memoryMb: fn.memorySize,
      architecture: fn.architecture,
      ephemeralStorageMb: fn.ephemeralStorageSize ?? 512,
      provisionedConcurrency: provisioned,
      provisionedHours: null,
      provisionedRequests,
      provisionedDurationMs: durationMs,
    },
  ]
}

/** Log bytes per invocation; stored GB = ingested GB × retention months (not compressed). */
function logsUsage(fn: FunctionResource, scenario: Scenario, tally: Tally): CloudwatchLogsUsage[] {
  const bytes =
    tally.invocations.get(fn.id) * functionBehaviour(scenario, fn.id).logBytesPerInvocation
  if (bytes === 0) return []
  const ingestedGb = bytes / BYTES_PER_GB
  return [
    {
      name: fn.name,
      ingestedGb,
      storedGb: ingestedGb * scenario.cost.logRetentionMonths,
      vended: false,
    },
  ]
}

function apiUsage(api: ApiResource, tally: Tally): ApiGatewayEntry[] {
  const requests = tally.apiRequests.get(api.id)
  const connections = tally.apiConnections.get(api.id)
  if (requests === 0 && connections === 0) return []
  const size = average(tally.apiKb, tally.apiRequests, api.id)
  const common = { name: api.name, cacheSizeGb: 0, cacheHours: null }
  if (api.kind === 'websocketApi') {
    // Connection minutes need how long connections stay open, which the scenario does not say.
    return [
      {
        ...common,
        type: 'websocket',
        requests: 0,
        messages: requests,
        avgMessageKb: size,
        connectionMinutes: 0,
      },
    ]
  }
  return [
    {
      ...common,
      type: api.kind === 'restApi' ? 'rest' : 'http',
      requests,
      avgRequestKb: size,
      messages: 0,
      connectionMinutes: 0,
    },
  ]
}

/**
 * Every table of the design is billed (storage, and provisioned capacity whatever the traffic).
 * On demand, one entry per read consistency and item size, storage on the first; provisioned,
 * one entry with the table's and its indexes' capacity, the requests only for the record.
 */
function tableUsage(table: TableResource, scenario: Scenario, tally: Tally): DynamodbUsage[] {
  const behaviour = tableBehaviour(scenario, table.id)
  const groups = [...(tally.tableOps.get(table.id)?.values() ?? [])]
  const provisioned = table.billingMode === 'PROVISIONED'
  const base = {
    mode: provisioned ? ('provisioned' as const) : ('on-demand' as const),
    gsiCount: table.gsis.length,
    rcu: provisioned ? (table.rcu ?? 1) + sum(table.gsis.map((g) => g.rcu ?? 1)) : 1,
    wcu: provisioned ? (table.wcu ?? 1) + sum(table.gsis.map((g) => g.wcu ?? 1)) : 1,
    streamReads: 0,
  }
  const entry = (
    name: string,
    group: { consistency: DynamodbUsage['readConsistency']; itemSizeKb: number },
    reads: number,
    writes: number,
    storageGb: number,
  ): DynamodbUsage => ({
    ...base,
    name,
    reads,
    writes,
    itemSizeKb: group.itemSizeKb,
    gsiItemSizeKb: group.itemSizeKb,
    readConsistency: group.consistency,
    transactionalWrites: group.consistency === 'transactional',
    storageGb,
  })
  const first = groups[0] ?? { consistency: 'eventual' as const, itemSizeKb: behaviour.itemSizeKb }
  if (provisioned || groups.length <= 1) {
    const reads = sum(groups.map((g) => g.reads))
    const writes = sum(groups.map((g) => g.writes))
    return [entry(table.name, first, reads, writes, behaviour.storageGb)]
  }
  return groups.map((g, i) =>
    entry(
      `${table.name} (${g.consistency}, ${g.itemSizeKb} KB items)`,
      g,
      g.reads,
      g.writes,
      i === 0 ? behaviour.storageGb : 0,
    ),
  )
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0)
}
