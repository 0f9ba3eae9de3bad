import { formatQuantity } from '../lineItem'
import type { LambdaPrices } from './prices'
import type { LambdaUsage } from './usage'

/** What one function bills for in a month, before free tier: the quantities behind every line. */
export interface LambdaMeasures {
  readonly usage: LambdaUsage
  /** memoryMb / 1024: AWS's examples divide by 1024 (1,536 MB = 1.5 GB). */
  readonly memoryGb: number
  /** Average on-demand duration after the book's rounding. */
  readonly billedMs: number
  readonly billedProvisionedMs: number
  readonly totalRequests: number
  /** On-demand duration: requests × billed seconds × memory. */
  readonly onDemandGbSeconds: number
  /** Duration of the invocations served by provisioned concurrency. */
  readonly provisionedGbSeconds: number
  /** Hours provisioned concurrency is enabled, after rounding up to whole billing periods. */
  readonly provisionedHours: number
  /** Concurrency configured × memory × time enabled. */
  readonly capacityGbSeconds: number
  /** Seconds of execution, on demand and provisioned, that pay for extra ephemeral storage. */
  readonly executionSeconds: number
  /** Ephemeral storage above the free amount, in GB. */
  readonly extraStorageGb: number
  readonly storageGbSeconds: number
}

export interface LambdaCostOptions {
  readonly freeTier: boolean
  readonly hoursPerMonth: number
}

/**
 * `value` rounded up to a multiple of `step`. The quotient is cut to 12 significant digits first
 * so that float noise (120.00000000000001 ms) does not bill one more step.
 */
export function roundUpTo(value: number, step: number): number {
  return Math.ceil(Number((value / step).toPrecision(12))) * step
}

export function measure(
  usage: LambdaUsage,
  prices: LambdaPrices,
  options: LambdaCostOptions,
): LambdaMeasures {
  const memoryGb = usage.memoryMb / 1024
  // Durations are averages; rounding the average stands in for AWS rounding each invocation.
  const billedMs = roundUpTo(usage.durationMs, prices.durationRounding.ms)
  const billedProvisionedMs = roundUpTo(usage.provisionedDurationMs, prices.durationRounding.ms)
  const enabledHours =
    usage.provisionedConcurrency === 0 ? 0 : (usage.provisionedHours ?? options.hoursPerMonth)
  // Rounded in minutes, where the billing period is a whole number, to keep 8 h exactly 8 h.
  const provisionedHours = roundUpTo(enabledHours * 60, prices.provisionedRounding.minutes) / 60
  const onDemandSeconds = (usage.requests * billedMs) / 1000
  const provisionedSeconds = (usage.provisionedRequests * billedProvisionedMs) / 1000
  const executionSeconds = onDemandSeconds + provisionedSeconds
  const extraStorageGb =
    Math.max(0, usage.ephemeralStorageMb - prices.ephemeralStorage.includedMb) / 1024
  return {
    usage,
    memoryGb,
    billedMs,
    billedProvisionedMs,
    totalRequests: usage.requests + usage.provisionedRequests,
    onDemandGbSeconds: onDemandSeconds * memoryGb,
    provisionedGbSeconds: provisionedSeconds * memoryGb,
    provisionedHours,
    // The brief's formula: concurrency × memory GB × hours × 3,600 s.
    capacityGbSeconds: usage.provisionedConcurrency * memoryGb * provisionedHours * 3600,
    executionSeconds,
    extraStorageGb,
    storageGbSeconds: executionSeconds * extraStorageGb,
  }
}

/**
 * Why a usage cannot be priced with this book (memory, storage or hours outside what the book
 * allows), or undefined. Refused rather than clamped: a silently changed configuration would
 * price a function that cannot exist.
 */
export function bookProblem(
  usage: LambdaUsage,
  prices: LambdaPrices,
  options: LambdaCostOptions,
): string | undefined {
  const where = `lambda "${usage.name}"`
  const book = `the ${prices.id} price book`
  const { memory, ephemeralStorage } = prices
  if (usage.memoryMb < memory.minMb || usage.memoryMb > memory.maxMb) {
    return `${where}: memoryMb ${formatQuantity(usage.memoryMb)} is outside ${book}'s range ${formatQuantity(memory.minMb)}–${formatQuantity(memory.maxMb)} MB`
  }
  if (usage.memoryMb % memory.stepMb !== 0) {
    return `${where}: memoryMb ${formatQuantity(usage.memoryMb)} is not a multiple of ${memory.stepMb} MB, the step ${book} allows`
  }
  if (
    usage.ephemeralStorageMb < ephemeralStorage.minMb ||
    usage.ephemeralStorageMb > ephemeralStorage.maxMb
  ) {
    const range =
      ephemeralStorage.minMb === ephemeralStorage.maxMb
        ? `fixed at ${formatQuantity(ephemeralStorage.minMb)} MB`
        : `${formatQuantity(ephemeralStorage.minMb)}–${formatQuantity(ephemeralStorage.maxMb)} MB`
    return `${where}: ephemeralStorageMb ${formatQuantity(usage.ephemeralStorageMb)} is outside ${book}'s range (${range})`
  }
  if (!(options.hoursPerMonth > 0) || !Number.isFinite(options.hoursPerMonth)) {
    return `lambda: hoursPerMonth must be a positive number, got ${options.hoursPerMonth}`
  }
  if (usage.provisionedHours !== null && usage.provisionedHours > options.hoursPerMonth) {
    return `${where}: provisionedHours ${formatQuantity(usage.provisionedHours)} is more than the month's ${formatQuantity(options.hoursPerMonth)} hours`
  }
  return undefined
}
