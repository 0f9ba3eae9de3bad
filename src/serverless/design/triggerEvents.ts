import type {
  BucketResource,
  EventBusResource,
  FunctionResource,
  QueueResource,
  Resource,
  ScheduleResource,
  ServiceModel,
  TableResource,
  TopicResource,
} from '../../model/types'
import type { EventSpec, Patch } from '../patches'
import type { Plain } from '../plain'
import { describeResource } from './labels'
import { isRecord, rawEventBody, type RawDocument } from './rawDocument'
import { freePath, freeRouteKey } from './routes'
import { apiRoutes, exactNextEventIndex, triggersFrom } from './serviceQueries'

/** What the planners read: the model, and the text as written when the caller has it. */
export interface PlanContext {
  readonly model: ServiceModel
  readonly raw: RawDocument | undefined
}

export type TriggerPlan =
  | { readonly ok: true; readonly patches: Patch[]; readonly description: string }
  | { readonly ok: false; readonly reason: string }

/** SQS batches: the console's default, and the largest a FIFO queue accepts. */
export const QUEUE_BATCH_SIZE = 10

/**
 * The events that make `source` trigger `fn`. Sources declared in resources are named by logical
 * id; sources known only from events are named the way the file already names them, so the new
 * event reaches the same bucket, queue, topic or bus in every stage.
 */
export function planTrigger(ctx: PlanContext, source: Resource, fn: FunctionResource): TriggerPlan {
  switch (source.kind) {
    case 'restApi': {
      const path = freePath(apiRoutes(ctx.model, 'restApi'), [`/${fn.name}`])
      return planned(
        [addEvent(fn, { type: 'http', path, method: 'GET' })],
        `Route GET ${path} of the REST API to ${fn.name}.`,
      )
    }
    case 'httpApi': {
      const path = freePath(apiRoutes(ctx.model, 'httpApi'), [`/${fn.name}`])
      return planned(
        [addEvent(fn, { type: 'httpApi', path, method: 'GET' })],
        `Route GET ${path} of the HTTP API to ${fn.name}.`,
      )
    }
    case 'websocketApi': {
      const route = freeRouteKey(apiRoutes(ctx.model, 'websocketApi'), [fn.name])
      return planned(
        [addEvent(fn, { type: 'websocket', route })],
        `Send the WebSocket route "${route}" to ${fn.name}.`,
      )
    }
    case 'bucket':
      return bucketTrigger(ctx, source, fn)
    case 'queue':
      return queueTrigger(ctx, source, fn)
    case 'topic':
      return topicTrigger(ctx, source, fn)
    case 'table':
      return tableTrigger(source, fn)
    case 'schedule':
      return scheduleTrigger(source, fn)
    case 'eventBus':
      return eventBusTrigger(ctx, source, fn)
    default:
      return { ok: false, reason: `${describeResource(source)} cannot trigger a function.` }
  }
}

function planned(patches: Patch[], description: string): TriggerPlan {
  return { ok: true, patches, description }
}

function uncopyable(source: Resource, event: string): TriggerPlan {
  return {
    ok: false,
    reason: `${describeResource(source)} is named in serverless.yml in a way that cannot be copied here; add the ${event} event to the function in serverless.yml.`,
  }
}

function addEvent(fn: FunctionResource, event: EventSpec): Patch {
  return { op: 'addEvent', function: fn.name, event }
}

/**
 * Add `event`, then make its `key` a `!Ref` to the declared resource: the reference also tells
 * CloudFormation to create the resource first. Needs the new event's exact index, so without
 * the text the event keeps the plain name `event` was given.
 */
function addEventReferencing(
  ctx: PlanContext,
  fn: FunctionResource,
  event: EventSpec,
  key: string,
  logicalId: string,
): Patch[] {
  const index = exactNextEventIndex(ctx.raw, fn.name)
  const add = addEvent(fn, event)
  if (index === undefined) return [add]
  return [
    add,
    { op: 'updateEvent', function: fn.name, index, settings: { [key]: { Ref: logicalId } } },
  ]
}

/** How an existing `type` event from `source` is written, for sources known only from events. */
function writtenSource(ctx: PlanContext, source: Resource, type: string): Plain | undefined {
  if (!ctx.raw) return undefined
  for (const edge of triggersFrom(ctx.model, source.id)) {
    if (edge.event !== type) continue
    const fnKey = ctx.model.resources.find((r) => r.id === edge.to)?.name
    const body = fnKey === undefined ? undefined : rawEventBody(ctx.raw, fnKey, edge.eventIndex)
    if (body !== undefined) return body
  }
  return undefined
}

function bucketTrigger(
  ctx: PlanContext,
  bucket: BucketResource,
  fn: FunctionResource,
): TriggerPlan {
  const description = `Run ${fn.name} when an object is created in ${describeResource(bucket)}.`
  const event = 's3:ObjectCreated:*'
  if (bucket.origin === 'resources') {
    // The bucket exists before the framework wires its notifications: `existing: true`.
    const spec: EventSpec = { type: 's3', bucket: bucket.name, event, existing: true }
    return planned(addEventReferencing(ctx, fn, spec, 'bucket', bucket.name), description)
  }
  const written = writtenSource(ctx, bucket, 's3')
  const body = isRecord(written) ? written : { bucket: written ?? null }
  const name = typeof body.bucket === 'string' ? body.bucket : bucket.bucketName
  if (name === undefined) return uncopyable(bucket, 's3')
  const existing = body.existing === true
  return planned(
    [addEvent(fn, { type: 's3', bucket: name, event, ...(existing && { existing }) })],
    description,
  )
}

