import { rcuForReadRate, wcuForWriteRate } from '../capacity/throughput'
import { readUnitsPerRead, writeUnitsPerWrite, type ReadConsistency } from '../capacity/units'
import { dynamodbCost } from '../dynamodb/cost'
import type { DynamodbPrices } from '../dynamodb/prices'
import type { DynamodbUsage } from '../dynamodb/usage'
import { formatQuantity, formatUsd, sumCosts } from '../lineItem'

/**
 * The target utilization auto scaling keeps: consumed capacity at 70 % of what is provisioned.
 * 70 % is the usual console default for DynamoDB auto scaling; it is not in the pricing facts and
 * was not confirmed against an AWS page here, hence a parameter.
 */
export const DEFAULT_TARGET_UTILIZATION = 0.7

/** `count` factors from `from` to `to`, evenly spaced on a log scale (both ends included). */
export function logSpace(from: number, to: number, count: number): number[] {
  if (!(from > 0 && to > from && Number.isInteger(count) && count >= 2)) {
    throw new RangeError(`logSpace: need 0 < from < to and count ≥ 2, got ${from}, ${to}, ${count}`)
  }
  const step = Math.log(to / from) / (count - 1)
  return Array.from({ length: count }, (_, i) =>
    i === count - 1 ? to : Number((from * Math.exp(step * i)).toPrecision(12)),
  )
}

/** Traffic factors charted by default: ×0.01 to ×100 of the given rates, 10 a decade. */
export const DEFAULT_FACTORS: readonly number[] = logSpace(0.01, 100, 41)

export interface OnDemandVsProvisionedInput {
  /** Average reads and writes per second at factor 1, steady over the month. */
  readonly readsPerSecond: number
  readonly writesPerSecond: number
  /** Default 1 KB. */
  readonly itemSizeKb?: number
  /** Default `eventual`. */
  readonly readConsistency?: ReadConsistency
  /** Default false. */
  readonly transactionalWrites?: boolean
  /** Stored GB: the same in both modes, so it moves both curves and not the break-even. Default 0. */
  readonly storageGb?: number
  readonly prices: DynamodbPrices
  readonly freeTier: boolean
  /** Default 730. */
  readonly hoursPerMonth?: number
  /** Consumed ÷ provisioned capacity, 0 < u ≤ 1. Default 0.7, as auto scaling keeps it. */
  readonly targetUtilization?: number
  /** Traffic factors to chart, > 0. Default `DEFAULT_FACTORS`. */
  readonly factors?: readonly number[]
}

export interface ModeComparisonPoint {
  readonly factor: number
  readonly readsPerSecond: number
  readonly writesPerSecond: number
  /** USD a month, unrounded. */
  readonly onDemand: number
  /** With whole RCU and WCU as provisioned (at least 1 each). */
  readonly provisioned: number
  readonly rcu: number
  readonly wcu: number
  readonly cheaper: 'on-demand' | 'provisioned' | 'equal'
  /** How `rcu` and `wcu` were sized. */
  readonly capacityFormula: string
}

export interface BreakEven {
  readonly factor: number
  readonly readsPerSecond: number
  readonly writesPerSecond: number
  /** What both modes cost there, on the continuous cost functions. */
  readonly monthlyCost: number
  /** Which mode is cheaper just below and just above the break-even. */
  readonly below: 'on-demand' | 'provisioned'
  readonly above: 'on-demand' | 'provisioned'
  readonly explanation: string
}

export interface OnDemandVsProvisioned {
  readonly points: readonly ModeComparisonPoint[]
  /**
   * Where the continuous cost functions cross inside the charted range, ascending. A list, since
   * in general a line and a convex curve cross twice; with the books' prices there is at most
   * one: 3,600 request units on demand cost the same multiple of a fully used provisioned
   * unit-hour for reads and writes (3.46 × now, 6.92 × in 2018), so past the 1-unit minimum
   * provisioned is cheaper per request exactly when the target utilization is above 1 / 3.46 =
   * 28.9 % (14.4 % in 2018), for reads and writes alike.
   */
  readonly breakEvens: readonly BreakEven[]
  readonly formulas: { readonly onDemand: string; readonly provisioned: string }
  readonly summary: string
}

