import type { Scenario } from '../model/scenario'
import type { ResourceId, ServiceModel } from '../model/types'
import { assertNever, kindOfId } from '../model/types'
import {
  SIMULATION_METRIC_SUBJECTS,
  type Check,
  type Comparison,
  type Exact,
  type Expectation,
  type ResourceSelector,
  type SimulationMetric,
} from './lessonTypes'

/** A check's verdict, with what the learner sees next to the step. */
export type CheckResult =
  | { readonly status: 'passed'; readonly detail: string }
  | { readonly status: 'failed'; readonly detail: string }
  /** The check needs something that is not there yet: a bill, or a simulation run. */
  | { readonly status: 'waiting'; readonly detail: string }

/** The per-function figures a simulation check reads (the simulation summary's shape). */
export interface FunctionFigures {
  readonly latencyMs: { readonly p99: number }
  readonly coldStartProbability: number
  readonly throttleProbability: number
  readonly peakConcurrency: number
  readonly deadLettered: number
}

export interface ApiFigures {
  readonly offered: number
  readonly throttled: number
}

export interface TableFigures {
  readonly reads: number
  readonly writes: number
  /** Every throttled attempt, including those a retry then got through. */
  readonly throttleEvents: number
}

/** The last simulation run's summary, as far as checks read it. */
export interface SimulationFigures {
  readonly functions: Readonly<Record<string, FunctionFigures>>
  readonly apis: Readonly<Record<string, ApiFigures>>
  readonly tables: Readonly<Record<string, TableFigures>>
}

export interface CheckContext {
  readonly model: ServiceModel
  readonly scenario: Scenario
  /** The month's total in USD, or an error when the design cannot be priced. */
  readonly monthlyCost: { readonly ok: true; readonly usd: number } | { readonly ok: false }
  /** The last simulation run, only if it was made on the design and scenario as they are now. */
  readonly simulation?: SimulationFigures
}

/** A kind (`function`) matches every resource of that kind; anything else is an id. */
const matches = (selector: ResourceSelector, id: ResourceId) =>
  id === selector || (!selector.includes(':') && kindOfId(id) === selector)

const holds = (compare: Comparison, actual: number, value: number) =>
  compare === 'atMost' ? actual <= value : actual >= value

const words = (compare: Comparison) => (compare === 'atMost' ? 'at most' : 'at least')

/** Whether a value meets an expectation, and how the expectation reads. */
function meets(expectation: Expectation, actual: unknown): boolean {
  if ('equals' in expectation) return actual === expectation.equals
  return typeof actual === 'number' && holds(expectation.compare, actual, expectation.value)
}

function expected(expectation: Expectation): string {
  return 'equals' in expectation
    ? `be ${shownExact(expectation.equals)}`
    : `be ${words(expectation.compare)} ${round(expectation.value)}`
}

const shownExact = (value: Exact | undefined | unknown) =>
  typeof value === 'string' ? `“${value}”` : value === undefined ? 'unset' : String(value)

/** The share of `part` in `whole`, NaN when nothing happened. */
const share = (part: number, whole: number) => (whole > 0 ? part / whole : Number.NaN)

type Subject = (typeof SIMULATION_METRIC_SUBJECTS)[SimulationMetric]

/** Each metric's figures in a run, by the id of what it is a figure of. */
function metricValues(metric: SimulationMetric, run: SimulationFigures): [string, number][] {
  const subject: Subject = SIMULATION_METRIC_SUBJECTS[metric]
  switch (subject) {
    case 'function':
      return Object.entries(run.functions).map(([id, f]) => [id, functionMetric(metric, f)])
    case 'api':
      return Object.entries(run.apis).map(([id, a]) => [id, share(a.throttled, a.offered)])
    case 'table':
      // Attempts = successful requests + every throttled attempt (retries included).
      return Object.entries(run.tables).map(([id, t]) => [
        id,
        share(t.throttleEvents, t.reads + t.writes + t.throttleEvents),
      ])
    default:
      return assertNever(subject, 'metric subject')
  }
}

function functionMetric(metric: SimulationMetric, f: FunctionFigures): number {
  switch (metric) {
    case 'p99LatencyMs':
      return f.latencyMs.p99
    case 'coldStartProbability':
      return f.coldStartProbability
    case 'throttleProbability':
      return f.throttleProbability
    case 'peakConcurrency':
      return f.peakConcurrency
    case 'deadLettered':
      return f.deadLettered
    case 'apiThrottleProbability':
    case 'tableThrottleProbability':
      return Number.NaN
    default:
      return assertNever(metric, 'metric')
  }
}

