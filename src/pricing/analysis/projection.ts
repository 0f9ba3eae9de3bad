import { apiGatewayCost } from '../apiGateway/cost'
import { apiGatewayBooks } from '../apiGateway/prices'
import { withDefaults as apiGatewayUsage } from '../apiGateway/usage'
import { cloudwatchLogsCost } from '../cloudwatchLogs/cost'
import { cloudwatchLogsBooks } from '../cloudwatchLogs/prices'
import { withDefaults as cloudwatchLogsUsage } from '../cloudwatchLogs/usage'
import { dynamodbCost } from '../dynamodb/cost'
import { dynamodbBooks } from '../dynamodb/prices'
import { withDefaults as dynamodbUsage } from '../dynamodb/usage'
import { estimate, type EstimateSettings } from '../estimate'
import { eventBridgeCost } from '../eventBridge/cost'
import { eventBridgeBooks } from '../eventBridge/prices'
import { withDefaults as eventBridgeUsage } from '../eventBridge/usage'
import { lambdaCost } from '../lambda/cost'
import { lambdaBooks } from '../lambda/prices'
import { withDefaults as lambdaUsage } from '../lambda/usage'
import { formatQuantity, type LineItem, type ServiceName } from '../lineItem'
import type { PricingOptions } from '../metering/meter'
import type { PriceBookId } from '../priceBookId'
import { s3Cost } from '../s3/cost'
import { s3Books } from '../s3/prices'
import { withDefaults as s3Usage } from '../s3/usage'
import { snsCost } from '../sns/cost'
import { snsBooks } from '../sns/prices'
import { withDefaults as snsUsage } from '../sns/usage'
import { sqsCost } from '../sqs/cost'
import { sqsBooks } from '../sqs/prices'
import { withDefaults as sqsUsage } from '../sqs/usage'
import { withoutTwelveMonthOffers } from './twelveMonthOffers'

/** The 12-month free offers end this many months after sign-up. */
export const TWELVE_MONTH_OFFER_MONTHS = 12
export const PROJECTION_MONTHS = 12

export interface ProjectionOptions {
  /**
   * Compound growth per month: 0.1 is +10 % a month, so month m carries (1 + 0.1)^(m − 1) of
   * month 1's volume. > −1. Default 0.
   */
  readonly monthlyGrowth?: number
  /**
   * Whole months since the account signed up, at the start of month 1. Month m is then
   * `accountAgeMonths + m − 1` months old, and the 12-month offers apply while that is < 12.
   * Default 0 (a new account: the offers last the whole projection).
   */
  readonly accountAgeMonths?: number
}

export interface ProjectionRow {
  /** 1..12. */
  readonly month: number
  /** Whole months since sign-up at the start of this month. */
  readonly accountAgeMonths: number
  /** (1 + growth)^(month − 1): what every volume is multiplied by. */
  readonly growthFactor: number
  /** `off` when the usage turns the free tier off altogether. */
  readonly twelveMonthOffers: 'active' | 'expired' | 'off'
  /** USD a month, unrounded. */
  readonly total: number
  /** USD per service that has usage. */
  readonly byService: Readonly<Partial<Record<ServiceName, number>>>
}

export type ProjectionResult =
  | {
      readonly ok: true
      readonly settings: EstimateSettings
      readonly rows: readonly ProjectionRow[]
      readonly explanation: string
    }
  | { readonly ok: false; readonly error: string }

/**
 * A 12-month projection of the bill `estimate(usage)` gives for one month.
 *
 * Each month is re-priced from scratch, never extrapolated from the total, so the graduated
 * tiers and the free allowances act on that month's volume:
 * - Growth: every volume field (requests, reads, writes, messages, events, GB stored or
 *   ingested — see `GROWING_FIELDS`) is multiplied by (1 + growth)^(month − 1). Configuration
 *   stays as given: memory, durations, item and message sizes, provisioned concurrency and its
 *   hours, a provisioned table's RCU/WCU, cache size and hours. Stored GB grow with the same
 *   factor as traffic, which assumes data kept in proportion to traffic.
 * - Free tier: with `freeTier` on, a month whose account is 12 months old or more is priced with
 *   each price book's 12-month offers set to zero units (`withoutTwelveMonthOffers`: API
 *   Gateway's and S3's allowances, marked `term: '12-month'`), the free tier still on, so the
 *   always-free allowances (Lambda, DynamoDB, SQS, SNS, CloudWatch Logs) stay. That is exact
 *   per offer, not an approximation per service.
 *
 * Month 1 with an account younger than 12 months is exactly `estimate(usage)`.
 */
export function projectBill(usage: unknown, options: ProjectionOptions = {}): ProjectionResult {
  const growth = options.monthlyGrowth ?? 0
  const age = options.accountAgeMonths ?? 0
  if (!(Number.isFinite(growth) && growth > -1)) {
    return { ok: false, error: `"monthlyGrowth" must be a number > −1, got ${growth}` }
  }
  if (!(Number.isInteger(age) && age >= 0)) {
    return { ok: false, error: `"accountAgeMonths" must be a whole number ≥ 0, got ${age}` }
  }
  // `estimate` checks the whole usage and reports the first problem by field.
  const checked = estimate(usage)
  if (!checked.ok) return checked
  const { settings } = checked.bill
  const services = SERVICES.map((service) => service.read(usage as Record<string, unknown>))

  const rows = Array.from({ length: PROJECTION_MONTHS }, (_, i): ProjectionRow => {
    const month = i + 1
    const accountAgeMonths = age + i
    const expired = accountAgeMonths >= TWELVE_MONTH_OFFER_MONTHS
    const growthFactor = (1 + growth) ** i
    const byService: Partial<Record<ServiceName, number>> = {}
    let total = 0
    for (const service of services) {
      const lines = service.price(settings, growthFactor, settings.freeTier && expired)
      for (const line of lines) {
        byService[line.service] = (byService[line.service] ?? 0) + line.cost
        total += line.cost
      }
    }
    const twelveMonthOffers = !settings.freeTier ? 'off' : expired ? 'expired' : 'active'
    return { month, accountAgeMonths, growthFactor, twelveMonthOffers, total, byService }
  })
  return { ok: true, settings, rows, explanation: explain(settings, growth, age) }
}

