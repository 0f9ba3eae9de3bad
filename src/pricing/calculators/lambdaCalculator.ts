import type { Derived } from '../capacity/derived'
import { lambdaCost, lambdaUsageProblem, type LambdaCostOptions } from '../lambda/cost'
import { measure, type LambdaMeasures } from '../lambda/measures'
import {
  LAMBDA_ARCHITECTURES,
  lambdaBooks,
  type LambdaArchitecture,
  type LambdaPrices,
} from '../lambda/prices'
import { withDefaults, type LambdaUsage } from '../lambda/usage'
import { formatQuantity as q, type LineItem } from '../lineItem'
import { PRICE_BOOK_IDS, type PriceBookId } from '../priceBookId'
import { firstProblem, invalid, oneOfProblem, type CalcResult } from './result'
import { totalOf } from './total'

/**
 * The Lambda cheat sheet: one function's month, priced by `lambdaCost` with its formulas, and the
 * same workload on both architectures under both books (1 ms and 100 ms duration rounding).
 */
export interface LambdaInput {
  readonly requestsPerMonth: number
  /** Average duration per invocation, before the book's rounding. */
  readonly durationMs: number
  /** Memory configured; the book decides the range and step allowed. */
  readonly memoryMb: number
  readonly architecture: LambdaArchitecture
  /** Apply the always-free 1M requests and 400,000 GB-s a month. */
  readonly freeTier: boolean
  /** `current` bills duration in 1 ms steps, `2018` in 100 ms steps. */
  readonly book: PriceBookId
}

export interface LambdaFigures {
  /** Duration billed per invocation after the book's rounding. */
  readonly billedMs: Derived
  /** On-demand GB-seconds, before the free tier: requests × billed s × memory GB. */
  readonly gbSeconds: Derived
  /** The month's bill, with each line's formula. */
  readonly lines: readonly LineItem[]
  /** USD a month, unrounded, with the sum of the lines. */
  readonly total: Derived
  /** Caveats of the price book for this input (an anachronistic arm64 price). */
  readonly notes: readonly string[]
  readonly comparison: readonly LambdaComparisonRow[]
}

interface RowKey {
  readonly book: PriceBookId
  readonly architecture: LambdaArchitecture
  /** The book's duration rounding step. */
  readonly roundingMs: number
  /** This row is the input as given. */
  readonly selected: boolean
}

/** The same workload priced with one book and architecture, or why that book cannot price it. */
export type LambdaComparisonRow = RowKey &
  (
    | {
        readonly ok: true
        readonly billedMs: number
        readonly gbSeconds: number
        readonly totalUsd: number
        readonly note: string | undefined
      }
    | { readonly ok: false; readonly problem: string }
  )

/** 15 minutes: Lambda's longest timeout, so no invocation lasts longer. */
export const MAX_DURATION_MS = 900_000

// No provisioned concurrency here, so the month's length never changes a figure.
const HOURS_PER_MONTH = 730

/**
 * @example 1,000,000 requests × 120 ms × 512 MB on the current book = 60,000 GB-s; on the 2018
 * book the 120 ms are billed as 200 ms, so 100,000 GB-s.
 */
export function calculateLambda(input: LambdaInput): CalcResult<LambdaFigures> {
  const problem =
    firstProblem([
      ['requestsPerMonth', input.requestsPerMonth],
      [
        'durationMs',
        input.durationMs,
        { max: MAX_DURATION_MS, unit: 'ms', maxReason: "Lambda's 15-minute timeout" },
      ],
      ['memoryMb', input.memoryMb, { exclusiveMin: true, unit: 'MB', integer: true }],
    ]) ??
    oneOfProblem('architecture', input.architecture, LAMBDA_ARCHITECTURES) ??
    oneOfProblem('book', input.book, PRICE_BOOK_IDS)
  if (problem !== undefined) return problem

  const built = withDefaults({
    name: 'function',
    requests: input.requestsPerMonth,
    durationMs: input.durationMs,
    memoryMb: input.memoryMb,
    architecture: input.architecture,
  })
  if (!built.ok) return invalid('input', built.error)

  const options: LambdaCostOptions = { freeTier: input.freeTier, hoursPerMonth: HOURS_PER_MONTH }
  const priced = price(built.usage, lambdaBooks[input.book], options)
  if (!priced.ok) {
    // The book refuses the memory (its range or step): the field to fix is memoryMb.
    const field = priced.problem.startsWith('memoryMb ') ? 'memoryMb' : 'book'
    return invalid(field, priced.problem.replace(/^memoryMb /, ''))
  }

  const { measures, lines, note } = priced
  return {
    ok: true,
    value: {
      billedMs: billedMsOf(measures, lambdaBooks[input.book]),
      gbSeconds: gbSecondsOf(measures),
      lines,
      total: totalOf(lines),
      notes: note === undefined ? [] : [note],
      comparison: compare(input, built.usage, options),
    },
  }
}

