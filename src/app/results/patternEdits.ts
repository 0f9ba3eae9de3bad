import {
  averageRps,
  rpsAt,
  validateScenario,
  type PatternType,
  type Scenario,
  type ScenarioResult,
  type TrafficPattern,
} from '../../model/scenario'

/**
 * A pattern of another type with about the same average rate as `from`, so switching the type
 * in the form keeps the traffic in the same range: a ramp from 0 to twice the average, a spike to
 * ten times it for a tenth of the run, a wave of ± half the average over the run, and so on.
 */
export function patternOfType(
  type: PatternType,
  from: TrafficPattern,
  durationS: number,
): TrafficPattern {
  const avg = round(averageRps(from, durationS))
  const d = durationS
  switch (type) {
    case 'constant':
      return { type, rps: avg }
    case 'ramp':
      return { type, fromRps: 0, toRps: round(2 * avg) }
    case 'spike':
      return {
        type,
        baseRps: avg,
        peakRps: round(10 * avg),
        atS: round(d / 2),
        forS: round(d / 10),
      }
    case 'wave':
      return { type, meanRps: avg, amplitudeRps: round(avg / 2), periodS: d }
    case 'step':
      return {
        type,
        steps: [
          { atS: 0, rps: avg },
          { atS: round(d / 3), rps: round(2 * avg) },
          { atS: round((2 * d) / 3), rps: avg },
        ],
      }
    case 'series':
      return { type, stepS: round(d / 4), rps: [avg, round(2 * avg), round(3 * avg), avg] }
  }
}

function round(value: number): number {
  return Number(value.toPrecision(4))
}

export function setPattern(
  scenario: Scenario,
  index: number,
  pattern: TrafficPattern,
): ScenarioResult {
  return validateScenario({
    ...scenario,
    traffic: scenario.traffic.map((source, i) => (i === index ? { ...source, pattern } : source)),
  })
}

export function setArrivals(scenario: Scenario, index: number, arrivals: string): ScenarioResult {
  return validateScenario({
    ...scenario,
    traffic: scenario.traffic.map((source, i) => (i === index ? { ...source, arrivals } : source)),
  })
}

/** `0:10, 600:50`: a step's start second and rate, in order. Null when it does not read. */
export function parseSteps(text: string): { atS: number; rps: number }[] | null {
  const pairs = text
    .split(/[,\n;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  const steps = pairs.map((pair) => {
    const match = /^(\d+(?:\.\d+)?)\s*s?\s*[:=]\s*(\d+(?:\.\d+)?)$/.exec(pair)
    return match ? { atS: Number(match[1]), rps: Number(match[2]) } : null
  })
  if (steps.length === 0 || steps.some((s) => s === null)) return null
  return steps as { atS: number; rps: number }[]
}

export function formatSteps(steps: readonly { atS: number; rps: number }[]): string {
  return steps.map((s) => `${s.atS}:${s.rps}`).join(', ')
}

/** `5, 10, 20`: rates per step. Null when one is not a number ≥ 0. */
export function parseSeries(text: string): number[] | null {
  const parts = text
    .split(/[,\s;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  const values = parts.map(Number)
  if (values.length === 0 || values.some((v) => !Number.isFinite(v) || v < 0)) return null
  return values
}

/** `points` samples of the rate across the run, for a preview. */
export function patternPreview(
  pattern: TrafficPattern,
  durationS: number,
  points = 61,
): { tS: number; rps: number }[] {
  return Array.from({ length: points }, (_, i) => {
    const tS = (durationS * i) / (points - 1)
    return { tS, rps: rpsAt(pattern, Math.min(tS, durationS - 1e-9), durationS) }
  })
}

/** How long the patterns span, and the simulation's seed and warm-up. */
export function setRunSettings(
  scenario: Scenario,
  fields: Partial<Pick<Scenario, 'durationS' | 'warmupS' | 'seed'>>,
): ScenarioResult {
  return validateScenario({ ...scenario, ...fields })
}