function explain(settings: EstimateSettings, growth: number, age: number): string {
  const q = formatQuantity
  const grows = `month m = the bill of the usage × (1 + ${q(growth)})^(m − 1)`
  if (!settings.freeTier) return `${grows}; free tier off throughout.`
  const firstExpired = TWELVE_MONTH_OFFER_MONTHS - age + 1
  const offers =
    firstExpired > PROJECTION_MONTHS
      ? `the 12-month free offers last the whole projection (account ${q(age)} months old at month 1)`
      : firstExpired <= 1
        ? `the 12-month free offers have already ended (account ${q(age)} months old at month 1)`
        : `the 12-month free offers end after month ${firstExpired - 1} (account ${q(age)} months old at month 1)`
  return `${grows}; ${offers}; always-free allowances apply every month.`
}

// ---------------------------------------------------------------------------------------------
// The services, with their books (so 12-month offers can be removed) and the fields that grow.

/** The fields of a usage that hold numbers (not `number | null`). */
type NumberField<U> = { [K in keyof U]-?: U[K] extends number ? K : never }[keyof U]

type Checked<U> = { ok: true; usage: U } | { ok: false; error: string }

interface ReadService {
  /** Prices the service's usage for one month: volumes × `factor`, 12-month offers if `expired`. */
  price(settings: EstimateSettings, factor: number, expired: boolean): LineItem[]
}

interface ProjectedService {
  readonly key: ServiceName
  /** Reads the service's list from a usage `estimate` accepted. */
  read(usage: Record<string, unknown>): ReadService
}

function projected<U, P>(
  key: ServiceName,
  books: Readonly<Record<PriceBookId, P>>,
  withDefaults: (raw: unknown) => Checked<U>,
  cost: (usages: readonly U[], prices: P, options: PricingOptions) => LineItem[],
  growing: readonly NumberField<U>[],
): ProjectedService {
  return {
    key,
    read(usage) {
      const list = usage[key]
      const usages = (Array.isArray(list) ? list : []).map((raw: unknown) => {
        const result = withDefaults(raw)
        // `estimate` accepted this usage, so every entry checks.
        if (!result.ok) throw new Error(`${key}: ${result.error}`)
        return result.usage
      })
      return {
        price({ priceBook, freeTier, hoursPerMonth }, factor, expired) {
          if (usages.length === 0) return []
          const book = books[priceBook]
          const prices = expired ? withoutTwelveMonthOffers(book) : book
          const grown = usages.map((u) => scaled(u, growing, factor))
          return cost(grown, prices, { freeTier, hoursPerMonth })
        },
      }
    },
  }
}

function scaled<U>(usage: U, fields: readonly NumberField<U>[], factor: number): U {
  if (factor === 1) return usage
  const copy = { ...usage } as Record<keyof U, unknown>
  for (const field of fields) copy[field] = (usage[field] as number) * factor
  return copy as U
}

/**
 * The volume fields of each service, multiplied by the growth factor. Everything else is
 * configuration and stays as given.
 */
export const GROWING_FIELDS = {
  lambda: ['requests', 'provisionedRequests'],
  apiGateway: ['requests', 'messages', 'connectionMinutes'],
  dynamodb: ['reads', 'writes', 'storageGb', 'streamReads'],
  s3: ['puts', 'gets', 'storageGb'],
  sqs: ['requests'],
  sns: ['publishes', 'httpDeliveries', 'emailDeliveries'],
  eventBridge: ['events'],
  cloudwatchLogs: ['ingestedGb', 'storedGb'],
} as const satisfies Record<ServiceName, readonly string[]>

/** In `SERVICE_PRICING`'s order, so totals add up in the same order as `estimate`'s. */
const SERVICES: readonly ProjectedService[] = [
  projected('lambda', lambdaBooks, lambdaUsage, lambdaCost, GROWING_FIELDS.lambda),
  projected(
    'apiGateway',
    apiGatewayBooks,
    apiGatewayUsage,
    apiGatewayCost,
    GROWING_FIELDS.apiGateway,
  ),
  projected('dynamodb', dynamodbBooks, dynamodbUsage, dynamodbCost, GROWING_FIELDS.dynamodb),
  projected('s3', s3Books, s3Usage, s3Cost, GROWING_FIELDS.s3),
  projected('sqs', sqsBooks, sqsUsage, sqsCost, GROWING_FIELDS.sqs),
  projected('sns', snsBooks, snsUsage, snsCost, GROWING_FIELDS.sns),
  projected(
    'eventBridge',
    eventBridgeBooks,
    eventBridgeUsage,
    eventBridgeCost,
    GROWING_FIELDS.eventBridge,
  ),
  projected(
    'cloudwatchLogs',
    cloudwatchLogsBooks,
    cloudwatchLogsUsage,
    cloudwatchLogsCost,
    GROWING_FIELDS.cloudwatchLogs,
  ),
]

/** The services this projection prices, in order (a test checks they match `estimate`'s). */
export const PROJECTED_SERVICE_KEYS: readonly ServiceName[] = SERVICES.map((s) => s.key)
