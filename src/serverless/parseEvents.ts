import { invocationsPerMonth } from '../model/schedule'
import type { InvocationMode } from '../model/types'
import { apiId, assertNever, EventType, scheduleId, type ResourceId } from '../model/types'
import { asList, describe, isPlainMap, isUnresolved, resolvedText, type PlainMap } from './coerce'
import { namedNode, sourceNode, unidentifiedSource, type SourceKind } from './eventSources'
import type { FunctionInfo } from './parseFunctions'
import type { ParseContext } from './parseContext'
import type { ProviderInfo } from './parseProvider'
import type { Plain } from './plain'
import type { YamlPath } from './sourceMap'

/** Framework events we keep in the YAML but do not draw. */
const UNMODELLED_EVENTS = new Set([
  'alb',
  'alexaSkill',
  'alexaSmartHome',
  'iot',
  'iotFleetProvisioning',
  'cloudwatchEvent',
  'cloudwatchLog',
  'cognitoUserPool',
  'msk',
  'kafka',
  'activemq',
  'rabbitmq',
  'cloudFront',
])

const MODE: Readonly<Record<EventType, InvocationMode>> = {
  http: 'sync',
  httpApi: 'sync',
  websocket: 'sync',
  s3: 'async',
  sns: 'async',
  eventBridge: 'async',
  schedule: 'async',
  sqs: 'poll',
  stream: 'poll',
}

interface EventSite {
  readonly fn: FunctionInfo
  readonly index: number
  /** Path of the event item. */
  readonly at: YamlPath
  /** Path of the event's value (`events[i].http`). */
  readonly valuePath: YamlPath
}

/** Every function's `events`: trigger edges, implicit APIs and the nodes events name. */
export function parseEvents(
  ctx: ParseContext,
  functions: readonly FunctionInfo[],
  provider: ProviderInfo,
): void {
  for (const fn of functions) {
    const events = fn.settings['events']
    const eventsPath = [...fn.path, 'events']
    if (events === undefined || events === null || isUnresolved(events)) continue
    if (!Array.isArray(events)) {
      ctx.wrongType(eventsPath, `events of '${fn.key}'`, 'a list', events, fn.id)
      continue
    }
    events.forEach((event, index) => {
      const at = [...eventsPath, index]
      if (isUnresolved(event)) return
      if (!isPlainMap(event)) {
        ctx.wrongType(at, `An event of '${fn.key}'`, 'a map such as `http: ...`', event, fn.id)
        return
      }
      const types = Object.keys(event)
      const type = types[0]
      if (type === undefined) {
        ctx.report('warning', 'invalid-event', `An event of '${fn.key}' is empty.`, at, fn.id)
        return
      }
      if (types.length > 1) {
        ctx.report(
          'warning',
          'invalid-event',
          `An event has one type; this one has ${types.join(', ')}.`,
          at,
          fn.id,
        )
      }
      const site: EventSite = { fn, index, at, valuePath: [...at, type] }
      const value = event[type] ?? null
      if (isEventType(type)) parseEvent(ctx, site, type, value, provider)
      else if (UNMODELLED_EVENTS.has(type)) {
        ctx.report(
          'info',
          'event-unmodelled',
          `'${type}' events are kept but not drawn.`,
          at,
          fn.id,
        )
      } else {
        ctx.report('warning', 'event-unknown', `Unknown event type '${type}'.`, at, fn.id)
      }
    })
  }
}

function isEventType(type: string): type is EventType {
  return Object.hasOwn(EventType, type)
}

function parseEvent(
  ctx: ParseContext,
  site: EventSite,
  type: EventType,
  value: Plain,
  provider: ProviderInfo,
): void {
  switch (type) {
    case 'http':
    case 'httpApi':
    case 'websocket':
      return parseApiEvent(ctx, site, type, value)
    case 's3':
      return parseS3(ctx, site, value, provider)
    case 'sns':
      return parseSns(ctx, site, value)
    case 'sqs':
      return parsePolled(ctx, site, 'sqs', value, 'queue')
    case 'stream':
      return parseStream(ctx, site, value)
    case 'schedule':
      return parseSchedule(ctx, site, value)
    case 'eventBridge':
      return parseEventBridge(ctx, site, value)
    default:
      return assertNever(type, 'event type')
  }
}

function trigger(
  ctx: ParseContext,
  site: EventSite,
  event: EventType,
  from: ResourceId,
  batchSize?: number,
): void {
  ctx.edges.push({
    kind: 'trigger',
    from,
    to: site.fn.id,
    event,
    mode: MODE[event],
    eventIndex: site.index,
    ...(batchSize !== undefined && { batchSize }),
  })
}

