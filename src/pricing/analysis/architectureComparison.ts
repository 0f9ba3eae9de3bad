import { lambdaCost, type LambdaCostOptions } from '../lambda/cost'
import type { LambdaArchitecture, LambdaPrices } from '../lambda/prices'
import type { LambdaUsage } from '../lambda/usage'
import { formatQuantity, formatUsd, type LineItem } from '../lineItem'

export interface ArchitectureComparisonInput {
  /** The functions as configured; each duration is the one measured on its own architecture. */
  readonly usages: readonly LambdaUsage[]
  readonly prices: LambdaPrices
  readonly options: LambdaCostOptions
  /**
   * arm64 duration ÷ x86_64 duration for the same work. Default 1 (equal durations); 1.1 means
   * arm64 takes 10 % longer, 0.9 that it is 10 % faster. Measure it: it depends on the code.
   */
  readonly arm64DurationFactor?: number
}

export interface ArchitectureCost {
  /** USD a month, unrounded. */
  readonly x86_64: number
  readonly arm64: number
  /** x86_64 − arm64: positive when arm64 is cheaper. */
  readonly savingUsd: number
  /** The saving as a percentage of the x86_64 cost; 0 when that cost is 0. */
  readonly savingPercent: number
}

export interface FunctionArchitectureCost extends ArchitectureCost {
  readonly name: string
  /** The architecture the function is configured with. */
  readonly configured: LambdaArchitecture
  /** Average on-demand duration used for each architecture, ms. */
  readonly durationMs: Readonly<Record<LambdaArchitecture, number>>
}

export interface ArchitectureComparison {
  readonly total: ArchitectureCost
  /** In the order given. */
  readonly functions: readonly FunctionArchitectureCost[]
  /** Each side's bill, for showing the formulas. */
  readonly lines: Readonly<Record<LambdaArchitecture, readonly LineItem[]>>
  readonly explanation: string
}

/**
 * Every function on x86_64 against every function on arm64, each side priced as one account
 * by `lambdaCost` (so the shared free tier, the per-architecture duration tiers and provisioned
 * concurrency prices apply). A function's durations are converted with `arm64DurationFactor`
 * from the architecture it is configured with: arm64 = x86_64 × factor.
 *
 * Per function, the costs are that function's lines in each account-wide bill. The free tier is
 * shared in the order given, so the per-function split depends on the order while the totals do
 * not. The 2018 book prices arm64 with the current ladder (Arm arrived in 2021).
 */
export function compareArchitectures(input: ArchitectureComparisonInput): ArchitectureComparison {
  const factor = input.arm64DurationFactor ?? 1
  if (!(Number.isFinite(factor) && factor > 0)) {
    throw new RangeError(`architecture comparison: arm64DurationFactor must be > 0, got ${factor}`)
  }
  const on = (architecture: LambdaArchitecture) =>
    input.usages.map((usage, index) => ({
      // A unique resource name per function, so lines group by function even if names repeat.
      ...convert(usage, architecture, factor),
      name: `#${index}`,
    }))
  const x86 = lambdaCost(on('x86_64'), input.prices, input.options)
  const arm = lambdaCost(on('arm64'), input.prices, input.options)

  const functions = input.usages.map((usage, index): FunctionArchitectureCost => {
    const costOf = (lines: readonly LineItem[]) =>
      lines.reduce((sum, l) => (l.resource === `#${index}` ? sum + l.cost : sum), 0)
    return {
      name: usage.name,
      configured: usage.architecture,
      durationMs: {
        x86_64: convert(usage, 'x86_64', factor).durationMs,
        arm64: convert(usage, 'arm64', factor).durationMs,
      },
      ...compared(costOf(x86), costOf(arm)),
    }
  })
  const rename = (lines: readonly LineItem[]) =>
    lines.map((l) => ({ ...l, resource: input.usages[Number(l.resource.slice(1))]?.name ?? '' }))
  const total = compared(
    functions.reduce((sum, f) => sum + f.x86_64, 0),
    functions.reduce((sum, f) => sum + f.arm64, 0),
  )
  return {
    total,
    functions,
    lines: { x86_64: rename(x86), arm64: rename(arm) },
    explanation: explain(total, factor),
  }
}

/** The usage moved to `architecture`, its durations scaled by the arm64 duration factor. */
function convert(
  usage: LambdaUsage,
  architecture: LambdaArchitecture,
  factor: number,
): LambdaUsage {
  if (usage.architecture === architecture) return usage
  const scale = architecture === 'arm64' ? factor : 1 / factor
  return {
    ...usage,
    architecture,
    durationMs: usage.durationMs * scale,
    provisionedDurationMs: usage.provisionedDurationMs * scale,
  }
}

function compared(x86: number, arm: number): ArchitectureCost {
  const savingUsd = x86 - arm
  return {
    x86_64: x86,
    arm64: arm,
    savingUsd,
    savingPercent: x86 > 0 ? (savingUsd / x86) * 100 : 0,
  }
}

function explain(total: ArchitectureCost, factor: number): string {
  const speed =
    factor === 1
      ? 'with equal durations'
      : `with arm64 durations ${formatQuantity(factor)} × the x86_64 ones`
  const verdict =
    total.savingUsd >= 0
      ? `saves ${formatUsd(total.savingUsd)} a month (${formatQuantity(total.savingPercent)} %)`
      : `costs ${formatUsd(-total.savingUsd)} a month more (${formatQuantity(-total.savingPercent)} %)`
  return `All functions on arm64 ${speed}: ${formatUsd(total.x86_64)} on x86_64 → ${formatUsd(total.arm64)} on arm64, which ${verdict}.`
}
