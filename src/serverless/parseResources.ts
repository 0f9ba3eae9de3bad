import {
  resourceId,
  type BillingMode,
  type KeyAttribute,
  type Resource,
  type SecondaryIndex,
  type TableKeySchema,
} from '../model/types'
import { asList, isPlainMap, isUnresolved, resolvedText, type PlainMap } from './coerce'
import type { ParseContext } from './parseContext'
import type { Plain } from './plain'
import type { YamlPath } from './sourceMap'

/** A CloudFormation resource as written, for steps that look at it again (dead-letter queues). */
export interface DeclaredResource {
  readonly logicalId: string
  readonly type: string
  readonly properties: PlainMap
  readonly path: YamlPath
}

/** `resources.Resources` (or each `Resources` of a `resources` list) as model resources. */
export function parseResources(ctx: ParseContext): DeclaredResource[] {
  const declared: DeclaredResource[] = []
  for (const { logicalId, value, path } of resourceEntries(ctx)) {
    if (isUnresolved(value)) continue
    if (!isPlainMap(value)) {
      ctx.wrongType(path, `Resource '${logicalId}'`, 'a map with Type and Properties', value)
      continue
    }
    const type = typeof value['Type'] === 'string' ? value['Type'] : ''
    if (type === '') {
      ctx.report('error', 'missing-type', `Resource '${logicalId}' has no Type.`, path)
    }
    const properties = isPlainMap(value['Properties']) ? value['Properties'] : {}
    ctx.resourcePaths.set(logicalId, path)
    const resource = toResource(ctx, logicalId, type, properties, [...path, 'Properties'])
    ctx.registry.add('resources', resource, { path, form: 'entry' })
    registerPhysicalName(ctx, resource, type, properties)
    declared.push({ logicalId, type, properties, path })
  }
  return declared
}

function* resourceEntries(
  ctx: ParseContext,
): Generator<{ logicalId: string; value: Plain; path: YamlPath }> {
  const raw = ctx.config['resources']
  const blocks: { block: Plain; path: YamlPath }[] = []
  if (isPlainMap(raw)) blocks.push({ block: raw, path: ['resources'] })
  else if (Array.isArray(raw))
    raw.forEach((block, i) => blocks.push({ block, path: ['resources', i] }))
  else if (raw !== undefined && raw !== null && !isUnresolved(raw)) {
    ctx.wrongType(['resources'], 'resources', 'a map', raw)
  }
  for (const { block, path } of blocks) {
    if (!isPlainMap(block)) continue
    const resources = block['Resources']
    if (resources === undefined || resources === null || isUnresolved(resources)) continue
    if (!isPlainMap(resources)) {
      ctx.wrongType([...path, 'Resources'], 'Resources', 'a map of logical ids', resources)
      continue
    }
    for (const [logicalId, value] of Object.entries(resources)) {
      yield { logicalId, value, path: [...path, 'Resources', logicalId] }
    }
  }
}

function toResource(
  ctx: ParseContext,
  logicalId: string,
  type: string,
  properties: PlainMap,
  path: YamlPath,
): Resource {
  const base = { name: logicalId, origin: 'resources' } as const
  const name = (key: string) => resolvedText(properties[key])
  switch (type) {
    case 'AWS::DynamoDB::Table': {
      const id = resourceId('table', logicalId)
      const billing = properties['BillingMode']
      const billingMode: BillingMode =
        billing === 'PAY_PER_REQUEST' ? 'PAY_PER_REQUEST' : 'PROVISIONED'
      if (
        billing !== undefined &&
        billing !== 'PAY_PER_REQUEST' &&
        billing !== 'PROVISIONED' &&
        !isUnresolved(billing)
      ) {
        ctx.wrongType(
          [...path, 'BillingMode'],
          'BillingMode',
          "'PAY_PER_REQUEST' or 'PROVISIONED'",
          billing,
          id,
        )
      }
      const types = attributeTypes(properties['AttributeDefinitions'])
      const throughput = readThroughput(ctx, properties['ProvisionedThroughput'], [
        ...path,
        'ProvisionedThroughput',
      ])
      const stream = isPlainMap(properties['StreamSpecification'])
        ? resolvedText(properties['StreamSpecification']['StreamViewType'])
        : undefined
      const tableName = name('TableName')
      return {
        ...base,
        kind: 'table',
        id,
        ...(tableName !== undefined && { tableName }),
        billingMode,
        ...throughput,
        keys: keySchema(properties['KeySchema'], types),
        gsis: indexes(ctx, properties['GlobalSecondaryIndexes'], types, [
          ...path,
          'GlobalSecondaryIndexes',
        ]),
        lsis: indexes(ctx, properties['LocalSecondaryIndexes'], types, [
          ...path,
          'LocalSecondaryIndexes',
        ]),
        ...(stream !== undefined && { stream }),
      }
    }
    case 'AWS::S3::Bucket': {
      const bucketName = name('BucketName')
      return {
        ...base,
        kind: 'bucket',
        id: resourceId('bucket', logicalId),
        ...(bucketName !== undefined && { bucketName }),
      }
    }
    case 'AWS::SQS::Queue': {
      const id = resourceId('queue', logicalId)
      const queueName = name('QueueName')
      const visibilityTimeout = ctx.number(
        properties,
        'VisibilityTimeout',
        path,
        'VisibilityTimeout',
        id,
      )
      const fifo =
        properties['FifoQueue'] === true ||
        properties['FifoQueue'] === 'true' ||
        (queueName?.endsWith('.fifo') ?? false)
      return {
        ...base,
        kind: 'queue',
        id,
        ...(queueName !== undefined && { queueName }),
        fifo,
        ...(visibilityTimeout !== undefined && { visibilityTimeout }),
      }
    }
    case 'AWS::SNS::Topic': {
      const topicName = name('TopicName')
      return {
        ...base,
        kind: 'topic',
        id: resourceId('topic', logicalId),
        ...(topicName !== undefined && { topicName }),
      }
    }
    case 'AWS::Events::EventBus':
      return {
        ...base,
        kind: 'eventBus',
        id: resourceId('eventBus', logicalId),
        busName: name('Name') ?? logicalId,
      }
    default:
      return { ...base, kind: 'opaque', id: resourceId('opaque', logicalId), type }
  }
}

