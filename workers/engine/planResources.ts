import {
  functionBehaviour,
  tableBehaviour,
  type AccessBehaviour,
  type Consistency,
  type Scenario,
} from '../../src/model/scenario'
import type {
  AccessEdge,
  ApiResource,
  FunctionResource,
  ResourceId,
  ServiceModel,
  TableResource,
} from '../../src/model/types'
import { partitionCount } from '../../src/pricing/capacity/partitions'
import { readUnitsPerRead, writeUnitsPerWrite } from '../../src/pricing/capacity/units'
import { accessRates, functionIntent } from '../../src/pricing/flow/accessRates'
import { defaultColdStart } from './coldStart'
import { DYNAMODB, GATEWAY_OVERHEAD_MS, INTEGRATION_TIMEOUT_S, KEEP_ALIVE_S } from './defaults'
import { durationParameters } from './distributions'
import { Routing } from './instances'
import type { SimulationOptions } from './options'
import type {
  ChannelOutput,
  PlannedApi,
  PlannedFunction,
  PlannedTable,
  TableAccess,
  TableGroup,
} from './plan'

/**
 * The functions of a design with what each invocation does: the table requests it makes (by
 * the cost flow's `accessRates`, grouped by table, consistency and item size for billing) and
 * what it sends to channels. Loops are not cut yet.
 */
export function planFunctions(
  model: ServiceModel,
  scenario: Scenario,
  options: SimulationOptions,
  tableIndex: ReadonlyMap<string, number>,
  channelIndex: ReadonlyMap<string, number>,
): { readonly functions: PlannedFunction[]; readonly groups: TableGroup[] } {
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
  const functions = model.resources.flatMap((fn) => {
    if (fn.kind !== 'function') return []
    const intent = functionIntent(model, fn.id)
    const tables: TableAccess[] = []
    const outputs: ChannelOutput[] = []
    for (const edge of accessByFunction.get(fn.id) ?? []) {
      const { reads, writes } = accessRates(edge, edge.behaviour, intent)
      const table = tableIndex.get(edge.to)
      if (table !== undefined) {
        const consistency = edge.behaviour?.consistency ?? 'eventual'
        const itemSizeKb =
          edge.behaviour?.itemSizeKb ?? tableBehaviour(scenario, edge.to).itemSizeKb
        tables.push({
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
    return [planFunction(fn, scenario, options, tables, outputs, channelIndex)]
  })
  return { functions, groups }
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
    reservedConcurrency: reserved,
    // Provisioned environments beyond the function's cap could never run a request.
    provisioned: Math.min(fn.provisionedConcurrency ?? 0, cap),
    tables,
    outputs,
    deadLetter: fn.onError === undefined ? -1 : (channelIndex.get(fn.onError) ?? -1),
  }
}

export function planApi(api: ApiResource, options: SimulationOptions): PlannedApi {
  const overheadMs = options.gatewayOverheadMs ?? GATEWAY_OVERHEAD_MS[api.kind]
  return {
    id: api.id,
    name: api.name,
    kind: api.kind,
    overheadMs,
    integrationTimeoutS: INTEGRATION_TIMEOUT_S[api.kind],
  }
}

export function planTable(
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
