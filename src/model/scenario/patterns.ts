import type { TrafficPattern, TrafficSource } from './types'

/** The request rate at `tS` seconds into a scenario of `durationS` seconds. */
export function rpsAt(pattern: TrafficPattern, tS: number, durationS: number): number {
  switch (pattern.type) {
    case 'constant':
      return pattern.rps
    case 'ramp':
      return pattern.fromRps + ((pattern.toRps - pattern.fromRps) * tS) / durationS
    case 'spike':
      return tS >= pattern.atS && tS < pattern.atS + pattern.forS
        ? pattern.peakRps
        : pattern.baseRps
    case 'wave':
      return pattern.meanRps + pattern.amplitudeRps * Math.sin((2 * Math.PI * tS) / pattern.periodS)
    case 'step': {
      let rps = 0
      for (const step of pattern.steps) if (step.atS <= tS) rps = step.rps
      return rps
    }
    case 'series': {
      const index = Math.floor(tS / pattern.stepS) % pattern.rps.length
      return pattern.rps[index] ?? 0
    }
  }
}

/** The average rate over `[0, durationS]`: the exact integral of `rpsAt`, divided by the span. */
export function averageRps(pattern: TrafficPattern, durationS: number): number {
  const d = durationS
  switch (pattern.type) {
    case 'constant':
      return pattern.rps
    case 'ramp':
      return (pattern.fromRps + pattern.toRps) / 2
    case 'spike': {
      const overlap = Math.max(
        0,
        Math.min(pattern.atS + pattern.forS, d) - Math.min(pattern.atS, d),
      )
      return pattern.baseRps + ((pattern.peakRps - pattern.baseRps) * overlap) / d
    }
    case 'wave': {
      // ∫₀ᴰ sin(2πt/P) dt = P/2π × (1 − cos(2πD/P))
      const angle = (2 * Math.PI * d) / pattern.periodS
      return pattern.meanRps + (pattern.amplitudeRps * (1 - Math.cos(angle))) / angle
    }
    case 'step': {
      let total = 0
      pattern.steps.forEach((step, i) => {
        const end = Math.min(pattern.steps[i + 1]?.atS ?? d, d)
        if (step.atS < end) total += step.rps * (end - step.atS)
      })
      return total / d
    }
    case 'series': {
      const period = pattern.stepS * pattern.rps.length
      const cycles = Math.floor(d / period)
      const rest = d - cycles * period
      let total = 0
      pattern.rps.forEach((rps, i) => {
        const partial = Math.min(pattern.stepS, Math.max(0, rest - i * pattern.stepS))
        total += rps * (cycles * pattern.stepS + partial)
      })
      return total / d
    }
  }
}

/**
 * What a traffic source sends in a month, for cost: `requestsPerMonth` when given, else the
 * pattern's average rate held for the whole month (`hoursPerMonth × 3,600` seconds).
 */
export function requestsPerMonth(
  source: TrafficSource,
  durationS: number,
  hoursPerMonth: number,
): number {
  return source.requestsPerMonth ?? averageRps(source.pattern, durationS) * hoursPerMonth * 3600
}