interface Model {
  readonly reads: number
  readonly writes: number
  readonly perRead: number
  readonly perWrite: number
  readonly utilization: number
  readonly hours: number
  readonly base: DynamodbUsage
  readonly input: OnDemandVsProvisionedInput
}

/**
 * A table's month on demand and provisioned, across traffic levels: both rates scaled by each
 * factor. On demand bills every request; provisioned bills capacity sized for the rate at the
 * target utilization (`rcuForReadRate` / `wcuForWriteRate` of rate ÷ utilization, at least 1
 * unit), every hour of the month, with the always-free 25 RCU / 25 WCU when the free tier is on.
 * Both are priced by `dynamodbCost`.
 *
 * The break-even is found by bisection on the continuous versions of the two costs (capacity not
 * rounded to whole units), which are piecewise linear in the factor: the range is cut at every
 * kink (where capacity reaches the 1-unit minimum or the free 25 units) and each piece with a
 * change of sign is bisected. The charted provisioned curve uses whole units, so it can cross a
 * little later than the continuous one.
 */
export function onDemandVsProvisioned(input: OnDemandVsProvisionedInput): OnDemandVsProvisioned {
  const model = modelOf(input)
  const factors = [...(input.factors ?? DEFAULT_FACTORS)].sort((a, b) => a - b)
  const bad = factors.find((f) => !(Number.isFinite(f) && f > 0))
  if (bad !== undefined || factors.length === 0) {
    throw new RangeError(`on-demand vs provisioned: factors must be > 0, got ${bad ?? 'none'}`)
  }
  const points = factors.map((factor) => pointAt(model, factor))
  const lo = factors[0] ?? 0
  const hi = factors[factors.length - 1] ?? 0
  const breakEvens = findBreakEvens(model, lo, hi)
  return {
    points,
    breakEvens,
    formulas: formulasOf(model),
    summary: summaryOf(model, breakEvens, lo, hi),
  }
}

function modelOf(input: OnDemandVsProvisionedInput): Model {
  const utilization = input.targetUtilization ?? DEFAULT_TARGET_UTILIZATION
  const hours = input.hoursPerMonth ?? 730
  const itemSizeKb = input.itemSizeKb ?? 1
  const readConsistency = input.readConsistency ?? 'eventual'
  const transactionalWrites = input.transactionalWrites ?? false
  const problems = [
    nonNegative('readsPerSecond', input.readsPerSecond),
    nonNegative('writesPerSecond', input.writesPerSecond),
    nonNegative('storageGb', input.storageGb ?? 0),
    input.readsPerSecond + input.writesPerSecond > 0
      ? undefined
      : 'readsPerSecond and writesPerSecond are both 0: there is no traffic to compare',
    utilization > 0 && utilization <= 1
      ? undefined
      : `targetUtilization must be > 0 and ≤ 1, got ${utilization}`,
    hours > 0 && Number.isFinite(hours) ? undefined : `hoursPerMonth must be > 0, got ${hours}`,
    itemSizeKb > 0 && itemSizeKb <= 400 ? undefined : `itemSizeKb must be in (0, 400]`,
  ]
  const problem = problems.find((p) => p !== undefined)
  if (problem !== undefined) throw new RangeError(`on-demand vs provisioned: ${problem}`)
  return {
    reads: input.readsPerSecond,
    writes: input.writesPerSecond,
    perRead: readUnitsPerRead(itemSizeKb, readConsistency).value,
    perWrite: writeUnitsPerWrite(itemSizeKb, transactionalWrites).value,
    utilization,
    hours,
    input,
    base: {
      name: 'table',
      mode: 'on-demand',
      reads: 0,
      writes: 0,
      itemSizeKb,
      readConsistency,
      transactionalWrites,
      gsiCount: 0,
      gsiItemSizeKb: itemSizeKb,
      rcu: 1,
      wcu: 1,
      storageGb: input.storageGb ?? 0,
      streamReads: 0,
    },
  }
}

function nonNegative(field: string, value: number): string | undefined {
  return Number.isFinite(value) && value >= 0 ? undefined : `${field} must be ≥ 0, got ${value}`
}

