/**
 * A seeded pseudo-random source: sfc32 (Chris Doty-Humphrey's "small fast counting" generator,
 * from PractRand), seeded through splitmix32. It passes PractRand and BigCrush, has a period of
 * at least 2^32 thanks to its counter, and needs only 32-bit integer arithmetic, so the same seed
 * gives the same stream in Node and in every browser. `Math.random` is banned in the engine.
 */
export class Random {
  private a: number
  private b: number
  private c: number
  private d: number
  /** The second value of the last Box–Muller pair, or NaN when none is waiting. */
  private spareNormal = NaN

  /** `stream` gives independent sequences for one seed (traffic sources, service times...). */
  constructor(seed: number, stream = 0) {
    let state = (Math.floor(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0
    const next = () => {
      // splitmix32: spreads a small seed over the whole state.
      state = (state + 0x9e3779b9) | 0
      let z = state
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
      return (z ^ (z >>> 16)) >>> 0
    }
    this.a = next()
    this.b = next()
    this.c = next()
    this.d = next()
    // The authors' recommendation: discard the first outputs so nearby seeds diverge.
    for (let i = 0; i < 12; i++) this.uint32()
  }

  /** A uniformly distributed 32-bit unsigned integer. */
  uint32(): number {
    const a = this.a
    const b = this.b
    const c = this.c
    const d = (this.d + 1) | 0
    const t = (((a + b) | 0) + d) | 0
    this.d = d
    this.a = b ^ (b >>> 9)
    this.b = (c + (c << 3)) | 0
    const rotated = (c << 21) | (c >>> 11)
    this.c = (rotated + t) | 0
    return t >>> 0
  }

  /** Uniform on [0, 1), in steps of 2^-32. */
  float(): number {
    return this.uint32() / 4294967296
  }

  /** Uniform on (0, 1]: safe to take the logarithm of. */
  positiveFloat(): number {
    return (this.uint32() + 1) / 4294967296
  }

  /** An integer uniform on [0, n). */
  below(n: number): number {
    return Math.floor(this.float() * n)
  }

  /** An exponentially distributed value with the given mean. */
  exponential(mean: number): number {
    return -Math.log(this.positiveFloat()) * mean
  }

  /** A standard normal value (Box–Muller; the second value of each pair is kept for the next call). */
  normal(): number {
    const spare = this.spareNormal
    if (spare === spare) {
      this.spareNormal = NaN
      return spare
    }
    const radius = Math.sqrt(-2 * Math.log(this.positiveFloat()))
    const angle = 2 * Math.PI * this.float()
    this.spareNormal = radius * Math.sin(angle)
    return radius * Math.cos(angle)
  }

  /** `floor(x)`, plus one with probability `x − floor(x)`: a whole count whose mean is `x`. */
  count(x: number): number {
    const whole = Math.floor(x)
    return x > whole && this.float() < x - whole ? whole + 1 : whole
  }
}

/** The streams of one simulation, so that what-if runs on the same seed see the same traffic. */
export const RandomStream = {
  /** Service times, routing, key choice, retries. */
  behaviour: 0,
  /** Traffic source `i` uses stream `traffic + i`. */
  traffic: 1000,
} as const
