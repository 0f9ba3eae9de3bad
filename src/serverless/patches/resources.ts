import { deleteIn, fail, getAtt, setIn, type EditResult, type NewValue } from '../edit'
import type { Plain } from '../plain'
import type { AddBucket, AddQueue, AddTopic, SetResourceProperty, UpdateQueue } from './patch'
import { logicalIdProblem } from './names'
import {
  declaredResources,
  isFailure,
  plainAt,
  RESOURCE_TYPES,
  requireResource,
  RESOURCES,
  resourcesProblem,
  runSteps,
  withEditable,
} from './service'

/**
 * Declare a new resource under `resources.Resources`, creating `resources:` and `Resources:`
 * when the file has none. The name must be a free, valid logical id.
 */
export function addResource(text: string, name: string, body: NewValue): EditResult {
  return withEditable(text, (ed) => {
    const problem = logicalIdProblem(name) ?? resourcesProblem(ed)
    if (problem) return fail(problem)
    if (declaredResources(ed).has(name)) return fail(`A resource named "${name}" already exists.`)
    return setIn(text, [...RESOURCES, name], body)
  })
}

export function addBucket(text: string, patch: AddBucket): EditResult {
  const body: { [key: string]: Plain } = { Type: RESOURCE_TYPES.bucket }
  if (patch.bucketName !== undefined) {
    if (
      !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(patch.bucketName) &&
      !patch.bucketName.includes('${')
    ) {
      return fail(
        `"${patch.bucketName}" is not a valid S3 bucket name (3-63 lower-case letters, digits, "." or "-").`,
      )
    }
    body.Properties = { BucketName: patch.bucketName }
  }
  return addResource(text, patch.name, body)
}

export function addTopic(text: string, patch: AddTopic): EditResult {
  const body: { [key: string]: Plain } = { Type: RESOURCE_TYPES.topic }
  if (patch.topicName !== undefined) body.Properties = { TopicName: patch.topicName }
  return addResource(text, patch.name, body)
}

export function addQueue(text: string, patch: AddQueue): EditResult {
  return withEditable(text, (ed) => {
    const properties: { [key: string]: Plain } = {}
    if (patch.queueName !== undefined) {
      const fifoName =
        patch.fifo && !patch.queueName.endsWith('.fifo')
          ? `${patch.queueName}.fifo`
          : patch.queueName
      properties.QueueName = fifoName
    }
    if (patch.fifo) properties.FifoQueue = true
    if (patch.visibilityTimeout !== undefined) {
      const problem = visibilityProblem(patch.visibilityTimeout)
      if (problem) return fail(problem)
      properties.VisibilityTimeout = patch.visibilityTimeout
    }
    if (patch.deadLetterQueue !== undefined) {
      const dlq = requireResource(ed, patch.deadLetterQueue, 'queue')
      if (isFailure(dlq)) return dlq
      properties.RedrivePolicy = redrivePolicy(patch.deadLetterQueue, patch.maxReceiveCount)
    }
    const body: { [key: string]: Plain } = { Type: RESOURCE_TYPES.queue }
    if (Object.keys(properties).length > 0) body.Properties = properties
    return addResource(text, patch.name, body)
  })
}

function redrivePolicy(deadLetterQueue: string, maxReceiveCount = 3): Plain {
  return { deadLetterTargetArn: getAtt(deadLetterQueue, 'Arn'), maxReceiveCount }
}

function visibilityProblem(seconds: number): string | undefined {
  return Number.isInteger(seconds) && seconds >= 0 && seconds <= 43_200
    ? undefined
    : `VisibilityTimeout must be a whole number of seconds from 0 to 43200, not ${seconds}.`
}

export function updateQueue(text: string, patch: UpdateQueue): EditResult {
  return withEditable(text, (ed) => {
    const declared = requireResource(ed, patch.name, 'queue')
    if (isFailure(declared)) return declared
    const base = [...RESOURCES, patch.name, 'Properties']
    const steps: ((t: string) => EditResult)[] = []
    if (patch.visibilityTimeout !== undefined) {
      const problem = visibilityProblem(patch.visibilityTimeout)
      if (problem) return fail(problem)
      const seconds = patch.visibilityTimeout
      steps.push((t) => setIn(t, [...base, 'VisibilityTimeout'], seconds))
    }
    const dlq = patch.deadLetterQueue
    if (dlq === null) {
      steps.push((t) => deleteIn(t, [...base, 'RedrivePolicy']))
    } else if (dlq !== undefined) {
      if (dlq === patch.name) return fail('A queue cannot be its own dead-letter queue.')
      const declaredDlq = requireResource(ed, dlq, 'queue')
      if (isFailure(declaredDlq)) return declaredDlq
      steps.push((t) =>
        setIn(t, [...base, 'RedrivePolicy', 'deadLetterTargetArn'], getAtt(dlq, 'Arn')),
      )
      steps.push((t) =>
        setIn(t, [...base, 'RedrivePolicy', 'maxReceiveCount'], patch.maxReceiveCount ?? 3),
      )
    } else if (patch.maxReceiveCount !== undefined) {
      if (plainAt(ed, [...base, 'RedrivePolicy']) === undefined) {
        return fail(`${patch.name} has no dead-letter queue; give deadLetterQueue too.`)
      }
      const count = patch.maxReceiveCount
      steps.push((t) => setIn(t, [...base, 'RedrivePolicy', 'maxReceiveCount'], count))
    }
    return runSteps(text, steps)
  })
}

export function setResourceProperty(text: string, patch: SetResourceProperty): EditResult {
  return withEditable(text, (ed) => {
    if (!declaredResources(ed).has(patch.name)) {
      return fail(`There is no resource "${patch.name}" under resources.Resources.`)
    }
    if (patch.path.length === 0) return fail('Name the property to set.')
    const path = [...RESOURCES, patch.name, 'Properties', ...patch.path]
    return patch.value === undefined ? deleteIn(text, path) : setIn(text, path, patch.value)
  })
}