type Priced =
  | {
      readonly ok: true
      readonly measures: LambdaMeasures
      readonly lines: LineItem[]
      readonly note: string | undefined
    }
  | { readonly ok: false; readonly problem: string }

/** Prices one usage, reporting the book's refusal (memory out of range...) instead of throwing. */
function price(usage: LambdaUsage, prices: LambdaPrices, options: LambdaCostOptions): Priced {
  const problem = lambdaUsageProblem([usage], prices, options)
  // The calculator prices a single function, so the message need not name it.
  if (problem !== undefined) return { ok: false, problem: problem.replace(/^lambda "[^"]*": /, '') }
  return {
    ok: true,
    measures: measure(usage, prices, options),
    lines: lambdaCost([usage], prices, options),
    note: anachronism(usage.architecture, prices),
  }
}

/**
 * Arm (Graviton2) functions arrived in September 2021; a dated book without its own arm64
 * prices borrows today's, which the comparison should say rather than hide.
 */
function anachronism(architecture: LambdaArchitecture, prices: LambdaPrices): string | undefined {
  if (architecture !== 'arm64' || prices.id === 'current') return undefined
  if (prices.duration.arm64 !== lambdaBooks.current.duration.arm64) return undefined
  return `arm64 did not exist in ${prices.id} (Lambda on Arm arrived in September 2021): the ${prices.id} book prices it with today's arm64 rates`
}

function billedMsOf(m: LambdaMeasures, prices: LambdaPrices): Derived {
  const step = prices.durationRounding.ms
  return {
    value: m.billedMs,
    formula: `${q(m.usage.durationMs)} ms rounded up to a multiple of ${q(step)} ms (${prices.id} book) = ${q(m.billedMs)} ms billed per invocation`,
  }
}

function gbSecondsOf(m: LambdaMeasures): Derived {
  const { requests, durationMs, memoryMb } = m.usage
  const rounded =
    durationMs === m.billedMs ? '' : ` (${q(durationMs)} ms billed as ${q(m.billedMs)} ms)`
  return {
    value: m.onDemandGbSeconds,
    formula: `${q(requests)} requests × ${q(m.billedMs / 1000)} s${rounded} × ${q(m.memoryGb)} GB (${q(memoryMb)} MB) = ${q(m.onDemandGbSeconds)} GB-s`,
  }
}

/** The workload on every book and architecture: what 1 ms rounding and Arm each change. */
function compare(
  input: LambdaInput,
  usage: LambdaUsage,
  options: LambdaCostOptions,
): LambdaComparisonRow[] {
  return PRICE_BOOK_IDS.flatMap((book) =>
    LAMBDA_ARCHITECTURES.map((architecture): LambdaComparisonRow => {
      const prices = lambdaBooks[book]
      const key: RowKey = {
        book,
        architecture,
        roundingMs: prices.durationRounding.ms,
        selected: book === input.book && architecture === input.architecture,
      }
      const priced = price({ ...usage, architecture }, prices, options)
      if (!priced.ok) return { ...key, ok: false, problem: priced.problem }
      return {
        ...key,
        ok: true,
        billedMs: priced.measures.billedMs,
        gbSeconds: priced.measures.onDemandGbSeconds,
        totalUsd: totalOf(priced.lines).value,
        note: priced.note,
      }
    }),
  )
}