function monthly(model: Model, usage: DynamodbUsage): number {
  const options = { freeTier: model.input.freeTier, hoursPerMonth: model.hours }
  return sumCosts(dynamodbCost([usage], model.input.prices, options))
}

/** On demand: every request of the month, `rate × hours × 3,600 s`. */
function onDemandCost(model: Model, factor: number): number {
  const seconds = model.hours * 3600
  return monthly(model, {
    ...model.base,
    reads: factor * model.reads * seconds,
    writes: factor * model.writes * seconds,
  })
}

/** Capacity units needed for `factor` before rounding: rate × units per request ÷ utilization. */
function continuousUnits(model: Model, factor: number): { rcu: number; wcu: number } {
  return {
    rcu: Math.max(1, (factor * model.reads * model.perRead) / model.utilization),
    wcu: Math.max(1, (factor * model.writes * model.perWrite) / model.utilization),
  }
}

function provisionedCost(model: Model, units: { rcu: number; wcu: number }): number {
  return monthly(model, { ...model.base, mode: 'provisioned', ...units })
}

function pointAt(model: Model, factor: number): ModeComparisonPoint {
  const { itemSizeKb, readConsistency, transactionalWrites } = model.base
  const readsPerSecond = factor * model.reads
  const writesPerSecond = factor * model.writes
  // Capacity for rate ÷ utilization, so the rate uses `utilization` of what is provisioned.
  const rcu = rcuForReadRate(readsPerSecond / model.utilization, itemSizeKb, readConsistency)
  const wcu = wcuForWriteRate(writesPerSecond / model.utilization, itemSizeKb, transactionalWrites)
  const units = { rcu: Math.max(1, rcu.value), wcu: Math.max(1, wcu.value) }
  const onDemand = onDemandCost(model, factor)
  const provisioned = provisionedCost(model, units)
  const pct = formatQuantity(model.utilization * 100)
  return {
    factor,
    readsPerSecond,
    writesPerSecond,
    onDemand,
    provisioned,
    ...units,
    cheaper: cheaperOf(onDemand, provisioned),
    capacityFormula: `sized for ${pct} % utilization: ${rcu.formula}; ${wcu.formula}; at least 1 of each`,
  }
}

function cheaperOf(onDemand: number, provisioned: number): ModeComparisonPoint['cheaper'] {
  if (Math.abs(onDemand - provisioned) <= 1e-9 * Math.max(onDemand, provisioned)) return 'equal'
  return onDemand < provisioned ? 'on-demand' : 'provisioned'
}

/**
 * Both modes' monthly cost at `factor` on the continuous cost functions the break-even is found
 * on: capacity not rounded to whole units (at least 1 of each). For tooltips and checks.
 */
export function continuousCostsAt(
  input: OnDemandVsProvisionedInput,
  factor: number,
): { readonly onDemand: number; readonly provisioned: number } {
  const model = modelOf(input)
  return {
    onDemand: onDemandCost(model, factor),
    provisioned: provisionedCost(model, continuousUnits(model, factor)),
  }
}

/** On demand minus provisioned (continuous): > 0 where provisioned is cheaper. */
function gap(model: Model, factor: number): number {
  return onDemandCost(model, factor) - provisionedCost(model, continuousUnits(model, factor))
}

/**
 * Factors where a continuous unit count reaches the 1-unit minimum or the free allowance: the
 * only places the provisioned cost changes slope. On demand is linear, so between two kinks the
 * gap is linear and crosses zero at most once.
 */
function kinks(model: Model): number[] {
  const free = model.input.prices.freeTier
  const read = (model.reads * model.perRead) / model.utilization
  const write = (model.writes * model.perWrite) / model.utilization
  const levels = (allowance: number) => (model.input.freeTier ? [1, allowance] : [1])
  return [
    ...(read > 0 ? levels(free.provisionedRcu.quantity).map((units) => units / read) : []),
    ...(write > 0 ? levels(free.provisionedWcu.quantity).map((units) => units / write) : []),
  ]
}