function invalid(
  ctx: ParseContext,
  site: EventSite,
  type: string,
  expected: string,
  value: Plain,
): void {
  ctx.report(
    'warning',
    'invalid-event',
    `The ${type} event of '${site.fn.key}' needs ${expected}; found ${describe(value)}.`,
    site.valuePath,
    site.fn.id,
  )
}

function parseApiEvent(
  ctx: ParseContext,
  site: EventSite,
  type: 'http' | 'httpApi' | 'websocket',
  value: Plain,
): void {
  const route = apiRoute(type, value)
  if (!route) {
    const expected =
      type === 'websocket'
        ? 'a route (`$connect`, ...)'
        : 'a method and a path (`GET /users` or `path:` and `method:`)'
    if (!isUnresolved(value)) invalid(ctx, site, type, expected, value)
    return
  }
  const kind = type === 'http' ? 'restApi' : type === 'httpApi' ? 'httpApi' : 'websocketApi'
  const id = apiId(kind)
  ctx.registry.add(
    'discovered',
    { kind, id, name: kind, origin: 'implicit', routes: [] },
    { path: site.at, form: 'value' },
  )
  ctx.registry.addRoute(id, { ...route, functionId: site.fn.id, eventIndex: site.index })
  trigger(ctx, site, type, id)
}

function apiRoute(
  type: 'http' | 'httpApi' | 'websocket',
  value: Plain,
): { method: string; path: string } | undefined {
  if (type === 'websocket') {
    const routeKey =
      typeof value === 'string' ? value : isPlainMap(value) ? value['route'] : undefined
    return typeof routeKey === 'string' && routeKey !== ''
      ? { method: routeKey, path: '' }
      : undefined
  }
  if (type === 'httpApi' && value === '*') return { method: 'ANY', path: '*' }
  let method: Plain | undefined
  let path: Plain | undefined
  if (typeof value === 'string') {
    const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(value)
    if (!match) return undefined
    ;[method, path] = [match[1]!, match[2]!]
  } else if (isPlainMap(value)) {
    method = value['method'] ?? (type === 'httpApi' ? '*' : undefined)
    path = value['path'] ?? (type === 'httpApi' && value['method'] === undefined ? '*' : undefined)
  }
  if (typeof method !== 'string' || (typeof path !== 'string' && typeof path !== 'number'))
    return undefined
  const upper = method.toUpperCase()
  const text = String(path)
  return {
    method: upper === '*' ? 'ANY' : upper,
    path: text === '*' || text.startsWith('/') ? text : `/${text}`,
  }
}

function parseS3(ctx: ParseContext, site: EventSite, value: Plain, provider: ProviderInfo): void {
  const bucket =
    typeof value === 'string' ? value : isPlainMap(value) ? (value['bucket'] ?? null) : null
  if (bucket === null || (typeof bucket !== 'string' && !isPlainMap(bucket))) {
    invalid(ctx, site, 's3', 'a bucket name', value)
    return
  }
  let id: ResourceId | undefined
  if (typeof bucket === 'string') {
    // `bucket: photos` may name a `provider.s3` entry, whose `name` is the real bucket name.
    const configured = provider.s3Buckets[bucket]
    const physical = isPlainMap(configured) ? (resolvedText(configured['name']) ?? bucket) : bucket
    id = namedNode(ctx, 'bucket', physical, site.at)
  } else id = sourceNode(ctx, bucket, 'bucket', site.at)
  trigger(ctx, site, 's3', id ?? unidentifiedSource(ctx, bucket, 'bucket', site.at, 's3'))
}

function parseSns(ctx: ParseContext, site: EventSite, value: Plain): void {
  let id: ResourceId | undefined
  if (typeof value === 'string') id = sourceNode(ctx, value, 'topic', site.at)
  else if (isPlainMap(value)) {
    const arn = value['arn']
    if (arn !== undefined && arn !== null)
      id = sourceNode(ctx, arn, 'topic', site.at, { plainNames: false })
    const topicName = resolvedText(value['topicName'])
    if (!id && topicName) id = namedNode(ctx, 'topic', topicName, site.at)
    if (!id && arn !== undefined && arn !== null)
      id = unidentifiedSource(ctx, arn, 'topic', site.at, 'sns')
  }
  if (!id) {
    if (!isUnresolved(value) && !(isPlainMap(value) && isUnresolved(value['topicName']))) {
      invalid(ctx, site, 'sns', 'a topic name or arn', value)
      return
    }
    id = unidentifiedSource(
      ctx,
      isPlainMap(value) ? (value['topicName'] ?? null) : value,
      'topic',
      site.at,
      'sns',
    )
  }
  trigger(ctx, site, 'sns', id)
}

