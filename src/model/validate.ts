import { AWS_LIMITS } from './defaults'
import type { Diagnostic, Severity } from './diagnostics'
import { byId } from './graph'
import {
  kindOfId,
  type ApiResource,
  type FunctionResource,
  type QueueResource,
  type Resource,
  type ResourceId,
  type ServiceModel,
  type TableResource,
  type TriggerEdge,
} from './types'

type Path = readonly (string | number)[]

/**
 * Problems in a model that do not depend on its text: references to ids that do not exist,
 * clashing physical names, values AWS rejects or that will misbehave. Each diagnostic carries the
 * resource and the path of the YAML key it concerns (never a range: the model knows no text).
 */
export function validate(model: ServiceModel): Diagnostic[] {
  const out: Diagnostic[] = []
  const report = (
    severity: Severity,
    code: string,
    message: string,
    resourceId?: ResourceId,
    path?: Path,
  ) =>
    out.push({ severity, code, message, ...(resourceId && { resourceId }), ...(path && { path }) })
  const ids = byId(model)

  checkReferences(model, ids, report)
  checkDuplicateNames(model, report)
  checkProvider(model, report)
  for (const resource of model.resources) {
    if (resource.kind === 'function') checkFunction(model, resource, report)
    else if (resource.kind === 'table') checkTable(resource, report)
    else if (resource.kind === 'queue') checkQueue(resource, report)
    else if (resource.kind === 'restApi' || resource.kind === 'httpApi')
      checkRoutes(resource, report)
  }
  for (const edge of model.edges) {
    if (edge.kind === 'trigger') checkTrigger(edge, ids, report)
  }
  return out
}

type Report = (
  severity: Severity,
  code: string,
  message: string,
  resourceId?: ResourceId,
  path?: Path,
) => void

/** Where a resource is declared; undefined for event-only and implicit ones. */
export function declarationPath(resource: Resource): Path | undefined {
  if (resource.origin === 'functions') return ['functions', resource.name]
  if (resource.origin === 'resources') return ['resources', 'Resources', resource.name]
  return undefined
}

function propertyPath(resource: Resource, ...keys: string[]): Path | undefined {
  const base = declarationPath(resource)
  if (!base) return undefined
  return resource.origin === 'resources' ? [...base, 'Properties', ...keys] : [...base, ...keys]
}

function eventPath(functionName: string, eventIndex: number): Path {
  return ['functions', functionName, 'events', eventIndex]
}

function nameOfFunctionId(id: ResourceId): string {
  return id.slice(id.indexOf(':') + 1)
}

function checkReferences(
  model: ServiceModel,
  ids: ReadonlyMap<ResourceId, Resource>,
  report: Report,
): void {
  for (const edge of model.edges) {
    const missing = [edge.from, edge.to].filter((id) => !ids.has(id))
    if (missing.length === 0) continue
    if (edge.kind === 'trigger') {
      const fn = nameOfFunctionId(edge.to)
      const what = ids.has(edge.to) ? `${missing[0]}, which is not declared` : 'a missing function'
      report(
        'error',
        'dangling-reference',
        `The ${edge.event} event of function '${fn}' refers to ${what}.`,
        edge.to,
        eventPath(fn, edge.eventIndex),
      )
    } else {
      const fn = nameOfFunctionId(edge.from)
      report(
        'error',
        'dangling-reference',
        `Function '${fn}' uses ${missing.join(' and ')}, which is not declared.`,
        edge.from,
        ['functions', fn],
      )
    }
  }
  for (const r of model.resources) {
    if (r.kind === 'function' && r.onError !== undefined && !ids.has(r.onError)) {
      report(
        'error',
        'dangling-reference',
        `onError of function '${r.name}' refers to ${r.onError}, which is not declared.`,
        r.id,
        ['functions', r.name, 'onError'],
      )
    }
    if (r.kind === 'queue' && r.deadLetterQueue !== undefined && !ids.has(r.deadLetterQueue)) {
      report(
        'error',
        'dangling-reference',
        `The dead-letter queue of '${r.name}' refers to ${r.deadLetterQueue}, which is not declared.`,
        r.id,
        propertyPath(r, 'RedrivePolicy'),
      )
    }
  }
}

