import { fail, getAtt, ref, type EditFailure, type Editable, type NewValue } from '../edit'
import { assertNever } from '../../model/types'
import type { Plain } from '../plain'
import type { EventSpec } from './patch'
import {
  declaredResources,
  isFailure,
  plainAt,
  RESOURCE_TYPES,
  requireResource,
  RESOURCES,
} from './service'

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY', '*']
const SCHEDULE = /^(rate|cron)\(.+\)$/

/** The `- <type>: ...` entry for a new event, in the shape the framework documents. */
export function eventEntry(ed: Editable, spec: EventSpec): NewValue | EditFailure {
  switch (spec.type) {
    case 'http': {
      const problem = methodProblem(spec.method) ?? pathProblem(spec.path)
      if (problem) return fail(problem)
      const body: Record<string, Plain> = { path: spec.path, method: spec.method.toLowerCase() }
      if (spec.cors !== undefined) body.cors = spec.cors
      return { http: body }
    }
    case 'httpApi': {
      if ('catchAll' in spec) return { httpApi: '*' }
      const problem = methodProblem(spec.method) ?? pathProblem(spec.path)
      if (problem) return fail(problem)
      return { httpApi: { path: spec.path, method: spec.method.toUpperCase() } }
    }
    case 'websocket':
      return spec.route.trim() === ''
        ? fail('A websocket event needs a route, e.g. $connect or sendMessage.')
        : { websocket: { route: spec.route } }
    case 's3': {
      if (spec.bucket.trim() === '') return fail('An s3 event needs a bucket name.')
      const body: Record<string, Plain> = {
        bucket: spec.bucket,
        event: spec.event ?? 's3:ObjectCreated:*',
      }
      if (spec.rules && spec.rules.length > 0) {
        const rules: Plain[] = []
        for (const rule of spec.rules) {
          if (rule.prefix !== undefined) rules.push({ prefix: rule.prefix })
          if (rule.suffix !== undefined) rules.push({ suffix: rule.suffix })
        }
        body.rules = rules
      }
      if (spec.existing) body.existing = true
      return { s3: body }
    }
    case 'sns': {
      if ('topicName' in spec) {
        return spec.topicName.trim() === ''
          ? fail('An sns event needs a topic name.')
          : { sns: spec.topicName }
      }
      const declared = requireResource(ed, spec.topic, 'topic')
      if (isFailure(declared)) return declared
      // With an intrinsic `arn` the framework also needs the topic's name to name its resources.
      const topicName = plainAt(ed, [...RESOURCES, spec.topic, 'Properties', 'TopicName'])
      return {
        sns: {
          arn: ref(spec.topic),
          topicName: typeof topicName === 'string' ? topicName : spec.topic,
        },
      }
    }
    case 'sqs': {
      const arn = spec.queue.startsWith('arn:') ? spec.queue : queueArn(ed, spec.queue)
      if (isFailure(arn)) return arn
      const problem = batchSizeProblem(spec.batchSize)
      if (problem) return fail(problem)
      return { sqs: spec.batchSize === undefined ? { arn } : { arn, batchSize: spec.batchSize } }
    }
    case 'stream': {
      const declared = requireResource(ed, spec.table, 'table')
      if (isFailure(declared)) return declared
      const problem = batchSizeProblem(spec.batchSize)
      if (problem) return fail(problem)
      const body: Record<string, Plain> = { type: 'dynamodb', arn: getAtt(spec.table, 'StreamArn') }
      if (spec.batchSize !== undefined) body.batchSize = spec.batchSize
      body.startingPosition = spec.startingPosition ?? 'LATEST'
      return { stream: body }
    }
    case 'schedule': {
      if (!SCHEDULE.test(spec.rate)) {
        return fail(
          `"${spec.rate}" is not a schedule: write rate(5 minutes) or cron(0 12 * * ? *).`,
        )
      }
      return spec.enabled === undefined
        ? { schedule: spec.rate }
        : { schedule: { rate: spec.rate, enabled: spec.enabled } }
    }
    case 'eventBridge': {
      if (spec.pattern === undefined) return fail('An eventBridge event needs a pattern.')
      const body: Record<string, Plain> = {}
      if (spec.eventBus !== undefined) body.eventBus = spec.eventBus
      body.pattern = spec.pattern
      return { eventBridge: body }
    }
    default:
      return assertNever(spec, 'event')
  }
}

function queueArn(ed: Editable, queue: string): Plain | EditFailure {
  const type = declaredResources(ed).get(queue)
  if (type !== RESOURCE_TYPES.queue) {
    return fail(
      `There is no SQS queue "${queue}" under resources.Resources; give its logical id or ARN.`,
    )
  }
  return getAtt(queue, 'Arn')
}

function methodProblem(method: string): string | undefined {
  return HTTP_METHODS.includes(method.toUpperCase())
    ? undefined
    : `"${method}" is not an HTTP method (${HTTP_METHODS.join(', ')}).`
}

function pathProblem(path: string): string | undefined {
  return path.trim() === '' || /\s/.test(path) ? `"${path}" is not a valid path.` : undefined
}

export function batchSizeProblem(size: unknown): string | undefined {
  if (size === undefined) return undefined
  return typeof size === 'number' && Number.isInteger(size) && size >= 1 && size <= 10_000
    ? undefined
    : `batchSize must be a whole number from 1 to 10000, not ${JSON.stringify(size)}.`
}

export function scheduleProblem(rate: unknown): string | undefined {
  return typeof rate === 'string' && SCHEDULE.test(rate)
    ? undefined
    : `${JSON.stringify(rate)} is not a schedule: write rate(5 minutes) or cron(0 12 * * ? *).`
}

export { methodProblem }
