import {
  fail,
  getAtt,
  ref,
  setIn,
  deleteIn,
  type Path,
  type EditFailure,
  type Editable,
  type EditResult,
  type NewValue,
} from '../edit'
import { assertNever, kindOfId, type ResourceId } from '../../model/types'
import type { Plain } from '../plain'
import type {
  FunctionProperty,
  FunctionPropertyValues,
  SetEnvironmentVariable,
  SetFunctionProperty,
} from './patch'
import { envVarProblem } from './names'
import {
  declaredResources,
  FUNCTIONS,
  isFailure,
  plainAt,
  requireFunction,
  runSteps,
  withEditable,
} from './service'

/** Lambda's documented bounds, checked before anything is written. */
const LIMITS = {
  memorySize: { min: 128, max: 10_240 },
  timeout: { min: 1, max: 900 },
  ephemeralStorageSize: { min: 512, max: 10_240 },
} as const

export function setFunctionProperty(text: string, patch: SetFunctionProperty): EditResult {
  return withEditable(text, (ed) => {
    const fn = requireFunction(ed, patch.name)
    if (isFailure(fn)) return fn
    const path = [...FUNCTIONS, patch.name, patch.property]
    if (patch.value === undefined) return deleteIn(text, path)
    const value = functionPropertyValue(ed, patch.property, patch.value)
    if (isFailure(value)) return value
    if (patch.property === 'environment') {
      return syncMap(text, path, plainAt(ed, path), patch.value as Readonly<Record<string, Plain>>)
    }
    return setIn(text, path, value)
  })
}

export function setEnvironmentVariable(text: string, patch: SetEnvironmentVariable): EditResult {
  return withEditable(text, (ed) => {
    const fn = requireFunction(ed, patch.function)
    if (isFailure(fn)) return fn
    const problem = envVarProblem(patch.variable)
    if (problem) return fail(problem)
    const path = [...FUNCTIONS, patch.function, 'environment', patch.variable]
    return patch.value === undefined ? deleteIn(text, path) : setIn(text, path, patch.value)
  })
}

/**
 * Make the map at `path` hold exactly `wanted`, one key at a time, so that unchanged variables
 * (and their comments) stay as they are.
 */
function syncMap(
  text: string,
  path: Path,
  current: Plain | undefined,
  wanted: Readonly<Record<string, Plain>>,
): EditResult {
  const existing =
    current && typeof current === 'object' && !Array.isArray(current) ? current : undefined
  if (!existing || Object.keys(wanted).length === 0) {
    return Object.keys(wanted).length === 0 ? deleteIn(text, path) : setIn(text, path, wanted)
  }
  const steps: ((t: string) => EditResult)[] = []
  for (const key of Object.keys(existing)) {
    if (!(key in wanted)) steps.push((t) => deleteIn(t, [...path, key]))
  }
  for (const [key, value] of Object.entries(wanted)) {
    if (JSON.stringify(existing[key]) !== JSON.stringify(value)) {
      steps.push((t) => setIn(t, [...path, key], value))
    }
  }
  return runSteps(text, steps)
}

/** Check a property's value and turn it into what `serverless.yml` holds. */
export function functionPropertyValue<P extends FunctionProperty>(
  ed: Editable,
  property: P,
  value: FunctionPropertyValues[P],
): NewValue | EditFailure {
  const p = property as FunctionProperty
  switch (p) {
    case 'memorySize':
    case 'timeout':
    case 'ephemeralStorageSize':
      return inRange(p, value as number, LIMITS[p].min, LIMITS[p].max)
    case 'reservedConcurrency':
    case 'provisionedConcurrency':
      return inRange(p, value as number, 0, 1_000_000)
    case 'architecture':
      return value === 'x86_64' || value === 'arm64'
        ? value
        : fail(`architecture must be x86_64 or arm64, not ${JSON.stringify(value)}.`)
    case 'tracing':
      return value === 'Active' || value === 'PassThrough'
        ? value
        : fail(`tracing must be Active or PassThrough, not ${JSON.stringify(value)}.`)
    case 'handler':
    case 'runtime':
    case 'description':
      return typeof value === 'string' && value.trim() !== ''
        ? value
        : fail(`${p} must be a non-empty text.`)
    case 'onError':
      return onErrorValue(ed, value as string | Plain)
    case 'environment': {
      const env = value as Readonly<Record<string, Plain>>
      for (const name of Object.keys(env)) {
        const problem = envVarProblem(name)
        if (problem) return fail(problem)
      }
      return env
    }
    case 'layers':
      return Array.isArray(value) ? (value as Plain[]) : fail('layers must be a list.')
    default:
      return assertNever(p, 'function property')
  }
}

function inRange(name: string, value: number, min: number, max: number): NewValue | EditFailure {
  if (!Number.isInteger(value) || value < min || value > max) {
    return fail(`${name} must be a whole number from ${min} to ${max}, not ${value}.`)
  }
  return value
}

/**
 * `onError` takes the ARN of an SNS topic or SQS queue. A resource id of a declared topic or
 * queue becomes `!Ref Topic` (a topic's Ref is its ARN) or `!GetAtt Queue.Arn`.
 */
function onErrorValue(ed: Editable, value: string | Plain): NewValue | EditFailure {
  if (typeof value !== 'string') return value
  if (value.startsWith('arn:') || value.startsWith('${')) return value
  const kind = kindOfId(value as ResourceId)
  const name = value.slice(kind.length + 1)
  const type = declaredResources(ed).get(name)
  if (kind === 'topic' && type === 'AWS::SNS::Topic') return ref(name)
  if (kind === 'queue' && type === 'AWS::SQS::Queue') return getAtt(name, 'Arn')
  return fail(
    `onError must be an SNS topic or SQS queue ARN, or a declared topic or queue; "${value}" is neither.`,
  )
}
