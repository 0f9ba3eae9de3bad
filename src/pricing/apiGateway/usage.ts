import { checked, type Checked, type Fields } from '../metering/fields'
import { CACHE_SIZES_GB } from './prices'

export const API_TYPES = ['rest', 'http', 'websocket'] as const
export type ApiType = (typeof API_TYPES)[number]

/** One API's month, as the `apiGateway` entries of USAGE.json give it. */
export interface ApiGatewayUsage {
  /** Default `api`. */
  readonly name: string
  /** Default `rest`. */
  readonly type: ApiType
  /** REST and HTTP calls received. Default 0. */
  readonly requests: number
  /**
   * Average request size. HTTP APIs meter each request in 512 KB increments (every request is
   * taken to be the average size); REST calls are not metered by size. Default 1 KB.
   */
  readonly avgRequestKb: number
  /** WebSocket messages sent and received. Default 0. */
  readonly messages: number
  /** Average WebSocket message size, metered in 32 KB increments. Default 1 KB. */
  readonly avgMessageKb: number
  /** WebSocket connection minutes. Default 0. */
  readonly connectionMinutes: number
  /** REST cache size: one of AWS's sizes (0.5, 1.6 ... 237 GB), or 0 for none. Default 0. */
  readonly cacheSizeGb: number
  /** Hours the cache is on. Default `null`: the whole month (`hoursPerMonth` of the estimate). */
  readonly cacheHours: number | null
}

/** REST and HTTP payloads are capped at 10 MB (AG-DOCS). */
export const MAX_REQUEST_KB = 10 * 1024
/** WebSocket messages are capped at 128 KB (AG-DOCS, AG-PAGE). */
export const MAX_MESSAGE_KB = 128

const FIELDS = [
  'name',
  'type',
  'requests',
  'avgRequestKb',
  'messages',
  'avgMessageKb',
  'connectionMinutes',
  'cacheSizeGb',
  'cacheHours',
] as const

export function withDefaults(raw: unknown): Checked<ApiGatewayUsage> {
  return checked('apiGateway', FIELDS, raw, read)
}

function read(f: Fields): ApiGatewayUsage {
  const type = f.oneOf('type', API_TYPES, 'rest')
  const usage: ApiGatewayUsage = {
    name: f.string('name', 'api'),
    type,
    requests: f.number('requests', 0),
    avgRequestKb: f.number('avgRequestKb', 1, MAX_REQUEST_KB),
    messages: f.number('messages', 0),
    avgMessageKb: f.number('avgMessageKb', 1, MAX_MESSAGE_KB),
    connectionMinutes: f.number('connectionMinutes', 0),
    cacheSizeGb: cacheSize(f),
    cacheHours: f.numberOrNull('cacheHours'),
  }
  refuseFieldsOfOtherTypes(f, usage)
  return usage
}

/** The cache is bought by size class, so the size must be one AWS offers. */
function cacheSize(f: Fields): number {
  const size = f.number('cacheSizeGb', 0)
  if (size === 0 || CACHE_SIZES_GB.some((s) => s === size)) return size
  const fits = CACHE_SIZES_GB.find((s) => s >= size)
  const hint = fits === undefined ? '' : `; ${size} GB of data needs the ${fits} GB cache`
  return f.fail(
    'cacheSizeGb',
    `${size} is not a cache size AWS offers (${CACHE_SIZES_GB.join(', ')} GB)${hint}`,
  )
}

/** A figure that the API's type never bills is a mistake in the file, not something to ignore. */
function refuseFieldsOfOtherTypes(f: Fields, u: ApiGatewayUsage): void {
  const only = (field: string, types: string): never =>
    f.fail(field, `applies to ${types} APIs only, and this API is ${u.type}`)
  if (u.type === 'websocket') {
    if (u.requests > 0) only('requests', 'REST and HTTP')
    if (f.has('avgRequestKb')) only('avgRequestKb', 'REST and HTTP')
  } else {
    // (A REST entry may record avgRequestKb even though REST calls are not metered by size.)
    if (u.messages > 0) only('messages', 'WebSocket')
    if (f.has('avgMessageKb')) only('avgMessageKb', 'WebSocket')
    if (u.connectionMinutes > 0) only('connectionMinutes', 'WebSocket')
  }
  if (u.type !== 'rest' && u.cacheSizeGb > 0) only('cacheSizeGb', 'REST')
  if (u.cacheSizeGb === 0 && u.cacheHours !== null && u.cacheHours > 0) {
    f.fail('cacheHours', 'set without a cacheSizeGb')
  }
}
