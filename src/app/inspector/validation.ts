import { AWS_LIMITS } from '../../model/defaults'

/**
 * Checks of what a user typed into an inspector field, before anything becomes a patch. Each
 * check takes the raw text of the input and gives either the value to write or a sentence the
 * inspector shows under the field. Pure: no React, no store.
 */
export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string }

const valid = <T>(value: T): Checked<T> => ({ ok: true, value })
const invalid = (error: string): Checked<never> => ({ ok: false, error })

export interface IntegerRange {
  /** How the sentence names the value: `Memory`, `Timeout`, `Batch size`. */
  readonly label: string
  readonly min: number
  readonly max?: number
  /** Appended to the bounds in messages: `MB`, `s`. */
  readonly unit?: string
}

const withUnit = (n: number, unit?: string) =>
  `${n.toLocaleString('en-US')}${unit ? ` ${unit}` : ''}`

/** A whole number within bounds; thousands separators and surrounding spaces are forgiven. */
export function checkInteger(raw: string, range: IntegerRange): Checked<number> {
  const text = raw.trim().replace(/[,_\s]/g, '')
  const bounds =
    range.max === undefined
      ? `at least ${withUnit(range.min, range.unit)}`
      : `from ${withUnit(range.min, range.unit)} to ${withUnit(range.max, range.unit)}`
  if (!/^-?\d+$/.test(text)) return invalid(`${range.label} must be a whole number ${bounds}.`)
  const value = Number(text)
  if (value < range.min || (range.max !== undefined && value > range.max)) {
    return invalid(`${range.label} must be ${bounds}; ${withUnit(value, range.unit)} is not.`)
  }
  return valid(value)
}

/** Like `checkInteger`, but an empty field means "not set" (the setting is removed). */
export function checkOptionalInteger(
  raw: string,
  range: IntegerRange,
): Checked<number | undefined> {
  return raw.trim() === '' ? valid(undefined) : checkInteger(raw, range)
}

export const checkMemory = (raw: string) =>
  checkInteger(raw, {
    label: 'Memory',
    min: AWS_LIMITS.memoryMinMb,
    max: AWS_LIMITS.memoryMaxMb,
    unit: 'MB',
  })

export const checkTimeout = (raw: string) =>
  checkInteger(raw, {
    label: 'Timeout',
    min: AWS_LIMITS.timeoutMinS,
    max: AWS_LIMITS.timeoutMaxS,
    unit: 's',
  })

/** The account's default concurrency quota: a higher reservation is refused by AWS. */
const MAX_CONCURRENCY = 1000

export const checkReservedConcurrency = (raw: string) =>
  checkOptionalInteger(raw, { label: 'Reserved concurrency', min: 0, max: MAX_CONCURRENCY })

/** Provisioned instances come out of the reservation, so they cannot exceed it. */
export function checkProvisionedConcurrency(
  raw: string,
  reserved: number | undefined,
): Checked<number | undefined> {
  const checked = checkOptionalInteger(raw, {
    label: 'Provisioned concurrency',
    min: 1,
    max: MAX_CONCURRENCY,
  })
  if (!checked.ok || checked.value === undefined || reserved === undefined) return checked
  return checked.value > reserved
    ? invalid(
        `Provisioned concurrency (${checked.value}) cannot exceed reserved concurrency (${reserved}).`,
      )
    : checked
}

export type BatchSource = 'sqs' | 'sqsFifo' | 'stream'

const BATCH_MAX: Readonly<Record<BatchSource, number>> = {
  sqs: AWS_LIMITS.sqsMaxBatchSize,
  sqsFifo: AWS_LIMITS.sqsFifoMaxBatchSize,
  stream: AWS_LIMITS.streamMaxBatchSize,
}

export const checkBatchSize = (raw: string, source: BatchSource) =>
  checkInteger(raw, { label: 'Batch size', min: 1, max: BATCH_MAX[source] })

export const checkCapacityUnits = (raw: string, label: string) =>
  checkInteger(raw, { label, min: 1, max: 40_000 })

export const checkVisibilityTimeout = (raw: string) =>
  checkInteger(raw, {
    label: 'Visibility timeout',
    min: 0,
    max: AWS_LIMITS.sqsMaxVisibilityTimeoutS,
    unit: 's',
  })

export const checkMaxReceiveCount = (raw: string) =>
  checkInteger(raw, { label: 'Max receives', min: 1, max: 1000 })

