/**
 * A lesson: steps a learner takes on the live canvas, each with a goal and a check the app
 * evaluates against the design, its bill or its last simulation run — so the learner sees the
 * step turn green by themselves. Lessons are data (JSON), so a teacher can write their own.
 */

/** Which resources a check means: a kind (`function`), or one resource by id (`function:api`). */
export type ResourceSelector = string

export type Comparison = 'atMost' | 'atLeast'

/** What a step asks of the learner, evaluated on the live design, bill or simulation. */
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
  /** A numeric property of every selected function or table compared with a value. */
  | {
      readonly kind: 'property'
      readonly select: ResourceSelector
      readonly property: string
      readonly compare: Comparison
      readonly value: number
    }
  /** The month's bill under the scenario, with the free tier as the check says. */
  | { readonly kind: 'monthlyCost'; readonly compare: Comparison; readonly usd: number }
  /** A figure of the last simulation run, for one function (or the worst of all). */
  | {
      readonly kind: 'simulation'
      readonly metric: SimulationMetric
      readonly function?: string
      readonly compare: Comparison
      readonly value: number
    }
  | { readonly kind: 'all'; readonly checks: readonly Check[] }

export const SIMULATION_METRICS = [
  'p99LatencyMs',
  'coldStartProbability',
  'throttleProbability',
  'peakConcurrency',
] as const
export type SimulationMetric = (typeof SIMULATION_METRICS)[number]

export interface LessonStep {
  readonly id: string
  readonly title: string
  /** One sentence: what done looks like. */
  readonly goal: string
  /** What to do, in plain text; blank lines separate paragraphs. */
  readonly instructions: string
  readonly hints: readonly string[]
  /** A design to start the step from: a bundled example's name, or YAML text. */
  readonly start?: { readonly example: string } | { readonly yaml: string }
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
