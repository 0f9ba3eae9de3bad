import type { Diagnostic, Severity } from './diagnostics'
import { byId } from './graph'
import type { Resource, ResourceId, ServiceModel } from './types'
import { checkFunction, checkProvider } from './validateFunctions'
import {
  eventPath,
  nameOfFunctionId,
  propertyPath,
  type Path,
  type Report,
} from './validateHelpers'
import { checkQueue, checkRoutes, checkTable, checkTrigger } from './validateResources'

export { declarationPath } from './validateHelpers'

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