/** Reads a dotted path (`cost.freeTier`, `traffic.0.pattern.rps`) out of the scenario. */
export function scenarioValue(scenario: Scenario, path: string): unknown {
  let value: unknown = scenario
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/** Evaluates a step's check on the live design; never throws. */
export function evaluateCheck(check: Check, context: CheckContext): CheckResult {
  const { model } = context
  switch (check.kind) {
    case 'resource': {
      const found = model.resources.filter((r) => matches(check.select, r.id)).length
      const wanted = check.count ?? 1
      return found >= wanted
        ? { status: 'passed', detail: `${found} ${check.select} in the design.` }
        : { status: 'failed', detail: `${found} of ${wanted} ${check.select} so far.` }
    }
    case 'edge': {
      const found = model.edges.some(
        (e) =>
          matches(check.from, e.from) &&
          matches(check.to, e.to) &&
          (check.event === undefined ||
            (check.event === 'access'
              ? e.kind === 'access'
              : e.kind === 'trigger' && e.event === check.event)),
      )
      const what = `${check.from} → ${check.to}${check.event ? ` (${check.event})` : ''}`
      return found
        ? { status: 'passed', detail: `Connected: ${what}.` }
        : { status: 'failed', detail: `Not connected yet: ${what}.` }
    }
    case 'property': {
      const selected = model.resources.filter((r) => matches(check.select, r.id))
      if (selected.length === 0) return { status: 'failed', detail: `No ${check.select} yet.` }
      const valueOf = (r: (typeof selected)[number]) =>
        (r as unknown as Record<string, unknown>)[check.property]
      const failing = selected.filter((r) => !meets(check, valueOf(r)))
      if (failing.length === 0) {
        const values = [...new Set(selected.map((r) => shownExact(valueOf(r))))]
        return { status: 'passed', detail: `${check.property} is ${values.join(', ')}.` }
      }
      return {
        status: 'failed',
        detail: `${failing.map((r) => `${r.name} (${shownExact(valueOf(r))})`).join(', ')}: ${check.property} must ${expected(check)}.`,
      }
    }
    case 'scenario': {
      const actual = scenarioValue(context.scenario, check.path)
      return meets(check, actual)
        ? { status: 'passed', detail: `${check.path} is ${shownExact(actual)}.` }
        : {
            status: 'failed',
            detail: `${check.path} is ${shownExact(actual)}; it must ${expected(check)}.`,
          }
    }
    case 'monthlyCost': {
      if (!context.monthlyCost.ok)
        return { status: 'waiting', detail: 'The design cannot be priced yet.' }
      const usd = context.monthlyCost.usd
      const shown = `$${usd.toFixed(2)}`
      return holds(check.compare, Number(usd.toFixed(2)), check.usd)
        ? { status: 'passed', detail: `The month costs ${shown}.` }
        : {
            status: 'failed',
            detail: `The month costs ${shown}; it must be ${words(check.compare)} $${check.usd.toFixed(2)}.`,
          }
    }
    case 'simulation': {
      const run = context.simulation
      if (!run) {
        return {
          status: 'waiting',
          detail: 'Run the simulation (Results → Simulation → Run) to check this step.',
        }
      }
      const subject = SIMULATION_METRIC_SUBJECTS[check.metric]
      const values = metricValues(check.metric, run)
        .filter(([id]) => check.resource === undefined || id === check.resource)
        .map(([, value]) => value)
        .filter(Number.isFinite)
      if (values.length === 0) {
        return {
          status: 'waiting',
          detail: `The last run had no traffic through ${check.resource ?? `any ${subject}`}.`,
        }
      }
      // The worst figure decides: the largest for "at most", the smallest for "at least".
      const worst = check.compare === 'atMost' ? Math.max(...values) : Math.min(...values)
      const label = METRIC_LABELS[check.metric]
      const shown = (value: number) => shownMetric(check.metric, value)
      return holds(check.compare, worst, check.value)
        ? { status: 'passed', detail: `${label} is ${shown(worst)}.` }
        : {
            status: 'failed',
            detail: `${label} is ${shown(worst)}; it must be ${words(check.compare)} ${shown(check.value)}.`,
          }
    }
    case 'all': {
      const results = check.checks.map((c) => evaluateCheck(c, context))
      const notPassed = results.find((r) => r.status !== 'passed')
      return notPassed ?? { status: 'passed', detail: results.map((r) => r.detail).join(' ') }
    }
    default:
      return assertNever(check, 'check')
  }
}

/** How each metric reads in a verdict. */
export const METRIC_LABELS: Readonly<Record<SimulationMetric, string>> = {
  p99LatencyMs: 'p99 latency',
  coldStartProbability: 'The cold-start share',
  throttleProbability: 'The throttled share',
  peakConcurrency: 'Peak concurrency',
  deadLettered: 'Dead-lettered events',
  apiThrottleProbability: 'The share of API requests refused (429)',
  tableThrottleProbability: 'The share of table requests throttled',
}

/** Shares read as percentages (0.567 is “56.7%”), latencies in ms, counts as they are. */
function shownMetric(metric: SimulationMetric, value: number): string {
  switch (metric) {
    case 'coldStartProbability':
    case 'throttleProbability':
    case 'apiThrottleProbability':
    case 'tableThrottleProbability':
      return `${round(value * 100)}%`
    case 'p99LatencyMs':
      return `${round(value)} ms`
    case 'peakConcurrency':
    case 'deadLettered':
      return round(value)
    default:
      return assertNever(metric, 'metric')
  }
}

function round(value: number): string {
  return Number(value.toPrecision(3)).toLocaleString('en-US')
}
