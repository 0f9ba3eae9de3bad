import { resourceId, type Resource, type ResourceId } from '../model/types'
import { containsVariable } from './variableSyntax'
import { displayValue } from './display'
import type { ParseContext } from './parseContext'
import type { Plain } from './plain'
import { findReferences, type Reference } from './references'
import type { YamlPath } from './sourceMap'

/** The kinds of node an event or a reference can name; `kinesis` is an opaque stream node. */
export type SourceKind = 'table' | 'bucket' | 'queue' | 'topic' | 'eventBus' | 'kinesis'

const SERVICE_KIND: Readonly<Record<string, SourceKind>> = {
  dynamodb: 'table',
  s3: 'bucket',
  sqs: 'queue',
  sns: 'topic',
  events: 'eventBus',
  kinesis: 'kinesis',
}

export function kindOfService(service: string): SourceKind | undefined {
  return SERVICE_KIND[service]
}

/**
 * The node `value` names, as an event source or dead-letter target of kind `kind`: a declared
 * resource by logical id or physical name, else a node for the external resource, created on
 * first mention with its declaration at `at`. A logical id that is not declared gives the id it
 * would have, which validation then reports as dangling.
 */
export function sourceNode(
  ctx: ParseContext,
  value: Plain,
  kind: SourceKind,
  at: YamlPath,
  opts: { readonly plainNames: boolean } = { plainNames: true },
): ResourceId | undefined {
  const refs = findReferences(value, ctx.settings)
  for (const ref of refs) {
    const id = nodeForReference(ctx, ref, kind, at, opts.plainNames)
    if (id) return id
  }
  return undefined
}

function nodeForReference(
  ctx: ParseContext,
  ref: Reference,
  kind: SourceKind,
  at: YamlPath,
  plainNames: boolean,
): ResourceId | undefined {
  switch (ref.kind) {
    case 'logical':
      return ctx.registry.byLogicalId(ref.logicalId) ?? resourceId(modelKind(kind), ref.logicalId)
    case 'arn': {
      const arnKind = kindOfService(ref.service)
      return arnKind === kind ? namedNode(ctx, kind, ref.name, at) : undefined
    }
    case 'queueUrl':
      return kind === 'queue' ? namedNode(ctx, kind, ref.name, at) : undefined
    case 'name':
      return plainNames ? namedNode(ctx, kind, ref.name, at) : undefined
    default:
      return undefined
  }
}

function modelKind(kind: SourceKind): Resource['kind'] {
  return kind === 'kinesis' ? 'opaque' : kind
}

/** The node with physical name `name`, else a new event-only node for it. */
export function namedNode(
  ctx: ParseContext,
  kind: SourceKind,
  name: string,
  at: YamlPath,
): ResourceId {
  const known = ctx.registry.byPhysicalName(kind, name)[0]
  if (known) return known
  const id = resourceId(modelKind(kind), name)
  if (ctx.registry.has(id)) return id
  const resolved = !containsVariable(name)
  const base = { id, name, origin: 'event' } as const
  const resource: Resource = (() => {
    switch (kind) {
      case 'bucket':
        return { ...base, kind, ...(resolved && { bucketName: name }) }
      case 'queue':
        return { ...base, kind, ...(resolved && { queueName: name }), fifo: name.endsWith('.fifo') }
      case 'topic':
        return { ...base, kind, ...(resolved && { topicName: name }) }
      case 'eventBus':
        return { ...base, kind, busName: name }
      case 'table':
        // An existing table: its settings live elsewhere; on-demand is the neutral guess.
        return {
          ...base,
          kind,
          ...(resolved && { tableName: name }),
          billingMode: 'PAY_PER_REQUEST',
          keys: {},
          gsis: [],
          lsis: [],
        }
      case 'kinesis':
        return { ...base, kind: 'opaque', type: 'AWS::Kinesis::Stream' }
    }
  })()
  ctx.registry.add('discovered', resource, { path: at, form: 'value' })
  ctx.registry.setPhysicalName(kind, name, id)
  if (kind === 'bucket') ctx.registry.aliasLogicalId(frameworkBucketLogicalId(name), id)
  return id
}

/** The logical id the framework gives the bucket of an `s3` event: `S3Bucket` + alphanumerics. */
export function frameworkBucketLogicalId(bucketName: string): string {
  const alnum = bucketName.replace(/[^0-9A-Za-z]/g, '')
  return `S3Bucket${alnum.charAt(0).toUpperCase()}${alnum.slice(1)}`
}

/** A node for a source we cannot identify, named by how it is written, with a note. */
export function unidentifiedSource(
  ctx: ParseContext,
  value: Plain,
  kind: SourceKind,
  at: YamlPath,
  event: string,
): ResourceId {
  const shown = displayValue(value)
  ctx.report(
    'info',
    'source-unresolved',
    `The ${event} source '${shown}' cannot be identified here; it is shown as an external ${modelKind(kind)}.`,
    at,
  )
  return namedNode(ctx, kind, shown, at)
}
