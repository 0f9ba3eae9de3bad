import type { ResourceId, ServiceModel } from '../model/types'
import { assertNever, kindOfId } from '../model/types'
import type { Check, Comparison, ResourceSelector, SimulationMetric } from './lessonTypes'

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
}

export interface CheckContext {
  readonly model: ServiceModel
  /** The month's total in USD, or an error when the design cannot be priced. */
  readonly monthlyCost: { readonly ok: true; readonly usd: number } | { readonly ok: false }
  /** The last simulation run's figures by function id, if one was made on this design. */
  readonly simulation?: Readonly<Record<string, FunctionFigures>>
}

/** A kind (`function`) matches every resource of that kind; anything else is an id. */
const matches = (selector: ResourceSelector, id: ResourceId) =>
  id === selector || (!selector.includes(':') && kindOfId(id) === selector)

const holds = (compare: Comparison, actual: number, value: number) =>
  compare === 'atMost' ? actual <= value : actual >= value

const words = (compare: Comparison) => (compare === 'atMost' ? 'at most' : 'at least')

const METRIC: Readonly<Record<SimulationMetric, (f: FunctionFigures) => number>> = {
  p99LatencyMs: (f) => f.latencyMs.p99,
  coldStartProbability: (f) => f.coldStartProbability,
  throttleProbability: (f) => f.throttleProbability,
  peakConcurrency: (f) => f.peakConcurrency,
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
      const failing = selected.filter((r) => {
        const value = (r as unknown as Record<string, unknown>)[check.property]
        return typeof value !== 'number' || !holds(check.compare, value, check.value)
      })
      return failing.length === 0
        ? {
            status: 'passed',
            detail: `${check.property} is ${words(check.compare)} ${check.value}.`,
          }
        : {
            status: 'failed',
            detail: `${failing.map((r) => r.name).join(', ')}: ${check.property} must be ${words(check.compare)} ${check.value}.`,
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
      const figures = context.simulation
      if (!figures) return { status: 'waiting', detail: 'Run the simulation to check this step.' }
      const entries = Object.entries(figures).filter(
        ([id]) => check.function === undefined || id === check.function,
      )
      if (entries.length === 0) {
        return {
          status: 'waiting',
          detail: `Run the simulation with traffic to ${check.function ?? 'a function'}.`,
        }
      }
      const values = entries.map(([, f]) => METRIC[check.metric](f)).filter(Number.isFinite)
      if (values.length === 0) return { status: 'waiting', detail: 'The run had no invocations.' }
      // The worst figure decides: the largest for "at most", the smallest for "at least".
      const worst = check.compare === 'atMost' ? Math.max(...values) : Math.min(...values)
      return holds(check.compare, worst, check.value)
        ? { status: 'passed', detail: `${check.metric} is ${round(worst)}.` }
        : {
            status: 'failed',
            detail: `${check.metric} is ${round(worst)}; it must be ${words(check.compare)} ${check.value}.`,
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

function round(value: number): string {
  return Number(value.toPrecision(3)).toLocaleString('en-US')
}