/** Physical names are unique per account and region: a second resource with one fails to deploy. */
function checkDuplicateNames(model: ServiceModel, report: Report): void {
  const seen = new Map<string, Resource>()
  for (const r of model.resources) {
    const named = physicalName(r)
    if (!named) continue
    const key = `${r.kind}\u0000${named.name}`
    const first = seen.get(key)
    if (!first) {
      seen.set(key, r)
      continue
    }
    report(
      'error',
      'duplicate-name',
      `'${r.name}' and '${first.name}' are both ${r.kind}s named '${named.name}'.`,
      r.id,
      propertyPath(r, named.property),
    )
  }
}

function physicalName(r: Resource): { name: string; property: string } | undefined {
  switch (r.kind) {
    case 'function':
      return r.functionName === undefined ? undefined : { name: r.functionName, property: 'name' }
    case 'table':
      return r.tableName === undefined ? undefined : { name: r.tableName, property: 'TableName' }
    case 'bucket':
      return r.bucketName === undefined ? undefined : { name: r.bucketName, property: 'BucketName' }
    case 'queue':
      return r.queueName === undefined ? undefined : { name: r.queueName, property: 'QueueName' }
    case 'topic':
      return r.topicName === undefined ? undefined : { name: r.topicName, property: 'TopicName' }
    default:
      return undefined
  }
}

function checkProvider(model: ServiceModel, report: Report): void {
  const { memorySize, timeout } = model.provider
  if (memorySize !== undefined) {
    checkMemory(memorySize, 'The provider', report, undefined, ['provider', 'memorySize'])
  }
  if (timeout !== undefined) {
    checkTimeout(timeout, 'The provider', report, undefined, ['provider', 'timeout'])
  }
}

function checkMemory(mb: number, who: string, report: Report, id?: ResourceId, path?: Path): void {
  if (!Number.isInteger(mb) || mb < AWS_LIMITS.memoryMinMb || mb > AWS_LIMITS.memoryMaxMb) {
    report(
      'error',
      'out-of-range',
      `${who} sets memorySize ${mb} MB; Lambda allows whole MB from ${AWS_LIMITS.memoryMinMb} to ${AWS_LIMITS.memoryMaxMb.toLocaleString('en-US')}.`,
      id,
      path,
    )
  }
}

function checkTimeout(s: number, who: string, report: Report, id?: ResourceId, path?: Path): void {
  if (!(s >= AWS_LIMITS.timeoutMinS && s <= AWS_LIMITS.timeoutMaxS)) {
    report(
      'error',
      'out-of-range',
      `${who} sets timeout ${s} s; Lambda allows ${AWS_LIMITS.timeoutMinS} to ${AWS_LIMITS.timeoutMaxS} seconds.`,
      id,
      path,
    )
  }
}

