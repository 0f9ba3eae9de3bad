import type { Scenario } from '../model/scenario'

/**
 * A lesson: steps a learner takes on the live canvas, each with a goal and a check the app
 * evaluates against the design, its scenario, its bill or its last simulation run — so the
 * learner sees the step turn green by themselves. Lessons are data (JSON), so a teacher can
 * write their own; README.md documents the format.
 */

/** Which resources a check means: a kind (`function`), or one resource by id (`function:api`). */
export type ResourceSelector = string

export type Comparison = 'atMost' | 'atLeast'

/** A value a property or scenario field must equal exactly. */
export type Exact = string | number | boolean

/** Either a comparison with a number, or an exact value. */
export type Expectation =
  { readonly compare: Comparison; readonly value: number } | { readonly equals: Exact }

/** What a step asks of the learner, evaluated on the live design, scenario, bill or simulation. */
export type Check =
  /** At least `count` (default 1) resources of a kind, or the resource with this id. */
  | { readonly kind: 'resource'; readonly select: ResourceSelector; readonly count?: number }
  /** An edge between two selectors; `event` narrows triggers (`http`, `sqs`...), `access` uses. */
  | {
      readonly kind: 'edge'
      readonly from: ResourceSelector
      readonly to: ResourceSelector
      readonly event?: string
    }
  /** A property of every selected resource (`memorySize`, `architecture`...) as expected. */
  | ({
      readonly kind: 'property'
      readonly select: ResourceSelector
      readonly property: string
    } & Expectation)
  /** A field of the scenario, by its dotted path (`cost.freeTier`, `traffic.0.pattern.rps`). */
  | ({ readonly kind: 'scenario'; readonly path: string } & Expectation)
  /** The month's bill under the scenario (its own free-tier and price-book settings). */
  | { readonly kind: 'monthlyCost'; readonly compare: Comparison; readonly usd: number }
  /**
   * A figure of the last simulation run of the design and scenario as they are now. `resource`
   * names one function, API or table (by the metric's kind); without it the worst one decides.
   */
  | {
      readonly kind: 'simulation'
      readonly metric: SimulationMetric
      readonly resource?: string
      readonly compare: Comparison
      readonly value: number
    }
  | { readonly kind: 'all'; readonly checks: readonly Check[] }

/** What each simulation metric is a figure of. */
export const SIMULATION_METRIC_SUBJECTS = {
  p99LatencyMs: 'function',
  coldStartProbability: 'function',
  throttleProbability: 'function',
  peakConcurrency: 'function',
  deadLettered: 'function',
  apiThrottleProbability: 'api',
  tableThrottleProbability: 'table',
} as const
export type SimulationMetric = keyof typeof SIMULATION_METRIC_SUBJECTS
export const SIMULATION_METRICS = Object.keys(SIMULATION_METRIC_SUBJECTS) as SimulationMetric[]

/** Where a step starts: a design (a bundled example's name, or YAML text) and its scenario. */
export type StepStart = ({ readonly example: string } | { readonly yaml: string }) & {
  /**
   * SCENARIO.json content for the step (traffic, behaviour, cost settings), checked when the
   * lesson is read; absent: the starter scenario the design implies.
   */
  readonly scenario?: Scenario
}

export interface LessonStep {
  readonly id: string
  readonly title: string
  /** One sentence: what done looks like. */
  readonly goal: string
  /** What to do, in plain text; blank lines separate paragraphs. */
  readonly instructions: string
  readonly hints: readonly string[]
  /** Where the step starts; absent: from wherever the previous step left the design. */
  readonly start?: StepStart
  readonly check: Check
}

export interface Lesson {
  readonly format: 'serverless-canvas/lesson'
  readonly version: 1
  readonly id: string
  readonly title: string
  readonly summary: string
  readonly minutes: number
  readonly steps: readonly LessonStep[]
}
