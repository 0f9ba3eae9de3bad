import { apiGatewayBooks } from '../apiGateway/prices'
import { cloudwatchLogsBooks } from '../cloudwatchLogs/prices'
import { dynamodbBooks } from '../dynamodb/prices'
import { estimate, type Bill } from '../estimate'
import { lambdaBooks } from '../lambda/prices'
import { formatQuantity, formatUsd, type LineItem, type ServiceName } from '../lineItem'
import type { PriceBookId } from '../priceBookId'
import { s3Books } from '../s3/prices'
import { snsBooks } from '../sns/prices'
import { sqsBooks } from '../sqs/prices'

export type AllowanceTerm = 'always' | '12-month'

/** How much of one monthly free allowance a month of usage takes. */
export interface AllowanceUse {
  readonly service: ServiceName
  /** `Lambda requests`, `DynamoDB provisioned reads`... */
  readonly allowance: string
  /** The unit of `limit`, `used` and `demand`, as the bill's lines count it. */
  readonly unit: string
  /** The allowance for the month. */
  readonly limit: number
  /** What the usage would bill before the free tier. */
  readonly demand: number
  /** The part of `limit` the usage takes: min(demand, limit), as the bill applies it. */
  readonly used: number
  /** `always` free, or a `12-month` offer that ends a year after the account is opened. */
  readonly term: AllowanceTerm
  /** What the allowance takes off the bill. USD, unrounded. */
  readonly savedUsd: number
  /** "min(2,628,000 requests, 1,000,000) = 1,000,000 used (100 %)". */
  readonly formula: string
}

export type FreeTierUseResult =
  | { readonly ok: true; readonly allowances: readonly AllowanceUse[] }
  | { readonly ok: false; readonly error: string }

/** One free allowance: which bill lines it reduces, and its size in their unit. */
interface Allowance {
  readonly service: ServiceName
  readonly allowance: string
  /** Line items (by `item`) of `service` the allowance is taken from. */
  readonly items: readonly string[]
  readonly unit: string
  limit(book: PriceBookId, hoursPerMonth: number): number
  term(book: PriceBookId): AllowanceTerm
}

const always = (): AllowanceTerm => 'always'

/**
 * Every monthly free allowance the price books hold, in the order a bill lists the services.
 * The sizes come from the books (with their sources there); EventBridge custom events have none.
 */
const ALLOWANCES: readonly Allowance[] = [
  {
    service: 'lambda',
    allowance: 'Lambda requests',
    items: ['Requests'],
    unit: 'requests',
    limit: (b) => lambdaBooks[b].freeTier.requests.quantity,
    term: always,
  },
  {
    service: 'lambda',
    allowance: 'Lambda compute',
    items: ['Duration (GB-s)'],
    unit: 'GB-s',
    limit: (b) => lambdaBooks[b].freeTier.durationGbSeconds.quantity,
    term: always,
  },
  {
    service: 'apiGateway',
    allowance: 'REST API calls',
    items: ['REST API calls'],
    unit: 'requests',
    limit: (b) => apiGatewayBooks[b].free.restRequests.units,
    term: (b) => apiGatewayBooks[b].free.restRequests.term,
  },
  {
    service: 'apiGateway',
    allowance: 'HTTP API requests',
    items: ['HTTP API requests'],
    unit: 'requests',
    limit: (b) => apiGatewayBooks[b].free.httpRequests.units,
    term: (b) => apiGatewayBooks[b].free.httpRequests.term,
  },
  {
    service: 'apiGateway',
    allowance: 'WebSocket messages',
    items: ['WebSocket messages'],
    unit: 'messages',
    limit: (b) => apiGatewayBooks[b].free.messages.units,
    term: (b) => apiGatewayBooks[b].free.messages.term,
  },
  {
    service: 'apiGateway',
    allowance: 'WebSocket connection minutes',
    items: ['Connection minutes'],
    unit: 'minutes',
    limit: (b) => apiGatewayBooks[b].free.connectionMinutes.units,
    term: (b) => apiGatewayBooks[b].free.connectionMinutes.term,
  },
  {
    service: 'dynamodb',
    allowance: 'DynamoDB provisioned reads',
    items: ['Provisioned read capacity'],
    unit: 'RCU-hours',
    // 25 RCU held every hour of the month.
    limit: (b, hours) => dynamodbBooks[b].freeTier.provisionedRcu.quantity * hours,
    term: always,
  },
  {
    service: 'dynamodb',
    allowance: 'DynamoDB provisioned writes',
    items: ['Provisioned write capacity'],
    unit: 'WCU-hours',
    limit: (b, hours) => dynamodbBooks[b].freeTier.provisionedWcu.quantity * hours,
    term: always,
  },
  {
    service: 'dynamodb',
    allowance: 'DynamoDB storage',
    items: ['Storage'],
    unit: 'GB-month',
    limit: (b) => dynamodbBooks[b].freeTier.storageGb.quantity,
    term: always,
  },
  {
    service: 'dynamodb',
    allowance: 'DynamoDB stream reads',
    items: ['Streams read request units'],
    unit: 'streams RRU',
    limit: (b) => dynamodbBooks[b].freeTier.streamsReadRequestUnits.quantity,
    term: always,
  },
  {
    service: 's3',
    allowance: 'S3 storage',
    items: ['Standard storage'],
    unit: 'GB-months',
    limit: (b) => s3Books[b].free.storage.units,
    term: (b) => s3Books[b].free.storage.term,
  },
  {
    service: 's3',
    allowance: 'S3 PUT requests',
    items: ['PUT, COPY, POST, LIST requests'],
    unit: 'requests',
    limit: (b) => s3Books[b].free.puts.units,
    term: (b) => s3Books[b].free.puts.term,
  },
  {
    service: 's3',
    allowance: 'S3 GET requests',
    items: ['GET and other requests'],
    unit: 'requests',
    limit: (b) => s3Books[b].free.gets.units,
    term: (b) => s3Books[b].free.gets.term,
  },
  {
    service: 'sqs',
    allowance: 'SQS requests',
    items: ['Standard requests', 'FIFO requests'],
    unit: 'requests',
    limit: (b) => sqsBooks[b].free.units,
    term: (b) => sqsBooks[b].free.term,
  },
  {
    service: 'sns',
    allowance: 'SNS publishes',
    items: ['Publishes'],
    unit: 'requests',
    limit: (b) => snsBooks[b].free.publishes.units,
    term: (b) => snsBooks[b].free.publishes.term,
  },
  {
    service: 'sns',
    allowance: 'SNS HTTP/S deliveries',
    items: ['HTTP/S deliveries'],
    unit: 'deliveries',
    limit: (b) => snsBooks[b].free.httpDeliveries.units,
    term: (b) => snsBooks[b].free.httpDeliveries.term,
  },
  {
    service: 'sns',
    allowance: 'SNS email deliveries',
    items: ['Email deliveries'],
    unit: 'deliveries',
    limit: (b) => snsBooks[b].free.emailDeliveries.units,
    term: (b) => snsBooks[b].free.emailDeliveries.term,
  },
  {
    service: 'cloudwatchLogs',
    allowance: 'CloudWatch Logs ingestion',
    items: ['Log ingestion', 'Vended log ingestion'],
    unit: 'GB',
    limit: (b) => cloudwatchLogsBooks[b].free.ingestion.units,
    term: (b) => cloudwatchLogsBooks[b].free.ingestion.term,
  },
  {
    service: 'cloudwatchLogs',
    allowance: 'CloudWatch Logs storage',
    items: ['Log storage'],
    unit: 'GB-months',
    limit: (b) => cloudwatchLogsBooks[b].free.storage.units,
    term: (b) => cloudwatchLogsBooks[b].free.storage.term,
  },
]