function checkFunction(model: ServiceModel, fn: FunctionResource, report: Report): void {
  const who = `Function '${fn.name}'`
  const at = (key: string): Path => ['functions', fn.name, key]
  if (fn.handler === undefined && fn.image === undefined) {
    report('error', 'missing-handler', `${who} has neither a handler nor an image.`, fn.id, [
      'functions',
      fn.name,
    ])
  }
  // A value equal to the provider's is reported once, at the provider.
  if (fn.memorySize !== model.provider.memorySize) {
    checkMemory(fn.memorySize, who, report, fn.id, at('memorySize'))
  }
  if (fn.timeout !== model.provider.timeout)
    checkTimeout(fn.timeout, who, report, fn.id, at('timeout'))
  const storage = fn.ephemeralStorageSize
  if (
    storage !== undefined &&
    !(storage >= AWS_LIMITS.ephemeralStorageMinMb && storage <= AWS_LIMITS.ephemeralStorageMaxMb)
  ) {
    report(
      'error',
      'out-of-range',
      `${who} sets ephemeralStorageSize ${storage} MB; Lambda allows ${AWS_LIMITS.ephemeralStorageMinMb} to ${AWS_LIMITS.ephemeralStorageMaxMb.toLocaleString('en-US')}.`,
      fn.id,
      at('ephemeralStorageSize'),
    )
  }
  const reserved = fn.reservedConcurrency
  const provisioned = fn.provisionedConcurrency
  if (reserved !== undefined && !(Number.isInteger(reserved) && reserved >= 0)) {
    report(
      'error',
      'out-of-range',
      `${who} sets reservedConcurrency ${reserved}; it must be a whole number, 0 or more.`,
      fn.id,
      at('reservedConcurrency'),
    )
  }
  if (provisioned !== undefined && !(Number.isInteger(provisioned) && provisioned >= 0)) {
    report(
      'error',
      'out-of-range',
      `${who} sets provisionedConcurrency ${provisioned}; it must be a whole number, 0 or more.`,
      fn.id,
      at('provisionedConcurrency'),
    )
  } else if (provisioned !== undefined && reserved !== undefined && provisioned > reserved) {
    report(
      'error',
      'out-of-range',
      `${who} provisions ${provisioned} instances but reserves only ${reserved}; provisioned concurrency cannot exceed reserved concurrency.`,
      fn.id,
      at('provisionedConcurrency'),
    )
  }
  checkApiTimeout(model, fn, report)
}

/** API Gateway stops waiting after 29 s (REST, WebSocket) or 30 s (HTTP API). */
function checkApiTimeout(model: ServiceModel, fn: FunctionResource, report: Report): void {
  for (const edge of model.edges) {
    if (edge.kind !== 'trigger' || edge.to !== fn.id) continue
    const limit =
      edge.event === 'httpApi'
        ? AWS_LIMITS.httpApiIntegrationTimeoutS
        : edge.event === 'http' || edge.event === 'websocket'
          ? AWS_LIMITS.restApiIntegrationTimeoutS
          : undefined
    if (limit === undefined || fn.timeout <= limit) continue
    report(
      'warning',
      'api-timeout',
      `Function '${fn.name}' may run ${fn.timeout} s, but API Gateway ends a ${edge.event} request after ${limit} s; callers get a 504 first.`,
      fn.id,
      ['functions', fn.name, 'timeout'],
    )
    return
  }
}

function checkTable(table: TableResource, report: Report): void {
  const who = `Table '${table.name}'`
  if (table.origin !== 'resources') return
  if (table.billingMode === 'PROVISIONED') {
    if (table.rcu === undefined || table.wcu === undefined) {
      report(
        'error',
        'missing-throughput',
        `${who} is PROVISIONED (the default when BillingMode is absent) but has no ProvisionedThroughput; set it or use BillingMode: PAY_PER_REQUEST.`,
        table.id,
        propertyPath(table),
      )
    }
    for (const [what, units] of [
      ['ReadCapacityUnits', table.rcu],
      ['WriteCapacityUnits', table.wcu],
    ] as const) {
      if (units !== undefined && !(Number.isInteger(units) && units >= 1)) {
        report(
          'error',
          'out-of-range',
          `${who} sets ${what} ${units}; it must be a whole number, 1 or more.`,
          table.id,
          propertyPath(table, 'ProvisionedThroughput', what),
        )
      }
    }
    for (const gsi of table.gsis) {
      if (gsi.rcu === undefined || gsi.wcu === undefined) {
        report(
          'error',
          'missing-throughput',
          `Index '${gsi.name}' of PROVISIONED table '${table.name}' has no ProvisionedThroughput.`,
          table.id,
          propertyPath(table, 'GlobalSecondaryIndexes'),
        )
      }
    }
  } else if (table.rcu !== undefined || table.wcu !== undefined) {
    report(
      'warning',
      'unused-throughput',
      `${who} is PAY_PER_REQUEST, so its ProvisionedThroughput is not allowed; remove it.`,
      table.id,
      propertyPath(table, 'ProvisionedThroughput'),
    )
  }
  if (table.keys.hash === undefined) {
    report('error', 'missing-key', `${who} has no HASH key in its KeySchema.`, table.id, [
      ...(propertyPath(table) ?? []),
      'KeySchema',
    ])
  }
}

