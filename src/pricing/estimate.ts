import { sumCosts, type LineItem, type ServiceName } from './lineItem'
import { PRICE_BOOK_IDS, type PriceBookId } from './priceBookId'
import { SERVICE_PRICING, type ServicePricing } from './services'

/** What `estimate` needs besides the usage lists: the shared settings of USAGE.json. */
export interface EstimateSettings {
  /** Default `current`. */
  readonly priceBook: PriceBookId
  /** Default true: AWS's own examples differ, so it is a switch. */
  readonly freeTier: boolean
  /** Default 730 (AWS's convention: 365 × 24 / 12). */
  readonly hoursPerMonth: number
}

export interface Bill {
  readonly settings: EstimateSettings
  /** USD a month, unrounded. */
  readonly total: number
  /** USD a month per service that has usage. */
  readonly services: Readonly<Partial<Record<ServiceName, number>>>
  readonly lines: readonly LineItem[]
}

export type EstimateResult =
  { readonly ok: true; readonly bill: Bill } | { readonly ok: false; readonly error: string }

const SETTINGS_KEYS = ['priceBook', 'freeTier', 'hoursPerMonth'] as const

/**
 * Price a usage description (the CLI's USAGE.json): shared settings and one list per service.
 * Every field is checked; the first problem is returned naming the field, nothing is guessed.
 */
export function estimate(input: unknown): EstimateResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'the usage must be a JSON object with one list per service' }
  }
  const raw = input as Record<string, unknown>
  const known = new Set<string>([...SETTINGS_KEYS, ...SERVICE_PRICING.map((s) => s.key)])
  const unknown = Object.keys(raw).find((key) => !known.has(key))
  if (unknown !== undefined) {
    return { ok: false, error: `unknown field "${unknown}"; expected ${[...known].join(', ')}` }
  }
  const settings = readSettings(raw)
  if (typeof settings === 'string') return { ok: false, error: settings }

  const lines: LineItem[] = []
  for (const service of SERVICE_PRICING) {
    const priced = priceService(service, raw[service.key], settings)
    if (typeof priced === 'string') return { ok: false, error: priced }
    lines.push(...priced)
  }
  const services: Partial<Record<ServiceName, number>> = {}
  for (const line of lines) services[line.service] = (services[line.service] ?? 0) + line.cost
  return { ok: true, bill: { settings, total: sumCosts(lines), services, lines } }
}

function readSettings(raw: Record<string, unknown>): EstimateSettings | string {
  const priceBook = raw.priceBook ?? 'current'
  if (!PRICE_BOOK_IDS.includes(priceBook as PriceBookId)) {
    return `"priceBook" must be one of ${PRICE_BOOK_IDS.join(', ')}, got ${JSON.stringify(priceBook)}`
  }
  const freeTier = raw.freeTier ?? true
  if (typeof freeTier !== 'boolean')
    return `"freeTier" must be true or false, got ${JSON.stringify(freeTier)}`
  const hoursPerMonth = raw.hoursPerMonth ?? 730
  if (typeof hoursPerMonth !== 'number' || !(hoursPerMonth > 0 && hoursPerMonth <= 744)) {
    return `"hoursPerMonth" must be a number of hours between 0 and 744, got ${JSON.stringify(hoursPerMonth)}`
  }
  return { priceBook: priceBook as PriceBookId, freeTier, hoursPerMonth }
}

function priceService(
  service: ServicePricing,
  list: unknown,
  settings: EstimateSettings,
): LineItem[] | string {
  if (list === undefined) return []
  if (!Array.isArray(list)) return `"${service.key}" must be a list of usage entries`
  const usages: unknown[] = []
  for (const [index, entry] of list.entries()) {
    const checked = service.withDefaults(entry)
    if (!checked.ok) return `${service.key}[${index}]: ${checked.error}`
    usages.push(checked.usage)
  }
  try {
    return service.cost(usages, settings)
  } catch (error) {
    // A setting outside the chosen price book (e.g. 4 GB of memory in the 2018 book).
    if (error instanceof RangeError) return `${service.key}: ${error.message}`
    throw error
  }
}
