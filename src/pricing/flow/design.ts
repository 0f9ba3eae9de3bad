import { requestsPerMonth, type Scenario, type TrafficSource } from '../../model/scenario'
import { kindOfId, type Resource, type ServiceModel } from '../../model/types'
import { estimate, type Bill } from '../estimate'
import { capacityNotes } from './capacityNotes'
import { flowEdges } from './edges'
import { FlowError, refuse } from './errors'
import { propagate, type FlowEdge } from './propagate'
import { apiShares } from './routes'
import { emptyTally, type Tally } from './tally'
import { usageFile, type UsageFile } from './usage'

export type FlowResult =
  | { readonly ok: true; readonly usage: UsageFile; readonly notes: readonly string[] }
  | { readonly ok: false; readonly error: string }

export type DesignCost =
  | {
      readonly ok: true
      readonly bill: Bill
      readonly usage: UsageFile
      readonly notes: readonly string[]
    }
  | { readonly ok: false; readonly error: string }

/**
 * The month of usage a scenario's traffic causes in a design: traffic enters at its targets and
 * flows along the trigger edges (API → route functions; bucket, topic, queue, stream, schedule,
 * event bus → subscribed functions) and the functions' access edges (reads and writes to tables,
 * sends to queues, publishes to topics, objects to buckets). Every schedule of the design fires
 * on its own at its expression's rate unless the scenario gives it as a target. Returns the
 * USAGE.json object `estimate` prices, and notes on what was assumed.
 */
export function usageFromDesign(model: ServiceModel, scenario: Scenario): FlowResult {
  try {
    return { ok: true, ...flow(model, scenario) }
  } catch (error) {
    if (error instanceof FlowError) return { ok: false, error: error.message }
    throw error
  }
}

/** `usageFromDesign`, priced by `estimate` with the scenario's `cost` settings. */
export function costOfDesign(model: ServiceModel, scenario: Scenario): DesignCost {
  const flowed = usageFromDesign(model, scenario)
  if (!flowed.ok) return flowed
  const priced = estimate(flowed.usage)
  if (!priced.ok) return { ok: false, error: priced.error }
  return { ok: true, bill: priced.bill, usage: flowed.usage, notes: flowed.notes }
}

function flow(model: ServiceModel, scenario: Scenario): { usage: UsageFile; notes: string[] } {
  const resources = new Map<string, Resource>(model.resources.map((r) => [r.id, r]))
  checkReferences(scenario, resources)
  const notes = new Set<string>()
  const tally = emptyTally()
  const edges = flowEdges(model, scenario)
  const { durationS, cost } = scenario

  const run = (source: TrafficSource | undefined, target: string, amount: number, path: string) => {
    const resource = resources.get(target)
    if (!resource) return
    const apiEdges: FlowEdge[] =
      source && isApi(resource)
        ? apiShares(resource, source, path).map(({ route, factor }, i) => ({
            key: `${target}->${route.functionId}#route${i}`,
            from: target,
            to: route.functionId,
            factor,
          }))
        : []
    propagate(target, amount, {
      tally,
      outgoing: (id) => (id === target && apiEdges.length > 0 ? apiEdges : (edges.get(id) ?? [])),
      arrive: (id, n) =>
        arrive(resources.get(id), n, id === target ? source : undefined, tally, scenario),
      onCut: (edge) =>
        notes.add(
          `Loop cut: traffic through ${edge.from} → ${edge.to} comes back to where it passed; it is counted once around the loop and not followed again.`,
        ),
    })
  }

  scenario.traffic.forEach((source, i) => {
    const path = `traffic[${i}]`
    if (!resources.has(source.target)) {
      refuse(`${path}.target`, `the design has no resource ${JSON.stringify(source.target)}`)
    }
    run(source, source.target, requestsPerMonth(source, durationS, cost.hoursPerMonth), path)
  })
  for (const resource of model.resources) {
    if (resource.kind !== 'schedule' || scenario.traffic.some((t) => t.target === resource.id))
      continue
    if (!resource.enabled) continue
    if (resource.invocationsPerMonth === undefined) {
      notes.add(
        `${resource.id} (${resource.expression}): the rate could not be read from the expression; give the schedule as a traffic target to count it.`,
      )
      continue
    }
    // Expressions are read over a 730-hour month; scale to the scenario's month.
    run(undefined, resource.id, (resource.invocationsPerMonth * cost.hoursPerMonth) / 730, '')
  }
  addNotes(model, scenario, notes)
  for (const note of capacityNotes(model, scenario, tally)) notes.add(note)
  return { usage: usageFile(model, scenario, tally), notes: [...notes] }
}