function registerPhysicalName(
  ctx: ParseContext,
  resource: Resource,
  type: string,
  properties: PlainMap,
): void {
  const registry = ctx.registry
  switch (resource.kind) {
    case 'table':
      if (resource.tableName) registry.setPhysicalName('table', resource.tableName, resource.id)
      break
    case 'bucket':
      if (resource.bucketName) registry.setPhysicalName('bucket', resource.bucketName, resource.id)
      break
    case 'queue':
      if (resource.queueName) registry.setPhysicalName('queue', resource.queueName, resource.id)
      break
    case 'topic':
      if (resource.topicName) registry.setPhysicalName('topic', resource.topicName, resource.id)
      break
    case 'eventBus':
      registry.setPhysicalName('eventBus', resource.busName, resource.id)
      break
    case 'opaque': {
      const streamName = resolvedText(properties['Name'])
      if (type === 'AWS::Kinesis::Stream' && streamName)
        registry.setPhysicalName('kinesis', streamName, resource.id)
      break
    }
    default:
      break
  }
}

function readThroughput(
  ctx: ParseContext,
  value: Plain | undefined,
  path: YamlPath,
): { rcu?: number; wcu?: number } {
  if (!isPlainMap(value)) return {}
  const rcu = ctx.number(value, 'ReadCapacityUnits', path, 'ReadCapacityUnits')
  const wcu = ctx.number(value, 'WriteCapacityUnits', path, 'WriteCapacityUnits')
  return { ...(rcu !== undefined && { rcu }), ...(wcu !== undefined && { wcu }) }
}

function attributeTypes(value: Plain | undefined): Map<string, string> {
  const types = new Map<string, string>()
  for (const item of asList(value)) {
    if (!isPlainMap(item)) continue
    const name = item['AttributeName']
    const type = item['AttributeType']
    if (typeof name === 'string' && typeof type === 'string') types.set(name, type)
  }
  return types
}

function keySchema(value: Plain | undefined, types: Map<string, string>): TableKeySchema {
  let hash: KeyAttribute | undefined
  let range: KeyAttribute | undefined
  for (const item of asList(value)) {
    if (!isPlainMap(item) || typeof item['AttributeName'] !== 'string') continue
    const name = item['AttributeName']
    const type = types.get(name)
    const attribute: KeyAttribute = type === undefined ? { name } : { name, type }
    if (item['KeyType'] === 'HASH') hash ??= attribute
    else if (item['KeyType'] === 'RANGE') range ??= attribute
  }
  return { ...(hash && { hash }), ...(range && { range }) }
}

function indexes(
  ctx: ParseContext,
  value: Plain | undefined,
  types: Map<string, string>,
  path: YamlPath,
): SecondaryIndex[] {
  if (value === undefined || value === null || isUnresolved(value)) return []
  if (!Array.isArray(value)) {
    ctx.wrongType(path, 'Secondary indexes', 'a list', value)
    return []
  }
  return value.flatMap((item, i): SecondaryIndex[] => {
    if (!isPlainMap(item)) return []
    const throughput = readThroughput(ctx, item['ProvisionedThroughput'], [
      ...path,
      i,
      'ProvisionedThroughput',
    ])
    const projection = isPlainMap(item['Projection'])
      ? resolvedText(item['Projection']['ProjectionType'])
      : undefined
    return [
      {
        name: resolvedText(item['IndexName']) ?? `#${i}`,
        keys: keySchema(item['KeySchema'], types),
        ...throughput,
        ...(projection !== undefined && { projection }),
      },
    ]
  })
}