/** `sqs: arn` or `sqs: { arn, batchSize }`. */
function parsePolled(
  ctx: ParseContext,
  site: EventSite,
  type: 'sqs',
  value: Plain,
  kind: SourceKind,
): void {
  const arn = isPlainMap(value) ? (value['arn'] ?? null) : value
  if (arn === null) {
    invalid(ctx, site, type, 'an arn', value)
    return
  }
  const batchSize = isPlainMap(value)
    ? ctx.number(value, 'batchSize', site.valuePath, 'batchSize', site.fn.id)
    : undefined
  const id =
    sourceNode(ctx, arn, kind, site.at, { plainNames: false }) ??
    unidentifiedSource(ctx, arn, kind, site.at, type)
  trigger(ctx, site, type, id, batchSize)
}

/** DynamoDB or Kinesis: `type` says which; else the ARN or the referenced resource does. */
function parseStream(ctx: ParseContext, site: EventSite, value: Plain): void {
  const arn = isPlainMap(value) ? (value['arn'] ?? null) : value
  if (arn === null) {
    invalid(ctx, site, 'stream', 'an arn', value)
    return
  }
  const declared = isPlainMap(value) ? value['type'] : undefined
  const text = typeof arn === 'string' ? arn : ''
  const kind: SourceKind =
    declared === 'kinesis' ||
    text.startsWith('arn:aws:kinesis') ||
    (declared !== 'dynamodb' && !text.includes(':dynamodb:') && isKinesisRef(ctx, arn))
      ? 'kinesis'
      : 'table'
  const batchSize = isPlainMap(value)
    ? ctx.number(value, 'batchSize', site.valuePath, 'batchSize', site.fn.id)
    : undefined
  const id =
    sourceNode(ctx, arn, kind, site.at, { plainNames: false }) ??
    unidentifiedSource(ctx, arn, kind, site.at, 'stream')
  trigger(ctx, site, 'stream', id, batchSize)
}

function isKinesisRef(ctx: ParseContext, arn: Plain): boolean {
  if (!isPlainMap(arn)) return false
  const getAtt = arn['Fn::GetAtt']
  const logical = Array.isArray(getAtt)
    ? getAtt[0]
    : typeof getAtt === 'string'
      ? getAtt.split('.')[0]
      : undefined
  if (typeof logical !== 'string') return false
  const id = ctx.registry.byLogicalId(logical)
  const resource = id && ctx.registry.get(id)
  return resource?.kind === 'opaque' && resource.type === 'AWS::Kinesis::Stream'
}

function parseSchedule(ctx: ParseContext, site: EventSite, value: Plain): void {
  const settings: PlainMap = isPlainMap(value) ? value : { rate: value }
  const expressions = asList(settings['rate']).filter((r): r is string => typeof r === 'string')
  if (expressions.length === 0) {
    invalid(ctx, site, 'schedule', 'a rate(...) or cron(...) expression', value)
    return
  }
  const counts = expressions.map(invocationsPerMonth)
  const total = counts.every((c) => c !== undefined)
    ? counts.reduce<number>((a, c) => a + (c ?? 0), 0)
    : undefined
  const enabled = ctx.boolean(settings, 'enabled', site.valuePath, 'enabled', site.fn.id) ?? true
  const id = scheduleId(site.fn.key, site.index)
  ctx.registry.add(
    'discovered',
    {
      kind: 'schedule',
      id,
      name: `${site.fn.key}:${site.index}`,
      origin: 'event',
      expression: expressions.join('; '),
      ...(total !== undefined && { invocationsPerMonth: total }),
      enabled,
    },
    { path: site.at, form: 'value' },
  )
  trigger(ctx, site, 'schedule', id)
}

function parseEventBridge(ctx: ParseContext, site: EventSite, value: Plain): void {
  if (!isPlainMap(value)) {
    invalid(ctx, site, 'eventBridge', 'a map with a pattern or schedule', value)
    return
  }
  const bus = value['eventBus']
  const id =
    bus === undefined || bus === null || bus === 'default'
      ? namedNode(ctx, 'eventBus', 'default', site.at)
      : (sourceNode(ctx, bus, 'eventBus', site.at) ??
        unidentifiedSource(ctx, bus, 'eventBus', site.at, 'eventBridge'))
  trigger(ctx, site, 'eventBridge', id)
}