function findBreakEvens(model: Model, lo: number, hi: number): BreakEven[] {
  const cuts = [...new Set([lo, ...kinks(model).filter((k) => k > lo && k < hi), hi])].sort(
    (a, b) => a - b,
  )
  const found: BreakEven[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] ?? lo
    const b = cuts[i + 1] ?? hi
    const ga = gap(model, a)
    const gb = gap(model, b)
    if (Math.sign(ga) * Math.sign(gb) >= 0) continue
    const factor = bisect((f) => gap(model, f), a, b, ga)
    found.push(breakEvenAt(model, factor, ga < 0 ? 'on-demand' : 'provisioned'))
  }
  return found
}

/** The root of `g` in [a, b], where g(a) = `ga` and g(b) has the other sign. */
function bisect(g: (x: number) => number, a: number, b: number, ga: number): number {
  let left = a
  let right = b
  let gLeft = ga
  for (let i = 0; i < 200 && right - left > 1e-13 * right; i++) {
    const mid = (left + right) / 2
    const gMid = g(mid)
    if (gMid === 0) return mid
    if (Math.sign(gMid) === Math.sign(gLeft)) {
      left = mid
      gLeft = gMid
    } else {
      right = mid
    }
  }
  return (left + right) / 2
}

function breakEvenAt(model: Model, factor: number, below: BreakEven['below']): BreakEven {
  const above = below === 'on-demand' ? 'provisioned' : 'on-demand'
  const readsPerSecond = factor * model.reads
  const writesPerSecond = factor * model.writes
  const monthlyCost = onDemandCost(model, factor)
  const q = formatQuantity
  const units = continuousUnits(model, factor)
  return {
    factor,
    readsPerSecond,
    writesPerSecond,
    monthlyCost,
    below,
    above,
    explanation:
      `At ×${q(factor)} of the given traffic (${q(readsPerSecond)} reads/s, ${q(writesPerSecond)} writes/s) ` +
      `on-demand and provisioned (${q(units.rcu)} RCU, ${q(units.wcu)} WCU at ${q(model.utilization * 100)} % utilization) ` +
      `both cost ${formatUsd(monthlyCost)} a month; below it ${below} is cheaper, above it ${above}.`,
  }
}

function formulasOf(model: Model): OnDemandVsProvisioned['formulas'] {
  const q = formatQuantity
  const { prices, freeTier } = model.input
  const seconds = model.hours * 3600
  const u = q(model.utilization)
  const free = (n: number) => (freeTier ? ` − ${q(n)} free` : '')
  const rcuFree = free(prices.freeTier.provisionedRcu.quantity)
  const wcuFree = free(prices.freeTier.provisionedWcu.quantity)
  return {
    onDemand:
      `on-demand(f) = f × ${q(seconds)} s × (${q(model.reads)} reads/s × ${q(model.perRead)} RRU × ` +
      `${formatUsd(prices.readRequestUnits.usd)} per ${prices.readRequestUnits.per} + ${q(model.writes)} writes/s × ` +
      `${q(model.perWrite)} WRU × ${formatUsd(prices.writeRequestUnits.usd)} per ${prices.writeRequestUnits.per})`,
    provisioned:
      `provisioned(f) = ${q(model.hours)} h × (max(0, max(1, f × ${q(model.reads)} × ${q(model.perRead)} / ${u})${rcuFree}) RCU × ` +
      `${formatUsd(prices.rcuHour.usd)} + max(0, max(1, f × ${q(model.writes)} × ${q(model.perWrite)} / ${u})${wcuFree}) WCU × ` +
      `${formatUsd(prices.wcuHour.usd)}); the chart rounds RCU and WCU up to whole units`,
  }
}

function summaryOf(model: Model, breakEvens: readonly BreakEven[], lo: number, hi: number): string {
  const range = `×${formatQuantity(lo)}–×${formatQuantity(hi)}`
  if (breakEvens.length > 0) return breakEvens.map((b) => b.explanation).join(' ')
  const g = gap(model, Math.sqrt(lo * hi))
  if (g === 0) return `On-demand and provisioned cost the same across ${range}.`
  const cheaper = g > 0 ? 'Provisioned' : 'On-demand'
  return `${cheaper} is cheaper across the whole range ${range} (no break-even inside it).`
}
