import { AWS_LIMITS } from './defaults'
import {
  kindOfId,
  type ApiResource,
  type QueueResource,
  type Resource,
  type ResourceId,
  type TableResource,
  type TriggerEdge,
} from './types'
import { eventPath, nameOfFunctionId, propertyPath, type Report } from './validateHelpers'

export function checkTable(table: TableResource, report: Report): void {
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

export function checkQueue(queue: QueueResource, report: Report): void {
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
export function checkRoutes(api: ApiResource, report: Report): void {
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

export function checkTrigger(
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
