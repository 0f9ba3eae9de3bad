/**
 * A fixed-bin latency histogram with logarithmic bins, in the manner of HdrHistogram: the bin of
 * a value is read straight from the bits of its IEEE-754 double (the exponent and the top
 * `SUB_BITS` bits of the mantissa), so recording costs one typed-array write and no logarithm.
 * Each power of two is split into 32 bins, and each bin keeps the sum of its samples: a
 * percentile is the mean of the samples in its bin, so it is within 3 % of the true value, and
 * exact when the bin's samples are equal (a constant duration). Samples are never stored.
 */

const SUB_BITS = 5
const SUB_BINS = 1 << SUB_BITS
/** Smallest resolved value 2^-10 ms (about 1 µs); smaller values share the first bin. */
const MIN_EXPONENT = -10
/** Largest resolved value 2^27 ms (about 37 hours); larger values share the last bin. */
const MAX_EXPONENT = 27
export const HISTOGRAM_BINS = (MAX_EXPONENT - MIN_EXPONENT) * SUB_BINS

const scratch = new Float64Array(1)
const words = new Uint32Array(scratch.buffer)
/** Index of the 32-bit word holding the sign, exponent and top mantissa bits. */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0
const SHIFT = 20 - SUB_BITS
const OFFSET = (1023 + MIN_EXPONENT) << SUB_BITS

/** The bin of a value ≥ 0. */
export function binOf(value: number): number {
  scratch[0] = value
  const index = (words[HIGH]! >>> SHIFT) - OFFSET
  return index < 0 ? 0 : index >= HISTOGRAM_BINS ? HISTOGRAM_BINS - 1 : index
}

/** The middle of a bin's range, which is within 1/64 of any value in it. */
export function binMiddle(bin: number): number {
  const exponent = Math.floor(bin / SUB_BINS) + MIN_EXPONENT
  const sub = bin % SUB_BINS
  return 2 ** exponent * (1 + (sub + 0.5) / SUB_BINS)
}

export class Histogram {
  readonly counts = new Float64Array(HISTOGRAM_BINS)
  readonly sums = new Float64Array(HISTOGRAM_BINS)
  count = 0
  min = Infinity
  max = -Infinity
  /** The range of bins touched since the last clear, so clearing and scanning stay short. */
  private low = HISTOGRAM_BINS
  private high = -1

  record(value: number): void {
    const bin = binOf(value)
    this.counts[bin]! += 1
    this.sums[bin]! += value
    this.count++
    if (value < this.min) this.min = value
    if (value > this.max) this.max = value
    if (bin < this.low) this.low = bin
    if (bin > this.high) this.high = bin
  }

  /**
   * The value at quantile `q` (0 < q ≤ 1): the mean of the first bin where the samples seen
   * reach `q` of all. NaN when empty.
   */
  quantile(q: number): number {
    if (this.count === 0) return NaN
    const rank = Math.max(1, Math.ceil(q * this.count))
    let seen = 0
    for (let bin = this.low; bin <= this.high; bin++) {
      seen += this.counts[bin]!
      if (seen >= rank) return this.sums[bin]! / this.counts[bin]!
    }
    return this.max
  }

  /** Adds another histogram's samples to this one. */
  add(other: Histogram): void {
    if (other.count === 0) return
    for (let bin = other.low; bin <= other.high; bin++) {
      this.counts[bin]! += other.counts[bin]!
      this.sums[bin]! += other.sums[bin]!
    }
    this.count += other.count
    this.min = Math.min(this.min, other.min)
    this.max = Math.max(this.max, other.max)
    this.low = Math.min(this.low, other.low)
    this.high = Math.max(this.high, other.high)
  }

  copyFrom(other: Histogram): void {
    this.clear()
    this.add(other)
  }

  clear(): void {
    if (this.high >= this.low) {
      this.counts.fill(0, this.low, this.high + 1)
      this.sums.fill(0, this.low, this.high + 1)
    }
    this.count = 0
    this.min = Infinity
    this.max = -Infinity
    this.low = HISTOGRAM_BINS
    this.high = -1
  }
}
