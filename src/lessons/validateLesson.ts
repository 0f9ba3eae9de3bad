import { validateScenario } from '../model/scenario'
import {
  SIMULATION_METRICS,
  type Check,
  type Comparison,
  type Expectation,
  type Lesson,
  type LessonStep,
  type StepStart,
} from './lessonTypes'

export type LessonResult =
  { readonly ok: true; readonly lesson: Lesson } | { readonly ok: false; readonly error: string }

/** Caps that keep a hostile file from hanging the app. */
const LIMITS = { steps: 50, hints: 10, text: 20_000, yaml: 200_000, nesting: 8 } as const

class LessonError extends Error {}

const fail = (path: string, problem: string): never => {
  throw new LessonError(`${path}: ${problem}`)
}

type Raw = Record<string, unknown>

function record(value: unknown, path: string): Raw {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(path, 'must be an object')
  }
  return value as Raw
}

function known(raw: Raw, path: string, fields: readonly string[]): void {
  const stray = Object.keys(raw).find((key) => !fields.includes(key))
  if (stray !== undefined) fail(`${path}.${stray}`, `unknown field (known: ${fields.join(', ')})`)
}

function text(raw: Raw, field: string, path: string, optional = false): string | undefined {
  const value = raw[field]
  if (value === undefined && optional) return undefined
  if (typeof value !== 'string' || value.trim() === '')
    return fail(`${path}.${field}`, 'must be a non-empty string')
  if (value.length > LIMITS.text)
    return fail(`${path}.${field}`, `is longer than ${LIMITS.text} characters`)
  return value
}

function number(raw: Raw, field: string, path: string): number {
  const value = raw[field]
  if (typeof value !== 'number' || !Number.isFinite(value))
    return fail(`${path}.${field}`, 'must be a number')
  return value
}

function comparison(raw: Raw, path: string): Comparison {
  const value = raw.compare
  if (value !== 'atMost' && value !== 'atLeast')
    return fail(`${path}.compare`, 'must be "atMost" or "atLeast"')
  return value
}

/** `compare` with `value`, or `equals` with a string, number or boolean. */
function expectation(raw: Raw, path: string): Expectation {
  if (raw.equals !== undefined) {
    if (raw.compare !== undefined || raw.value !== undefined)
      fail(path, 'has "equals", so it takes no "compare" or "value"')
    const equals = raw.equals
    if (
      typeof equals !== 'boolean' &&
      typeof equals !== 'string' &&
      (typeof equals !== 'number' || !Number.isFinite(equals))
    )
      return fail(`${path}.equals`, 'must be a string, number or boolean')
    return { equals }
  }
  return { compare: comparison(raw, path), value: number(raw, 'value', path) }
}

function readCheck(value: unknown, path: string, depth: number): Check {
  if (depth > LIMITS.nesting) fail(path, `nests deeper than ${LIMITS.nesting} levels`)
  const raw = record(value, path)
  switch (raw.kind) {
    case 'resource': {
      known(raw, path, ['kind', 'select', 'count'])
      const count = raw.count === undefined ? undefined : number(raw, 'count', path)
      return {
        kind: 'resource',
        select: text(raw, 'select', path) ?? '',
        ...(count !== undefined && { count }),
      }
    }
    case 'edge': {
      known(raw, path, ['kind', 'from', 'to', 'event'])
      const event = text(raw, 'event', path, true)
      return {
        kind: 'edge',
        from: text(raw, 'from', path) ?? '',
        to: text(raw, 'to', path) ?? '',
        ...(event !== undefined && { event }),
      }
    }
    case 'property':
      known(raw, path, ['kind', 'select', 'property', 'compare', 'value', 'equals'])
      return {
        kind: 'property',
        select: text(raw, 'select', path) ?? '',
        property: text(raw, 'property', path) ?? '',
        ...expectation(raw, path),
      }
    case 'scenario':
      known(raw, path, ['kind', 'path', 'compare', 'value', 'equals'])
      return { kind: 'scenario', path: text(raw, 'path', path) ?? '', ...expectation(raw, path) }
    case 'monthlyCost':
      known(raw, path, ['kind', 'compare', 'usd'])
      return { kind: 'monthlyCost', compare: comparison(raw, path), usd: number(raw, 'usd', path) }
    case 'simulation': {
      known(raw, path, ['kind', 'metric', 'resource', 'compare', 'value'])
      const metric = SIMULATION_METRICS.find((m) => m === raw.metric)
      if (!metric) fail(`${path}.metric`, `must be one of ${SIMULATION_METRICS.join(', ')}`)
      const resource = text(raw, 'resource', path, true)
      return {
        kind: 'simulation',
        metric: metric ?? 'p99LatencyMs',
        ...(resource !== undefined && { resource }),
        compare: comparison(raw, path),
        value: number(raw, 'value', path),
      }
    }
    case 'all': {
      known(raw, path, ['kind', 'checks'])
      if (!Array.isArray(raw.checks) || raw.checks.length === 0) {
        return fail(`${path}.checks`, 'must be a non-empty list')
      }
      return {
        kind: 'all',
        checks: raw.checks.map((c, i) => readCheck(c, `${path}.checks[${i}]`, depth + 1)),
      }
    }
    default:
      return fail(
        `${path}.kind`,
        'must be resource, edge, property, scenario, monthlyCost, simulation or all',
      )
  }
}