function checkQueue(queue: QueueResource, report: Report): void {
  const who = `Queue '${queue.name}'`
  const visibility = queue.visibilityTimeout
  if (
    visibility !== undefined &&
    !(visibility >= 0 && visibility <= AWS_LIMITS.sqsMaxVisibilityTimeoutS)
  ) {
    report(
      'error',
      'out-of-range',
      `${who} sets VisibilityTimeout ${visibility} s; SQS allows 0 to ${AWS_LIMITS.sqsMaxVisibilityTimeoutS.toLocaleString('en-US')}.`,
      queue.id,
      propertyPath(queue, 'VisibilityTimeout'),
    )
  }
  if (queue.fifo && queue.queueName !== undefined && !queue.queueName.endsWith('.fifo')) {
    report(
      'error',
      'fifo-name',
      `${who} is FIFO, so its QueueName must end in '.fifo'.`,
      queue.id,
      propertyPath(queue, 'QueueName'),
    )
  }
}

/** Two routes with the same method and path on one API fail to deploy. */
function checkRoutes(api: ApiResource, report: Report): void {
  const seen = new Map<string, string>()
  for (const route of api.routes) {
    const path = route.path.replace(/\/+$/, '') || '/'
    const key = `${route.method} ${path}`
    const fn = nameOfFunctionId(route.functionId)
    const first = seen.get(key)
    if (first === undefined) {
      seen.set(key, fn)
      continue
    }
    report(
      'error',
      'duplicate-route',
      `Route ${key} of the ${api.kind} is declared by both '${first}' and '${fn}'.`,
      route.functionId,
      eventPath(fn, route.eventIndex),
    )
  }
}

function checkTrigger(
  edge: TriggerEdge,
  ids: ReadonlyMap<ResourceId, Resource>,
  report: Report,
): void {
  const fnResource = ids.get(edge.to)
  const source = ids.get(edge.from)
  if (fnResource?.kind !== 'function') return
  const at = eventPath(fnResource.name, edge.eventIndex)
  if (edge.batchSize !== undefined) {
    const fifo = source?.kind === 'queue' && source.fifo
    const max =
      edge.event === 'sqs'
        ? fifo
          ? AWS_LIMITS.sqsFifoMaxBatchSize
          : AWS_LIMITS.sqsMaxBatchSize
        : AWS_LIMITS.streamMaxBatchSize
    if (!(Number.isInteger(edge.batchSize) && edge.batchSize >= 1 && edge.batchSize <= max)) {
      report(
        'error',
        'out-of-range',
        `The ${edge.event} event of '${fnResource.name}' sets batchSize ${edge.batchSize}; allowed: 1 to ${max.toLocaleString('en-US')}.`,
        fnResource.id,
        [...at, edge.event, 'batchSize'],
      )
    }
  }
  // AWS refuses an SQS trigger whose function may run longer than messages stay invisible.
  if (edge.event === 'sqs' && source?.kind === 'queue' && source.origin === 'resources') {
    const visibility = source.visibilityTimeout ?? AWS_LIMITS.sqsDefaultVisibilityTimeoutS
    if (fnResource.timeout > visibility) {
      report(
        'error',
        'visibility-timeout',
        `Function '${fnResource.name}' may run ${fnResource.timeout} s, longer than the ${visibility} s visibility timeout of queue '${source.name}'; AWS rejects this trigger.`,
        fnResource.id,
        at,
      )
    }
  }
  if (kindOfId(edge.from) === 'schedule' && source?.kind === 'schedule') {
    if (source.invocationsPerMonth === undefined && !/^cron\(/i.test(source.expression)) {
      report(
        'warning',
        'schedule-expression',
        `Schedule '${source.expression}' of '${fnResource.name}' is neither rate(...) nor cron(...).`,
        source.id,
        at,
      )
    }
  }
}
