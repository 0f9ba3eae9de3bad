import type { Arrivals, TrafficPattern } from '../../src/model/scenario'
import type { Random } from './random'

/**
 * Arrival times of one traffic source, generated lazily in time order by time rescaling: the
 * rate curve λ(t) of the pattern is cut into pieces on which it is constant or linear, its
 * integral Λ(t) is inverted piece by piece, and an arrival falls each time Λ grows by an
 * exponential draw of mean 1 (a non-homogeneous Poisson process, exactly) or by exactly 1
 * (evenly spaced arrivals, the first half a spacing in). Constant, ramp, spike, step and series
 * patterns are exact; a wave is followed through linear pieces of 1/256 of its period, which is
 * within 1e-4 of its amplitude.
 */

/** Linear pieces per period of a wave. */
export const WAVE_PIECES = 256

export class ArrivalProcess {
  private t = 0
  private readonly end: number
  private readonly poisson: boolean
  private first = true
  // The current piece of the rate curve: [start, stop), rate at start, slope.
  private pieceStart = 0
  private pieceStop = 0
  private pieceRate = 0
  private pieceSlope = 0
  private piece = -1
  private exhausted = false

  constructor(
    private readonly pattern: TrafficPattern,
    private readonly durationS: number,
    arrivals: Arrivals,
    private readonly random: Random,
  ) {
    this.end = durationS
    this.poisson = arrivals === 'poisson'
    this.nextPiece()
  }

  /** The next arrival time in seconds, or Infinity when the pattern has no more before its end. */
  next(): number {
    let need = this.poisson ? this.random.exponential(1) : this.first ? 0.5 : 1
    this.first = false
    for (;;) {
      if (this.exhausted) return Infinity
      const t = this.t
      const stop = this.pieceStop
      const slope = this.pieceSlope
      const rate = this.pieceRate + slope * (t - this.pieceStart)
      if (slope === 0) {
        if (rate > 0) {
          const next = t + need / rate
          if (next < stop) {
            this.t = next
            return next
          }
          need = Math.max(0, need - rate * (stop - t))
        }
      } else {
        const span = stop - t
        const available = rate * span + (slope * span * span) / 2
        if (need < available) {
          // Solve rate·x + slope·x²/2 = need in its cancellation-free form.
          const x = (2 * need) / (rate + Math.sqrt(Math.max(0, rate * rate + 2 * slope * need)))
          const next = t + x
          if (next < stop) {
            this.t = next
            return next
          }
        }
        need = Math.max(0, need - Math.max(0, available))
      }
      this.t = stop
      this.nextPiece()
    }
  }

  /** Moves to the next piece of the rate curve, clipped to the scenario's duration. */
  private nextPiece(): void {
    for (;;) {
      this.piece++
      const piece = pieceOf(this.pattern, this.piece, this.durationS)
      if (piece === undefined || piece.start >= this.end) {
        this.exhausted = true
        return
      }
      const stop = Math.min(piece.stop, this.end)
      if (stop <= piece.start) continue
      this.pieceStart = piece.start
      this.pieceStop = stop
      this.pieceRate = piece.rate
      this.pieceSlope = piece.slope
      this.t = Math.max(this.t, piece.start)
      return
    }
  }
}

interface Piece {
  readonly start: number
  readonly stop: number
  readonly rate: number
  readonly slope: number
}

const flat = (start: number, stop: number, rate: number): Piece => ({
  start,
  stop,
  rate,
  slope: 0,
})

/** Piece `k` of a pattern's rate curve, or undefined past the last. */
export function pieceOf(pattern: TrafficPattern, k: number, durationS: number): Piece | undefined {
  switch (pattern.type) {
    case 'constant':
      return k === 0 ? flat(0, Infinity, pattern.rps) : undefined
    case 'ramp':
      return k === 0
        ? {
            start: 0,
            stop: durationS,
            rate: pattern.fromRps,
            slope: (pattern.toRps - pattern.fromRps) / durationS,
          }
        : undefined
    case 'spike': {
      const pieces = [
        flat(0, pattern.atS, pattern.baseRps),
        flat(pattern.atS, pattern.atS + pattern.forS, pattern.peakRps),
        flat(pattern.atS + pattern.forS, Infinity, pattern.baseRps),
      ]
      return pieces[k]
    }
    case 'wave': {
      const width = pattern.periodS / WAVE_PIECES
      const start = k * width
      if (start >= durationS) return undefined
      const at = (t: number) =>
        pattern.meanRps + pattern.amplitudeRps * Math.sin((2 * Math.PI * t) / pattern.periodS)
      const rate = Math.max(0, at(start))
      const end = Math.max(0, at(start + width))
      return { start, stop: start + width, rate, slope: (end - rate) / width }
    }
    case 'step': {
      const steps = pattern.steps
      if (k === 0) return flat(0, steps[0]?.atS ?? Infinity, 0)
      const step = steps[k - 1]
      return step === undefined ? undefined : flat(step.atS, steps[k]?.atS ?? Infinity, step.rps)
    }
    case 'series': {
      const start = k * pattern.stepS
      if (start >= durationS) return undefined
      return flat(start, start + pattern.stepS, pattern.rps[k % pattern.rps.length] ?? 0)
    }
  }
}