function readStart(value: unknown, path: string): StepStart {
  const s = record(value, path)
  known(s, path, ['example', 'yaml', 'scenario'])
  let scenario: StepStart['scenario']
  if (s.scenario !== undefined) {
    const read = validateScenario(s.scenario)
    if (!read.ok) fail(`${path}.scenario`, read.error)
    else scenario = read.scenario
  }
  const extra = scenario && { scenario }
  if (typeof s.example === 'string' && s.yaml === undefined) return { example: s.example, ...extra }
  if (typeof s.yaml === 'string' && s.example === undefined) {
    if (s.yaml.length > LIMITS.yaml)
      fail(`${path}.yaml`, `is longer than ${LIMITS.yaml} characters`)
    return { yaml: s.yaml, ...extra }
  }
  return fail(path, 'must have either "example" or "yaml"')
}

function readStep(value: unknown, path: string): LessonStep {
  const raw = record(value, path)
  known(raw, path, ['id', 'title', 'goal', 'instructions', 'hints', 'start', 'check'])
  const hints = raw.hints ?? []
  if (
    !Array.isArray(hints) ||
    hints.length > LIMITS.hints ||
    hints.some((h) => typeof h !== 'string')
  ) {
    fail(`${path}.hints`, `must be a list of at most ${LIMITS.hints} strings`)
  }
  const start = raw.start === undefined ? undefined : readStart(raw.start, `${path}.start`)
  return {
    id: text(raw, 'id', path) ?? '',
    title: text(raw, 'title', path) ?? '',
    goal: text(raw, 'goal', path) ?? '',
    instructions: text(raw, 'instructions', path) ?? '',
    hints: hints as string[],
    ...(start && { start }),
    check: readCheck(raw.check, `${path}.check`, 0),
  }
}

/** A lesson file read strictly: every field checked, the first problem named; never throws. */
export function validateLesson(value: unknown): LessonResult {
  try {
    const raw = record(value, 'lesson')
    known(raw, 'lesson', ['format', 'version', 'id', 'title', 'summary', 'minutes', 'steps'])
    if (raw.format !== 'serverless-canvas/lesson')
      fail('lesson.format', 'must be "serverless-canvas/lesson"')
    if (raw.version !== 1) fail('lesson.version', 'must be 1')
    if (!Array.isArray(raw.steps) || raw.steps.length === 0 || raw.steps.length > LIMITS.steps) {
      fail('lesson.steps', `must be a list of 1 to ${LIMITS.steps} steps`)
    }
    const steps = (raw.steps as unknown[]).map((s, i) => readStep(s, `lesson.steps[${i}]`))
    const ids = new Set<string>()
    steps.forEach((s, i) => {
      if (ids.has(s.id)) fail(`lesson.steps[${i}].id`, `"${s.id}" is used by an earlier step`)
      ids.add(s.id)
    })
    const minutes = number(raw, 'minutes', 'lesson')
    if (minutes <= 0) fail('lesson.minutes', 'must be more than 0')
    return {
      ok: true,
      lesson: {
        format: 'serverless-canvas/lesson',
        version: 1,
        id: text(raw, 'id', 'lesson') ?? '',
        title: text(raw, 'title', 'lesson') ?? '',
        summary: text(raw, 'summary', 'lesson') ?? '',
        minutes,
        steps,
      },
    }
  } catch (error) {
    if (error instanceof LessonError) return { ok: false, error: error.message }
    return { ok: false, error: 'lesson: the file could not be read' }
  }
}
