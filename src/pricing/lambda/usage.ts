import { LAMBDA_ARCHITECTURES, type LambdaArchitecture } from './prices'

/**
 * One function's month, as the `lambda` entries of USAGE.json describe it. `requests` and
 * `durationMs` are the invocations served on demand; `provisionedRequests` and
 * `provisionedDurationMs` those served by provisioned concurrency, which is enabled for
 * `provisionedHours` of the month.
 *
 * Defaults (every field may be left out):
 * - `name`: `'function'`
 * - `requests`: 0 — `durationMs`: 100 (average per invocation, before rounding)
 * - `memoryMb`: 128 (Lambda's default) — `architecture`: `'x86_64'` (Lambda's default)
 * - `ephemeralStorageMb`: 512 (Lambda's default, the free amount)
 * - `provisionedConcurrency`: 0 — `provisionedHours`: `null`, meaning the whole month
 *   (`hoursPerMonth` of the estimate) — `provisionedRequests`: 0 — `provisionedDurationMs`: the
 *   function's `durationMs`
 */
export interface LambdaUsage {
  readonly name: string
  readonly requests: number
  readonly durationMs: number
  readonly memoryMb: number
  readonly architecture: LambdaArchitecture
  readonly ephemeralStorageMb: number
  readonly provisionedConcurrency: number
  readonly provisionedHours: number | null
  readonly provisionedRequests: number
  readonly provisionedDurationMs: number
}

export type LambdaUsageResult =
  | { readonly ok: true; readonly usage: LambdaUsage }
  | { readonly ok: false; readonly error: string }

const FIELDS = [
  'name',
  'requests',
  'durationMs',
  'memoryMb',
  'architecture',
  'ephemeralStorageMb',
  'provisionedConcurrency',
  'provisionedHours',
  'provisionedRequests',
  'provisionedDurationMs',
] as const

/** Validates one `lambda` entry strictly and fills in the documented defaults. */
export function withDefaults(raw: unknown): LambdaUsageResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'lambda: each entry must be an object' }
  }
  const entry = raw as Record<string, unknown>
  const name = entry['name'] ?? 'function'
  if (typeof name !== 'string' || name.trim() === '') {
    return { ok: false, error: 'lambda: "name" must be a non-empty string' }
  }
  const where = `lambda "${name}"`
  const unknown = Object.keys(entry).filter((key) => !(FIELDS as readonly string[]).includes(key))
  if (unknown.length > 0) {
    return {
      ok: false,
      error: `${where}: unknown field ${unknown.map((k) => `"${k}"`).join(', ')} (known: ${FIELDS.join(', ')})`,
    }
  }
  const architecture = entry['architecture'] ?? 'x86_64'
  if (!isArchitecture(architecture)) {
    return {
      ok: false,
      error: `${where}: "architecture" must be one of ${LAMBDA_ARCHITECTURES.join(', ')}, got ${JSON.stringify(architecture)}`,
    }
  }

  // The first problem found is reported; each names the field and what it must be.
  const problems: string[] = []
  const number = (field: string, fallback: number, integer = false): number => {
    const value = entry[field] ?? fallback
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      problems.push(`${where}: "${field}" must be a number ≥ 0, got ${JSON.stringify(value)}`)
      return 0
    }
    if (integer && !Number.isInteger(value)) {
      problems.push(`${where}: "${field}" must be a whole number, got ${value}`)
      return 0
    }
    return value
  }

  const requests = number('requests', 0)
  const durationMs = number('durationMs', 100)
  const usage: LambdaUsage = {
    name,
    requests,
    durationMs,
    memoryMb: number('memoryMb', 128, true),
    architecture,
    ephemeralStorageMb: number('ephemeralStorageMb', 512, true),
    provisionedConcurrency: number('provisionedConcurrency', 0, true),
    // null: enabled the whole month, whatever the estimate's `hoursPerMonth` is.
    provisionedHours: entry['provisionedHours'] == null ? null : number('provisionedHours', 0),
    provisionedRequests: number('provisionedRequests', 0),
    provisionedDurationMs: number('provisionedDurationMs', durationMs),
  }
  const problem = problems[0] ?? provisionedProblem(where, usage)
  return problem === undefined ? { ok: true, usage } : { ok: false, error: problem }
}

function isArchitecture(value: unknown): value is LambdaArchitecture {
  return LAMBDA_ARCHITECTURES.some((architecture) => architecture === value)
}

/** Invocations served by provisioned concurrency need it configured and enabled for some time. */
function provisionedProblem(where: string, usage: LambdaUsage): string | undefined {
  if (usage.provisionedRequests === 0) return undefined
  if (usage.provisionedConcurrency === 0) {
    return `${where}: "provisionedRequests" is ${usage.provisionedRequests} but "provisionedConcurrency" is 0; invocations served by provisioned concurrency need it configured`
  }
  if (usage.provisionedHours === 0) {
    return `${where}: "provisionedRequests" is ${usage.provisionedRequests} but "provisionedHours" is 0; invocations served by provisioned concurrency need it enabled for some time`
  }
  return undefined
}