function isApi(
  resource: Resource,
): resource is Extract<Resource, { kind: 'restApi' | 'httpApi' | 'websocketApi' }> {
  return (
    resource.kind === 'restApi' || resource.kind === 'httpApi' || resource.kind === 'websocketApi'
  )
}

/** What arriving at a resource counts; `source` is set when the traffic enters there. */
function arrive(
  resource: Resource | undefined,
  amount: number,
  source: TrafficSource | undefined,
  tally: Tally,
  scenario: Scenario,
): void {
  if (!resource) return
  const id = resource.id
  switch (resource.kind) {
    case 'function':
      tally.invocations.add(id, amount)
      return
    case 'restApi':
    case 'httpApi':
      tally.apiRequests.add(id, amount)
      tally.apiKb.add(id, amount * (source?.avgRequestKb ?? 1))
      return
    case 'websocketApi': {
      const messages = amount * (source?.messagesPerConnection ?? 1)
      tally.apiConnections.add(id, amount)
      tally.apiRequests.add(id, messages)
      tally.apiKb.add(id, messages * (source?.avgMessageKb ?? 1))
      return
    }
    case 'queue':
      // Each message is sent with one SendMessage request.
      tally.queueRequests.add(id, amount)
      tally.queueMessages.add(id, amount)
      tally.queueKb.add(id, amount * (source?.avgMessageKb ?? 1))
      return
    case 'topic':
      tally.publishes.add(id, amount)
      tally.topicKb.add(id, amount * (source?.avgMessageKb ?? 1))
      tally.extraDeliveries.add(id, amount * scenario.cost.snsFanOut)
      return
    case 'bucket':
      tally.puts.add(id, amount)
      return
    case 'eventBus':
      tally.events.add(id, amount)
      return
    case 'table':
    case 'schedule':
    case 'opaque':
      // Table writes are counted on the access edge that makes them; schedules are free.
      return
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
}

function addNotes(model: ServiceModel, scenario: Scenario, notes: Set<string>): void {
  const events = new Set(model.edges.flatMap((e) => (e.kind === 'trigger' ? [e.event] : [])))
  if (model.provider.region !== 'us-east-1') {
    notes.add(`Prices are us-east-1's; the design deploys to ${model.provider.region}.`)
  }
  if (events.has('sqs')) {
    notes.add(
      'SQS requests = one SendMessage per message + one ReceiveMessage and one DeleteMessageBatch per batch a function receives (full batches; empty receives while polling an idle queue are not counted).',
    )
  }
  if (events.has('stream')) {
    notes.add(
      'DynamoDB streams: one invocation per full batch of written records; Lambda reads the stream for free. Filter patterns are not applied.',
    )
  }
  if (events.has('sns') || events.has('s3')) {
    notes.add(
      'Every subscriber receives every event: SNS filter policies and S3 key rules are not applied.',
    )
  }
  if (scenario.cost.snsFanOut > 0) {
    notes.add(
      `Each publish also reaches ${scenario.cost.snsFanOut} subscriber(s) outside the design, priced as HTTP/S deliveries.`,
    )
  }
  if (model.resources.some((r) => r.kind === 'websocketApi')) {
    notes.add(
      'WebSocket connection minutes are not counted: the scenario does not say how long connections stay open.',
    )
  }
  if (model.resources.some((r) => r.kind === 'schedule')) {
    notes.add(
      "Scheduled events are free; each schedule fires at its expression's rate unless it is a traffic target.",
    )
  }
  if (model.resources.some((r) => r.kind === 'function' && (r.provisionedConcurrency ?? 0) > 0)) {
    notes.add(
      'Provisioned concurrency serves every invocation while the average concurrency fits in it, and its share of them above that.',
    )
  }
  const unknownKinds = new Set(
    model.edges.flatMap((e) =>
      e.kind === 'trigger' && kindOfId(e.from) === 'opaque' ? [e.from] : [],
    ),
  )
  for (const id of unknownKinds) notes.add(`${id} is not priced: traffic from it is not modelled.`)
}
