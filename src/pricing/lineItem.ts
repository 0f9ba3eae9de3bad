/**
 * A line of a bill: what was used, at what price, and the formula that turns one into the other,
 * so every number the user sees can show where it comes from. Costs stay unrounded here; cents
 * appear only when a value is displayed (`formatUsd`).
 */
export const ServiceName = {
  lambda: 'lambda',
  apiGateway: 'apiGateway',
  dynamodb: 'dynamodb',
  s3: 's3',
  sqs: 'sqs',
  sns: 'sns',
  eventBridge: 'eventBridge',
  cloudwatchLogs: 'cloudwatchLogs',
} as const
export type ServiceName = (typeof ServiceName)[keyof typeof ServiceName]

export interface LineItem {
  readonly service: ServiceName
  /** The resource billed (function, table, API...), by its name in the design or usage file. */
  readonly resource: string
  /** What is billed: `Requests`, `Duration (GB-s)`, `Write request units`... */
  readonly item: string
  /** Billable quantity after free tier and rounding, in `unit`s. */
  readonly quantity: number
  readonly unit: string
  /**
   * Price per `unit`. For graduated prices this is the effective (average) price of the
   * quantity billed; the formula shows each tier.
   */
  readonly unitPrice: number
  /** USD, unrounded. */
  readonly cost: number
  /** Human-readable: "2,000,000 requests × $0.20 per 1M = $0.40". */
  readonly formula: string
}

/** A figure in a price book, with where it comes from. */
export interface Sourced {
  /** USD per `per`. */
  readonly usd: number
  /** The unit priced: `1M requests`, `GB-second`, `GB-month`... */
  readonly per: string
  /** Citation: the page or document, as tagged in the pricing facts. */
  readonly source: string
  /** When the source said so (ISO date or year-month). */
  readonly asOf: string
}

// Built once: `toLocaleString` builds a formatter on every call, and bills format thousands of
// numbers (the simulation prices its usage at many points of a run).
const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const QUANTITY = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 })

/** `$0.40`, `$1,234.56`; sub-cent amounts keep significant digits (`$0.0000166667`). */
export function formatUsd(usd: number): string {
  if (usd !== 0 && Math.abs(usd) < 0.01) return `$${trimZeros(usd.toPrecision(6))}`
  return `$${CENTS.format(usd)}`
}

/** `2,000,000`, `1,234.5`: thousands separators, at most 4 decimals. */
export function formatQuantity(quantity: number): string {
  return QUANTITY.format(quantity)
}

function trimZeros(text: string): string {
  return text.includes('e') ? Number(text).toFixed(12).replace(/0+$/, '') : text.replace(/0+$/, '')
}

export function sumCosts(lines: readonly LineItem[]): number {
  return lines.reduce((total, line) => total + line.cost, 0)
}
