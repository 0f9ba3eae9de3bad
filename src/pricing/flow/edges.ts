import { tableBehaviour, type AccessBehaviour, type Scenario } from '../../model/scenario'
import {
  kindOfId,
  type AccessEdge,
  type ResourceId,
  type ServiceModel,
  type TriggerEdge,
} from '../../model/types'
import { accessRates, functionIntent, type FunctionIntent } from './accessRates'
import type { FlowEdge } from './propagate'
import { addTableOps } from './tally'

/** Lambda's default batch sizes: 10 messages from SQS, 100 records from a DynamoDB stream. */
export const SQS_DEFAULT_BATCH = 10
export const STREAM_DEFAULT_BATCH = 100

/**
 * The hops traffic takes through a design, by the resource they leave, API routes excepted
 * (where an API's requests go depends on the traffic source; see `apiShares`).
 */
export function flowEdges(model: ServiceModel, scenario: Scenario): Map<string, FlowEdge[]> {
  const byFrom = new Map<string, FlowEdge[]>()
  const add = (edge: FlowEdge) => byFrom.set(edge.from, [...(byFrom.get(edge.from) ?? []), edge])
  const triggers = model.edges.filter((e): e is TriggerEdge => e.kind === 'trigger')
  for (const edge of triggers) {
    const hop = triggerHop(edge, triggers)
    if (hop) add(hop)
  }
  for (const edge of accessEdges(model, scenario)) {
    add(accessHop(edge, scenario, functionIntent(model, edge.from)))
  }
  return byFrom
}

function triggerHop(edge: TriggerEdge, triggers: readonly TriggerEdge[]): FlowEdge | undefined {
  const key = `${edge.from}->${edge.to}#${edge.event}${edge.eventIndex}`
  const base = { key, from: edge.from, to: edge.to }
  switch (edge.event) {
    case 'http':
    case 'httpApi':
    case 'websocket':
      return undefined
    case 'sqs': {
      // Consumers of one queue compete: each message goes to one of them. Lambda receives a
      // batch per invocation and deletes it with one DeleteMessageBatch call, so each batch
      // costs two SQS requests on top of the send (full batches assumed; the empty receives of
      // long polling an idle queue are not counted).
      const consumers = triggers.filter((t) => t.from === edge.from && t.event === 'sqs').length
      const batches = 1 / (consumers * (edge.batchSize ?? SQS_DEFAULT_BATCH))
      return {
        ...base,
        factor: batches,
        record: (messages, tally) => tally.queueRequests.add(edge.from, 2 * messages * batches),
      }
    }
    case 'stream':
      // One invocation per batch of records (full batches assumed). Lambda's reads of a
      // DynamoDB stream are free, so they add no stream read requests.
      return { ...base, factor: 1 / (edge.batchSize ?? STREAM_DEFAULT_BATCH) }
    case 's3':
    case 'sns':
    case 'schedule':
    case 'eventBridge':
      // Every subscriber gets every event (S3 rules and SNS filter policies are not applied).
      return { ...base, factor: 1 }
  }
}

/** The design's access edges, plus one for each scenario `access` entry the design lacks. */
function accessEdges(
  model: ServiceModel,
  scenario: Scenario,
): (Pick<AccessEdge, 'from' | 'to' | 'actions'> & { behaviour?: AccessBehaviour })[] {
  const design = model.edges.filter((e): e is AccessEdge => e.kind === 'access')
  const find = (from: string, to: string) =>
    scenario.access.find((a) => a.from === from && a.to === to)
  const extra = scenario.access
    .filter((a) => !design.some((e) => e.from === a.from && e.to === a.to))
    .map((a) => ({ from: a.from as ResourceId, to: a.to as ResourceId, actions: [], behaviour: a }))
  return [
    ...design.map((e) => {
      const behaviour = find(e.from, e.to)
      return { ...e, ...(behaviour && { behaviour }) }
    }),
    ...extra,
  ]
}

/** Writes flow on (stream records, messages, publishes, objects, events); reads stop here. */
function accessHop(
  edge: Pick<AccessEdge, 'from' | 'to' | 'actions'> & { behaviour?: AccessBehaviour },
  scenario: Scenario,
  intent: FunctionIntent,
): FlowEdge {
  const { reads, writes } = accessRates(edge, edge.behaviour, intent)
  const base = {
    key: `${edge.from}->${edge.to}#access`,
    from: edge.from,
    to: edge.to,
    factor: writes,
  }
  switch (kindOfId(edge.to)) {
    case 'table': {
      const group = {
        consistency: edge.behaviour?.consistency ?? 'eventual',
        itemSizeKb: edge.behaviour?.itemSizeKb ?? tableBehaviour(scenario, edge.to).itemSizeKb,
      }
      return {
        ...base,
        record: (invocations, tally) =>
          addTableOps(tally, edge.to, group, invocations * reads, invocations * writes),
      }
    }
    case 'bucket':
      return {
        ...base,
        record: (invocations, tally) => tally.gets.add(edge.to, invocations * reads),
      }
    case 'queue':
      // ReceiveMessage calls the function's own code makes.
      return {
        ...base,
        record: (invocations, tally) => tally.queueRequests.add(edge.to, invocations * reads),
      }
    default:
      return base
  }
}
