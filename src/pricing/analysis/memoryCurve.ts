import { lambdaCost } from '../lambda/cost'
import type { LambdaArchitecture, LambdaPrices } from '../lambda/prices'
import type { LambdaUsage } from '../lambda/usage'
import { formatQuantity, formatUsd, sumCosts } from '../lineItem'

/**
 * Lambda allocates CPU in proportion to memory; at 1,769 MB a function has the equivalent of one
 * vCPU (one vCPU-second of credits per second). L-DOCS (aws-pricing.md §1.3, checked 2022) and
 * docs.aws.amazon.com/lambda/latest/dg/resource-model.html.
 */
export const MEMORY_MB_PER_VCPU = 1769

/**
 * At most 6 vCPUs: "AWS Lambda functions with up to 10 GB of memory and 6 vCPUs" (AWS News Blog,
 * Dec 2020, aws.amazon.com/blogs/aws/new-for-aws-lambda-functions-with-up-to-10-gb-of-memory-and-6-vcpus/;
 * not in the pricing facts). Credits keep growing linearly, so 10,240 MB gives 10,240 / 1,769 ≈
 * 5.79 vCPU-seconds per second: with the cap at 6 × 1,769 = 10,614 MB it never binds within
 * the allowed memory. It does bind when the code uses fewer cores (`usableVcpus`).
 */
export const MAX_VCPUS = 6

/** The memory sizes a chart samples; each book keeps the ones it allows. */
export const SAMPLE_MEMORY_SIZES_MB: readonly number[] = [
  128, 256, 512, 768, 1024, 1536, 1769, 2048, 3008, 4096, 6144, 8192, 10240,
]

/**
 * vCPU-seconds per second the code can use at `memoryMb`: min(memory, usable vCPUs × 1,769 MB)
 * / 1,769 MB. Single-threaded code cannot use more than one vCPU, so `usableVcpus` 1 models it.
 */
export function vcpusAt(memoryMb: number, usableVcpus = MAX_VCPUS): number {
  return Math.min(memoryMb, usableVcpus * MEMORY_MB_PER_VCPU) / MEMORY_MB_PER_VCPU
}

/** A duration measured at one memory size, and how much of it waits on the CPU. */
export interface DurationModel {
  /** Average duration measured at `referenceMemoryMb`, ms. */
  readonly durationMs: number
  readonly referenceMemoryMb: number
  /**
   * The share (0..1) of `durationMs` spent computing. That part scales with 1 / vCPU; the rest
   * (waiting on the network, DynamoDB, S3...) takes as long at any memory.
   */
  readonly cpuBoundShare: number
  /** Cores the code can keep busy: 1 for single-threaded code. Default 6, Lambda's maximum. */
  readonly usableVcpus?: number
}

/**
 * duration(m) = d0 × ((1 − p) + p × cpu(m0) / cpu(m)): the I/O part stays, the CPU part shrinks
 * as vCPU share grows. Never increases with memory, since cpu(m) never decreases.
 */
export function durationAtMemory(model: DurationModel, memoryMb: number): number {
  const usable = model.usableVcpus ?? MAX_VCPUS
  const p = model.cpuBoundShare
  const speedUp = vcpusAt(model.referenceMemoryMb, usable) / vcpusAt(memoryMb, usable)
  return model.durationMs * (1 - p + p * speedUp)
}

/** The sizes of `candidates` the book allows (2018: 128–3,008 MB in 64 MB steps). */
export function memorySizesFor(
  prices: LambdaPrices,
  candidates: readonly number[] = SAMPLE_MEMORY_SIZES_MB,
): number[] {
  const { minMb, maxMb, stepMb } = prices.memory
  return [...new Set(candidates)]
    .filter((m) => Number.isInteger(m) && m >= minMb && m <= maxMb && m % stepMb === 0)
    .sort((a, b) => a - b)
}

export interface MemoryCurveInput extends DurationModel {
  /** Invocations in the month. */
  readonly requests: number
  readonly architecture: LambdaArchitecture
  readonly prices: LambdaPrices
  readonly freeTier: boolean
  /** Sizes to price; those the book does not allow are left out. Default `SAMPLE_MEMORY_SIZES_MB`. */
  readonly memorySizesMb?: readonly number[]
}

export interface MemoryPoint {
  readonly memoryMb: number
  /** vCPU-seconds per second the code uses at this size. */
  readonly vcpus: number
  /** Modelled average duration, before the book's rounding (lambdaCost rounds). */
  readonly durationMs: number
  /** The function's month at this size: requests plus duration, after free tier. USD, unrounded. */
  readonly monthlyCost: number
  /** The bill's line formulas, joined. */
  readonly costFormula: string
}

export interface MemoryCurve {
  /** One point per allowed size, ascending. */
  readonly points: readonly MemoryPoint[]
  /**
   * The lowest monthly cost to the cent; among sizes that cost the same cent, the fastest (then
   * the smallest). A purely CPU-bound function costs the same GB-s at every size up to its vCPU
   * cap, so its cheapest point is the fastest one of equal cost, not 128 MB.
   */
  readonly cheapest: MemoryPoint
  /** The duration model, with the inputs filled in. */
  readonly formula: string
}

