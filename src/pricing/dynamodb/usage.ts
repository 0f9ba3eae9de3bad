import { MAX_ITEM_SIZE_KB, READ_CONSISTENCIES, type ReadConsistency } from '../capacity/units'

export const CAPACITY_MODES = ['on-demand', 'provisioned'] as const
export type CapacityMode = (typeof CAPACITY_MODES)[number]

/**
 * One DynamoDB table's month, as written in USAGE.json under `dynamodb`. Every field is
 * optional; the default is given beside it.
 */
export interface DynamodbUsage {
  /** The table. Default `"table"`. */
  readonly name: string
  /**
   * Capacity mode. Default `"on-demand"`. On-demand bills `reads` and `writes`; provisioned
   * bills `rcu` and `wcu` for every hour of the month (`hoursPerMonth`), whatever is used.
   */
  readonly mode: CapacityMode
  /** Read requests in the month (GetItem, or each 4 KB-rounded Query/Scan result). Default 0. */
  readonly reads: number
  /** Write requests in the month (Put, Update, Delete). Default 0. */
  readonly writes: number
  /**
   * Item size in KB (1 KB = 1,024 bytes), 0 < size ≤ 400. Default 1. Reads are billed per 4 KB
   * step, writes per 1 KB step, each rounded up.
   */
  readonly itemSizeKb: number
  /** How reads are made: `eventual` (0.5 unit per 4 KB), `strong` (1) or `transactional` (2). Default `"eventual"`, DynamoDB's own default. */
  readonly readConsistency: ReadConsistency
  /** Whether the writes are made in transactions (TransactWriteItems), costing 2 units per 1 KB. Default false. */
  readonly transactionalWrites: boolean
  /**
   * Global secondary indexes each write also updates. Default 0. Every write then costs, on
   * top of the table's units, one standard write per index sized `gsiItemSizeKb` (the 2×
   * transactional factor applies to the table only, not to index writes).
   */
  readonly gsiCount: number
  /** Size of the item as projected into each index, in KB. Default: `itemSizeKb` (projection ALL). */
  readonly gsiItemSizeKb: number
  /**
   * Provisioned read and write capacity units for the table and its indexes together, integers
   * of at least 1 in provisioned mode (the documented minimum). Default 1 each; ignored on
   * demand.
   */
  readonly rcu: number
  readonly wcu: number
  /** Average data stored in the month, GB (raw bytes plus 100 bytes per item). Default 0. */
  readonly storageGb: number
  /**
   * Streams read request units in the month, from consumers other than Lambda triggers
   * (GetRecords by Lambda triggers and global tables is free). Default 0.
   */
  readonly streamReads: number
}

export type UsageResult = { ok: true; usage: DynamodbUsage } | { ok: false; error: string }

const DEFAULTS: Omit<DynamodbUsage, 'gsiItemSizeKb'> = {
  name: 'table',
  mode: 'on-demand',
  reads: 0,
  writes: 0,
  itemSizeKb: 1,
  readConsistency: 'eventual',
  transactionalWrites: false,
  gsiCount: 0,
  rcu: 1,
  wcu: 1,
  storageGb: 0,
  streamReads: 0,
}

const FIELDS = [...Object.keys(DEFAULTS), 'gsiItemSizeKb']

type Field = keyof DynamodbUsage
type Check = (value: unknown) => string | undefined

const nonNegative: Check = (v) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? undefined : 'a number ≥ 0'
const nonNegativeInteger: Check = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? undefined : 'a whole number ≥ 0'
const itemSize: Check = (v) =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= MAX_ITEM_SIZE_KB
    ? undefined
    : `a number of KB > 0 and ≤ ${MAX_ITEM_SIZE_KB} (DynamoDB's item size limit)`
const oneOf =
  (options: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && options.includes(v)
      ? undefined
      : `one of ${options.map((o) => `"${o}"`).join(', ')}`

const CHECKS: Record<Field, Check> = {
  name: (v) => (typeof v === 'string' && v.length > 0 ? undefined : 'a non-empty string'),
  mode: oneOf(CAPACITY_MODES),
  reads: nonNegative,
  writes: nonNegative,
  itemSizeKb: itemSize,
  readConsistency: oneOf(READ_CONSISTENCIES),
  transactionalWrites: (v) => (typeof v === 'boolean' ? undefined : 'true or false'),
  gsiCount: nonNegativeInteger,
  gsiItemSizeKb: itemSize,
  rcu: nonNegativeInteger,
  wcu: nonNegativeInteger,
  storageGb: nonNegative,
  streamReads: nonNegative,
}

/** A `dynamodb` entry of USAGE.json, checked field by field and completed with the defaults. */
export function withDefaults(raw: unknown): UsageResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'dynamodb: each entry must be an object' }
  }
  const entry = raw as Record<string, unknown>
  const label = typeof entry.name === 'string' ? `dynamodb "${entry.name}"` : 'dynamodb'
  for (const key of Object.keys(entry)) {
    if (!FIELDS.includes(key)) {
      return {
        ok: false,
        error: `${label}: unknown field "${key}" (expected ${FIELDS.join(', ')})`,
      }
    }
  }
  for (const [field, check] of Object.entries(CHECKS)) {
    const value = entry[field]
    if (value === undefined) continue
    const expected = check(value)
    if (expected !== undefined) {
      return {
        ok: false,
        error: `${label}: "${field}" must be ${expected}, got ${JSON.stringify(value)}`,
      }
    }
  }
  // Fields left out (or undefined) take their defaults.
  const given = Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined))
  const usage = { ...DEFAULTS, ...given } as Omit<DynamodbUsage, 'gsiItemSizeKb'> & {
    gsiItemSizeKb?: number
  }
  if (usage.mode === 'provisioned') {
    for (const field of ['rcu', 'wcu'] as const) {
      if (usage[field] < 1) {
        return {
          ok: false,
          error: `${label}: "${field}" must be at least 1 in provisioned mode (DynamoDB's minimum)`,
        }
      }
    }
  }
  return { ok: true, usage: { ...usage, gsiItemSizeKb: usage.gsiItemSizeKb ?? usage.itemSizeKb } }
}
