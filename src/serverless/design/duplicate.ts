import {
  resourceId,
  type FunctionResource,
  type Resource,
  type ResourceId,
  type ServiceModel,
} from '../../model/types'
import type { FunctionProperty, FunctionProps, Patch } from '../patches'
import type { Plain } from '../plain'
import { capitalized, describeResource, kindNoun } from './labels'
import { uniqueFunctionName, uniqueLogicalId } from './names'
import { isRecord, readRaw, type RawDocument } from './rawDocument'
import { findResource } from './serviceQueries'

export type DuplicatePlan =
  | { readonly ok: true; readonly patches: Patch[]; readonly id: ResourceId }
  | { readonly ok: false; readonly reason: string }

/**
 * Copy a node, and the id of the copy to select.
 *
 * - A function becomes `<name>Copy` (`<name>Copy2`...) with its own settings as written
 *   (handler, runtime, memory, timeout, concurrency, environment, onError, layers...). Events are
 *   not copied: a second handler on the same route or queue would clash or split the traffic.
 *   A number written as a variable is copied as its current value.
 * - A table, bucket, queue or topic declared in resources becomes `<LogicalId>Copy` with every
 *   property as written, but a physical name that would clash: `TableName`, `QueueName` and
 *   `TopicName` get `-copy` (before `.fifo`); `BucketName` is left out, since bucket names are
 *   global and CloudFormation then makes a unique one.
 */
export function planDuplicate(model: ServiceModel, text: string, id: ResourceId): DuplicatePlan {
  const resource = findResource(model, id)
  if (!resource) return refuse('That resource is no longer in the design.')
  const problem = uncopyable(resource)
  if (problem) return refuse(problem)
  const raw = readRaw(text)
  if (!raw) return refuse('Fix the errors in serverless.yml before copying.')
  if (resource.kind === 'function') return duplicateFunction(model, raw, resource)
  if (!isCopyableKind(resource.kind)) {
    return refuse(`${capitalized(describeResource(resource))} cannot be copied.`)
  }
  return duplicateResource(model, raw, resource.kind, resource.name)
}

function refuse(reason: string): DuplicatePlan {
  return { ok: false, reason }
}

function uncopyable(resource: Resource): string | undefined {
  switch (resource.kind) {
    case 'function':
      return undefined
    case 'restApi':
    case 'httpApi':
    case 'websocketApi':
      return `A service has one ${kindNoun(resource.kind)}; connect it to more functions instead.`
    case 'schedule':
      return 'A schedule belongs to its function: connect it to another function to run that one on the same schedule.'
    case 'eventBus':
      return 'An event bus cannot be copied here; declare another one in serverless.yml.'
    case 'opaque':
      return 'An opaque CloudFormation resource cannot be copied here; copy it in serverless.yml.'
    default:
      return resource.origin === 'resources'
        ? undefined
        : `${capitalized(describeResource(resource))} is known only from an event, so there is no declaration to copy.`
  }
}

// ── functions ───────────────────────────────────────────────────────────────────────────────

const TEXT_PROPERTIES = ['handler', 'runtime', 'description'] as const
const NUMBER_PROPERTIES = [
  'memorySize',
  'timeout',
  'ephemeralStorageSize',
  'reservedConcurrency',
  'provisionedConcurrency',
] as const

function duplicateFunction(
  model: ServiceModel,
  raw: RawDocument,
  fn: FunctionResource,
): DuplicatePlan {
  const written = raw.at(['functions', fn.name])
  if (!isRecord(written)) return refuse(`The settings of ${fn.name} cannot be read to copy them.`)
  if (written.image !== undefined && written.handler === undefined) {
    return refuse(`${fn.name} runs a container image; copy it in serverless.yml.`)
  }
  const name = uniqueFunctionName(model, `${fn.name}Copy`)
  return {
    ok: true,
    patches: [{ op: 'addFunction', name, props: functionProps(written, fn) }],
    id: resourceId('function', name),
  }
}

function functionProps(written: { [key: string]: Plain }, fn: FunctionResource): FunctionProps {
  const props: { -readonly [P in FunctionProperty]?: FunctionProps[P] } = {}
  for (const key of TEXT_PROPERTIES) {
    const value = written[key]
    if (typeof value === 'string' && value.trim() !== '') props[key] = value
  }
  for (const key of NUMBER_PROPERTIES) {
    const value = written[key]
    // A variable (`${self:custom.timeout}`) cannot be written as a number: take its value.
    const resolved = typeof value === 'number' ? value : value !== undefined ? fn[key] : undefined
    if (resolved !== undefined) props[key] = resolved
  }
  const { architecture, tracing, onError, environment, layers } = written
  if (architecture === 'x86_64' || architecture === 'arm64') props.architecture = architecture
  if (tracing === 'Active' || tracing === 'PassThrough') props.tracing = tracing
  if (isRecord(onError) || (typeof onError === 'string' && /^(arn:|\$\{)/.test(onError))) {
    props.onError = onError
  }
  if (isRecord(environment)) props.environment = environment
  if (Array.isArray(layers)) props.layers = layers
  return props
}

// ── resources ───────────────────────────────────────────────────────────────────────────────

const PHYSICAL_NAME = {
  table: 'TableName',
  bucket: 'BucketName',
  queue: 'QueueName',
  topic: 'TopicName',
} as const
type CopyableKind = keyof typeof PHYSICAL_NAME

function isCopyableKind(kind: string): kind is CopyableKind {
  return Object.hasOwn(PHYSICAL_NAME, kind)
}

function duplicateResource(
  model: ServiceModel,
  raw: RawDocument,
  kind: CopyableKind,
  logicalId: string,
): DuplicatePlan {
  const written = raw.at(['resources', 'Resources', logicalId, 'Properties'])
  const properties = isRecord(written) ? written : {}
  const base = `${logicalId}Copy`
  const name = uniqueLogicalId(model, base)
  // `UsersCopy2` is named `users-copy2`: the physical name says which copy it is too.
  const suffix = `-copy${name.slice(base.length)}`
  const physicalKey = PHYSICAL_NAME[kind]
  const physical = properties[physicalKey]
  const physicalName =
    kind !== 'bucket' && typeof physical === 'string' ? withSuffix(physical, suffix) : undefined
  const patches: Patch[] = [addPatch(kind, name, physicalName)]
  for (const [key, value] of Object.entries(properties)) {
    if (key !== physicalKey) patches.push({ op: 'setResourceProperty', name, path: [key], value })
  }
  // A new table is written on-demand; a copy of one without BillingMode keeps CloudFormation's
  // default (provisioned) by leaving it out as well.
  if (kind === 'table' && properties.BillingMode === undefined && isRecord(written)) {
    patches.push({ op: 'setResourceProperty', name, path: ['BillingMode'], value: undefined })
  }
  return { ok: true, patches, id: resourceId(kind, name) }
}

function withSuffix(physicalName: string, suffix: string): string {
  return physicalName.endsWith('.fifo')
    ? `${physicalName.slice(0, -'.fifo'.length)}${suffix}.fifo`
    : `${physicalName}${suffix}`
}

function addPatch(kind: CopyableKind, name: string, physicalName: string | undefined): Patch {
  const named = <K extends string>(key: K) =>
    (physicalName === undefined ? {} : { [key]: physicalName }) as Partial<Record<K, string>>
  switch (kind) {
    case 'table':
      return { op: 'addTable', name, ...named('tableName') }
    case 'bucket':
      return { op: 'addBucket', name }
    case 'queue':
      return { op: 'addQueue', name, ...named('queueName') }
    case 'topic':
      return { op: 'addTopic', name, ...named('topicName') }
  }
}