/**
 * How much of each monthly free allowance a month of usage (a USAGE.json object) takes, whether or not the usage's own
 * `freeTier` switch is on (so the view can say what the free tier would cover). Measured on the
 * bills themselves: the usage is priced with the free tier off and on, and the billable quantity
 * the free tier removes is what it covers. The allowances apply account-wide, so this is the
 * design alone on an otherwise empty account. Only allowances the usage reaches are listed.
 */
export function freeTierUse(usage: object): FreeTierUseResult {
  const withFree = estimate({ ...usage, freeTier: true })
  const without = estimate({ ...usage, freeTier: false })
  if (!withFree.ok) return withFree
  if (!without.ok) return without
  const { priceBook, hoursPerMonth } = without.bill.settings
  const allowances = ALLOWANCES.flatMap((a): AllowanceUse[] => {
    const demand = quantityOf(without.bill, a)
    if (!(demand > 0)) return []
    const limit = a.limit(priceBook, hoursPerMonth)
    // The bills agree to rounding; never report more than the allowance or the demand.
    const used = Math.min(limit, demand, Math.max(0, demand - quantityOf(withFree.bill, a)))
    const savedUsd = Math.max(0, costOf(without.bill, a) - costOf(withFree.bill, a))
    return [
      {
        service: a.service,
        allowance: a.allowance,
        unit: a.unit,
        limit,
        demand,
        used,
        term: a.term(priceBook),
        savedUsd,
        formula: formulaOf(a.unit, demand, limit, used, savedUsd),
      },
    ]
  })
  return { ok: true, allowances }
}

const linesOf = (bill: Bill, a: Allowance): LineItem[] =>
  bill.lines.filter((line) => line.service === a.service && a.items.includes(line.item))

const quantityOf = (bill: Bill, a: Allowance) =>
  linesOf(bill, a).reduce((total, line) => total + line.quantity, 0)

const costOf = (bill: Bill, a: Allowance) =>
  linesOf(bill, a).reduce((total, line) => total + line.cost, 0)

function formulaOf(unit: string, demand: number, limit: number, used: number, saved: number) {
  const q = formatQuantity
  const percent = limit > 0 ? (100 * used) / limit : 0
  return (
    `min(${q(demand)} ${unit} used, ${q(limit)} free) = ${q(used)} ${unit} ` +
    `(${percent.toFixed(percent < 10 && percent > 0 ? 1 : 0)} % of the allowance), ` +
    `saving ${formatUsd(saved)}`
  )
}