const RATE = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/
const CRON_FIELDS = 6

/**
 * An EventBridge schedule: `rate(1 minute)`, `rate(5 minutes)` (the unit is singular for 1 and
 * plural otherwise; AWS refuses the mix), or a six-field `cron(...)`.
 */
export function checkScheduleExpression(raw: string): Checked<string> {
  const text = raw.trim()
  const example = 'write rate(5 minutes), rate(1 hour) or cron(0 12 * * ? *)'
  const rate = RATE.exec(text)
  if (rate) {
    const amount = Number(rate[1])
    const unit = rate[2]!
    if (amount < 1) return invalid(`A rate must be at least 1: ${example}.`)
    const plural = unit.endsWith('s')
    if (amount === 1 && plural) return invalid(`Write rate(1 ${unit.slice(0, -1)}), singular.`)
    if (amount !== 1 && !plural) return invalid(`Write rate(${amount} ${unit}s), plural.`)
    return valid(text)
  }
  const cron = /^cron\((.*)\)$/.exec(text)
  if (cron) {
    const fields = cron[1]!.trim().split(/\s+/).filter(Boolean)
    if (fields.length === CRON_FIELDS) return valid(text)
    return invalid(
      `A cron expression has six fields (minutes hours day month weekday year), not ${fields.length}.`,
    )
  }
  return invalid(`"${text}" is not a schedule: ${example}.`)
}

const FUNCTION_NAME = /^[a-zA-Z0-9-_]+$/

/** A function key: letters, digits, `-` and `_`, and not the key of another function. */
export function checkFunctionName(
  raw: string,
  current: string,
  existing: readonly string[],
): Checked<string> {
  const name = raw.trim()
  if (name === '') return invalid('A function needs a name.')
  if (!FUNCTION_NAME.test(name)) {
    return invalid(`"${name}" is not a valid function name: use letters, digits, "-" or "_".`)
  }
  if (name.length > 64) return invalid('A function name has at most 64 characters.')
  if (name !== current && existing.includes(name)) {
    return invalid(`There is already a function "${name}".`)
  }
  return valid(name)
}

const ENV_VAR = /^[A-Za-z_][A-Za-z0-9_]*$/

export function checkEnvVarName(raw: string, existing: readonly string[]): Checked<string> {
  const name = raw.trim()
  if (!ENV_VAR.test(name)) {
    return invalid('Use letters, digits and "_" for a variable name, not starting with a digit.')
  }
  if (existing.includes(name)) return invalid(`${name} is already set.`)
  return valid(name)
}

/** An API Gateway path as written under `http`/`httpApi`: no spaces, not empty. */
export function checkPath(raw: string): Checked<string> {
  const path = raw.trim()
  if (path === '' || /\s/.test(path)) return invalid('A path has no spaces, e.g. users/{id}.')
  return valid(path)
}

/** DynamoDB attribute and index names: 1–255 characters (indexes: 3–255 of a-z A-Z 0-9 _ - .). */
export function checkAttributeName(raw: string): Checked<string> {
  const name = raw.trim()
  if (name === '' || name.length > 255)
    return invalid('An attribute needs a name (1–255 characters).')
  return valid(name)
}

export function checkIndexName(raw: string, existing: readonly string[]): Checked<string> {
  const name = raw.trim()
  if (!/^[A-Za-z0-9_.-]{3,255}$/.test(name)) {
    return invalid('An index name has 3–255 letters, digits, "_", "-" or ".".')
  }
  if (existing.includes(name)) return invalid(`The table already has an index "${name}".`)
  return valid(name)
}

/** Why a function's timeout outlives the API that calls it: the caller gets a 504 first. */
export function apiTimeoutWarning(
  timeout: number,
  apis: readonly ('http' | 'httpApi' | 'websocket')[],
): string | undefined {
  const rest = apis.some((a) => a === 'http' || a === 'websocket')
  const limit = rest
    ? AWS_LIMITS.restApiIntegrationTimeoutS
    : apis.includes('httpApi')
      ? AWS_LIMITS.httpApiIntegrationTimeoutS
      : undefined
  if (limit === undefined || timeout <= limit) return undefined
  const api = rest ? 'REST/WebSocket API' : 'HTTP API'
  return `The ${api} gives up after ${limit} s: callers get a timeout while the function keeps running (and billing).`
}