/**
 * The month's cost of one function against its memory size. Each point is priced by
 * `lambdaCost` with the function alone on the account, so the book's rounding (1 ms, or 100 ms
 * in 2018), duration tiers and the free tier all apply. Throws a RangeError for inputs outside
 * their ranges or when the book allows none of the sizes.
 */
export function memoryCurve(input: MemoryCurveInput): MemoryCurve {
  const problem = inputProblem(input)
  if (problem !== undefined) throw new RangeError(`memory curve: ${problem}`)
  const sizes = memorySizesFor(input.prices, input.memorySizesMb)
  if (sizes.length === 0) {
    throw new RangeError(`memory curve: the ${input.prices.id} price book allows none of the sizes`)
  }
  const usable = input.usableVcpus ?? MAX_VCPUS
  const points = sizes.map((memoryMb): MemoryPoint => {
    const durationMs = durationAtMemory(input, memoryMb)
    const lines = lambdaCost([usageAt(input, memoryMb, durationMs)], input.prices, {
      freeTier: input.freeTier,
      hoursPerMonth: 730,
    })
    return {
      memoryMb,
      vcpus: vcpusAt(memoryMb, usable),
      durationMs,
      monthlyCost: sumCosts(lines),
      costFormula: lines.map((line) => `${line.item}: ${line.formula}`).join('; '),
    }
  })
  return { points, cheapest: cheapestOf(points), formula: describeModel(input) }
}

function usageAt(input: MemoryCurveInput, memoryMb: number, durationMs: number): LambdaUsage {
  return {
    name: 'function',
    requests: input.requests,
    durationMs,
    memoryMb,
    architecture: input.architecture,
    ephemeralStorageMb: 512,
    provisionedConcurrency: 0,
    provisionedHours: null,
    provisionedRequests: 0,
    provisionedDurationMs: durationMs,
  }
}

const cents = (usd: number) => Math.round(usd * 100)

function cheapestOf(points: readonly MemoryPoint[]): MemoryPoint {
  const [first, ...rest] = points
  if (first === undefined) throw new RangeError('memory curve: no points')
  return rest.reduce((best, p) => {
    const byCost = cents(p.monthlyCost) - cents(best.monthlyCost)
    if (byCost !== 0) return byCost < 0 ? p : best
    // Same cents: the faster size; at equal speed the smaller one (points ascend in memory).
    return p.durationMs < best.durationMs ? p : best
  }, first)
}

function inputProblem(input: MemoryCurveInput): string | undefined {
  const { requests, durationMs, referenceMemoryMb, cpuBoundShare, usableVcpus } = input
  if (!(Number.isFinite(requests) && requests >= 0)) return `requests must be ≥ 0, got ${requests}`
  if (!(Number.isFinite(durationMs) && durationMs >= 0)) {
    return `durationMs must be ≥ 0, got ${durationMs}`
  }
  if (!(Number.isFinite(referenceMemoryMb) && referenceMemoryMb > 0)) {
    return `referenceMemoryMb must be > 0, got ${referenceMemoryMb}`
  }
  if (!(cpuBoundShare >= 0 && cpuBoundShare <= 1)) {
    return `cpuBoundShare must be between 0 and 1, got ${cpuBoundShare}`
  }
  if (usableVcpus !== undefined && !(usableVcpus > 0 && usableVcpus <= MAX_VCPUS)) {
    return `usableVcpus must be > 0 and ≤ ${MAX_VCPUS}, got ${usableVcpus}`
  }
  return undefined
}

/** "duration(m) = 1,000 ms × ((1 − 0.8) + 0.8 × cpu(1,024 MB) / cpu(m)), cpu(m) = …". */
function describeModel(input: MemoryCurveInput): string {
  const q = formatQuantity
  const usable = input.usableVcpus ?? MAX_VCPUS
  const capMb = usable * MEMORY_MB_PER_VCPU
  const p = input.cpuBoundShare
  return (
    `duration(m) = ${q(input.durationMs)} ms × ((1 − ${q(p)}) + ${q(p)} × cpu(${q(input.referenceMemoryMb)} MB) / cpu(m)), ` +
    `cpu(m) = min(m, ${q(usable)} vCPU × ${q(MEMORY_MB_PER_VCPU)} MB = ${q(capMb)} MB) / ${q(MEMORY_MB_PER_VCPU)} MB; ` +
    `cost(m) = ${q(input.requests)} requests × ${formatUsd(input.prices.requests.usd)} per 1M + ` +
    `${q(input.requests)} × duration(m) × m / 1,024 GB-s on the ${input.architecture} ladder ` +
    `(${input.prices.id} book, free tier ${input.freeTier ? 'on' : 'off'})`
  )
}