function queueTrigger(ctx: PlanContext, queue: QueueResource, fn: FunctionResource): TriggerPlan {
  const description = `${fn.name} will read ${describeResource(queue)} in batches of ${QUEUE_BATCH_SIZE}.`
  const batchSize = QUEUE_BATCH_SIZE
  if (queue.origin === 'resources') {
    return planned([addEvent(fn, { type: 'sqs', queue: queue.name, batchSize })], description)
  }
  const written = writtenSource(ctx, queue, 'sqs')
  const arn = isRecord(written) ? written.arn : written
  const queueArn =
    typeof arn === 'string' && arn.startsWith('arn:')
      ? arn
      : queue.queueName !== undefined
        ? `arn:aws:sqs:\${aws:region}:\${aws:accountId}:${queue.queueName}`
        : undefined
  if (queueArn === undefined) return uncopyable(queue, 'sqs')
  return planned([addEvent(fn, { type: 'sqs', queue: queueArn, batchSize })], description)
}

function topicTrigger(ctx: PlanContext, topic: TopicResource, fn: FunctionResource): TriggerPlan {
  const description = `Subscribe ${fn.name} to ${describeResource(topic)}.`
  if (topic.origin === 'resources') {
    return planned([addEvent(fn, { type: 'sns', topic: topic.name })], description)
  }
  const written = writtenSource(ctx, topic, 'sns')
  const candidates = isRecord(written) ? [written.arn, written.topicName] : [written]
  const copied = candidates.find((c): c is string => typeof c === 'string' && c !== '')
  if (copied !== undefined) {
    return planned([addEvent(fn, { type: 'sns', topicName: copied })], description)
  }
  if (topic.topicName === undefined) return uncopyable(topic, 'sns')
  // A topic no sns event names is someone else's (an onError target): subscribe by ARN, since
  // a bare name would make the framework create a topic of that name.
  const named = triggersFrom(ctx.model, topic.id).length > 0
  const topicName = named
    ? topic.topicName
    : `arn:aws:sns:\${aws:region}:\${aws:accountId}:${topic.topicName}`
  return planned([addEvent(fn, { type: 'sns', topicName })], description)
}

function tableTrigger(table: TableResource, fn: FunctionResource): TriggerPlan {
  // The codec enables the stream (NEW_AND_OLD_IMAGES) when the table has none.
  const enabling =
    table.stream === undefined
      ? `; the table has no stream yet — it will be enabled (NEW_AND_OLD_IMAGES)`
      : ''
  return planned(
    [addEvent(fn, { type: 'stream', table: table.name, startingPosition: 'LATEST' })],
    `${fn.name} will consume the stream of ${describeResource(table)}${enabling}.`,
  )
}

function scheduleTrigger(schedule: ScheduleResource, fn: FunctionResource): TriggerPlan {
  // A schedule with several expressions is one event with a list; one event each is the same
  // timing and keeps every new event in the simple `rate: ...` form.
  const expressions = schedule.expression.split('; ')
  const patches = expressions.map((rate) =>
    addEvent(fn, { type: 'schedule', rate, ...(!schedule.enabled && { enabled: false }) }),
  )
  return planned(patches, `Also run ${fn.name} on ${schedule.expression}.`)
}

function eventBusTrigger(
  ctx: PlanContext,
  bus: EventBusResource,
  fn: FunctionResource,
): TriggerPlan {
  const sources = eventSources(ctx, bus)
  const pattern: Plain = { source: sources }
  const description = `Send events with source ${sources.join(', ')} on ${describeResource(bus)} to ${fn.name}.`
  if (bus.origin === 'resources') {
    const index = exactNextEventIndex(ctx.raw, fn.name)
    if (index !== undefined) {
      return planned(
        addEventReferencing(ctx, fn, { type: 'eventBridge', pattern }, 'eventBus', bus.name),
        description,
      )
    }
    // Without the text, an ARN names the declared bus without risking the wrong event index.
    const eventBus = `arn:aws:events:\${aws:region}:\${aws:accountId}:event-bus/${bus.busName}`
    return planned([addEvent(fn, { type: 'eventBridge', pattern, eventBus })], description)
  }
  if (bus.busName === 'default') {
    return planned([addEvent(fn, { type: 'eventBridge', pattern })], description)
  }
  const written = writtenSource(ctx, bus, 'eventBridge')
  const copied = isRecord(written) ? written.eventBus : undefined
  const eventBus = typeof copied === 'string' ? copied : bus.busName
  return planned([addEvent(fn, { type: 'eventBridge', pattern, eventBus })], description)
}

/**
 * The `source` a new rule on `bus` matches: what another rule on the same bus matches, as
 * written (so `${self:custom.eventSource}` stays a variable), else `<service>.events`.
 */
function eventSources(ctx: PlanContext, bus: EventBusResource): string[] {
  for (const edge of triggersFrom(ctx.model, bus.id)) {
    const fnKey = ctx.model.resources.find((r) => r.id === edge.to)?.name
    if (!ctx.raw || fnKey === undefined) break
    const body = rawEventBody(ctx.raw, fnKey, edge.eventIndex)
    const pattern = isRecord(body) ? body.pattern : undefined
    const source = isRecord(pattern) ? pattern.source : undefined
    if (Array.isArray(source) && source.length > 0 && source.every((s) => typeof s === 'string')) {
      return source as string[]
    }
  }
  return [defaultEventSource(ctx.model)]
}

/** The `source` of a new rule when nothing better is known: events the service itself emits. */
export function defaultEventSource(model: ServiceModel): string {
  return `${model.service || 'service'}.events`
}
