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

  /**
   * An exponentially distributed value with the given mean, by Marsaglia and Tsang's ziggurat
   * (J. Stat. Softw. 5(8), 2000): one 32-bit draw and a table lookup almost every time, the
   * logarithm only in the rare wedge and tail cases. The low 8 bits pick the layer and the high
   * 24 bits the point, so the two are independent.
   */
  exponential(mean: number): number {
    const u = this.uint32()
    const layer = u & 255
    const j = u >>> 8
    if (j < ZIGGURAT_K[layer]!) return j * ZIGGURAT_W[layer]! * mean
    return this.exponentialSlow(layer, j) * mean
  }

  private exponentialSlow(layer: number, j: number): number {
    for (;;) {
      if (layer === 0) return ZIGGURAT_R - Math.log(this.positiveFloat())
      const x = j * ZIGGURAT_W[layer]!
      const below = ZIGGURAT_F[layer]!
      const above = ZIGGURAT_F[layer - 1]!
      if (below + this.float() * (above - below) < Math.exp(-x)) return x
      const u = this.uint32()
      layer = u & 255
      j = u >>> 8
      if (j < ZIGGURAT_K[layer]!) return j * ZIGGURAT_W[layer]!
    }
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

// Ziggurat tables for the standard exponential, 256 layers (Marsaglia & Tsang 2000, EXP
// constants), for 24-bit points.
const ZIGGURAT_R = 7.697117470131487
const ZIGGURAT_V = 3.949659822581572e-3
const ZIGGURAT_K = new Float64Array(256)
const ZIGGURAT_W = new Float64Array(256)
const ZIGGURAT_F = new Float64Array(256)
{
  const m = 2 ** 24
  let d = ZIGGURAT_R
  const q = ZIGGURAT_V / Math.exp(-d)
  ZIGGURAT_K[0] = Math.floor((d / q) * m)
  ZIGGURAT_K[1] = 0
  ZIGGURAT_W[0] = q / m
  ZIGGURAT_W[255] = d / m
  ZIGGURAT_F[0] = 1
  ZIGGURAT_F[255] = Math.exp(-d)
  for (let i = 254; i >= 1; i--) {
    const previous = d
    d = -Math.log(ZIGGURAT_V / d + Math.exp(-d))
    ZIGGURAT_K[i + 1] = Math.floor((d / previous) * m)
    ZIGGURAT_F[i] = Math.exp(-d)
    ZIGGURAT_W[i] = d / m
  }
}
