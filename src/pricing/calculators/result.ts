import { formatQuantity } from '../lineItem'

/**
 * What every calculator returns: its figures, or the first problem with the input, naming the
 * field so the UI can show the message beside it. Calculators never throw on bad input.
 */
export type CalcResult<T> = { readonly ok: true; readonly value: T } | CalcError

export interface CalcError {
  readonly ok: false
  /** The input field at fault, as named in the calculator's input type. */
  readonly field: string
  /** A sentence for the user that names the field: "rcu: must be a number ≥ 0, got -1". */
  readonly error: string
}

export function invalid(field: string, problem: string): CalcError {
  return { ok: false, field, error: `${field}: ${problem}` }
}

/** What a number input must be. Every number must be finite; by default ≥ 0. */
export interface NumberRule {
  /** Lower bound, default 0. */
  readonly min?: number
  /** The lower bound itself is refused (`> min` rather than `≥ min`). */
  readonly exclusiveMin?: boolean
  readonly max?: number
  /** Why `max` is the limit, shown in the message: "DynamoDB's largest item". */
  readonly maxReason?: string
  readonly unit?: string
  readonly integer?: boolean
}

/** The problem with one number input, or undefined when it is acceptable. */
export function numberProblem(
  field: string,
  value: number,
  rule: NumberRule = {},
): CalcError | undefined {
  const { min = 0, exclusiveMin = false, max = Infinity, unit, integer = false } = rule
  const got = `, got ${String(value)}`
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return invalid(field, 'enter a number')
  }
  if (!Number.isFinite(value)) return invalid(field, `must be a finite number${got}`)
  const bound = `${formatQuantity(min)}${unit === undefined ? '' : ` ${unit}`}`
  if (exclusiveMin ? value <= min : value < min) {
    return invalid(field, `must be ${exclusiveMin ? '>' : '≥'} ${bound}${got}`)
  }
  if (value > max) {
    const reason = rule.maxReason === undefined ? '' : ` (${rule.maxReason})`
    const limit = `${formatQuantity(max)}${unit === undefined ? '' : ` ${unit}`}`
    return invalid(field, `must be at most ${limit}${reason}${got}`)
  }
  if (integer && !Number.isInteger(value)) return invalid(field, `must be a whole number${got}`)
  return undefined
}

/** The first problem among several inputs, checked in the order given. */
export function firstProblem(
  checks: readonly (readonly [field: string, value: number, rule?: NumberRule])[],
): CalcError | undefined {
  for (const [field, value, rule] of checks) {
    const problem = numberProblem(field, value, rule)
    if (problem !== undefined) return problem
  }
  return undefined
}

/** One of a fixed set of values (a select's options), or a problem naming the field. */
export function oneOfProblem<T extends string>(
  field: string,
  value: unknown,
  allowed: readonly T[],
): CalcError | undefined {
  return allowed.some((a) => a === value)
    ? undefined
    : invalid(field, `must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`)
}
