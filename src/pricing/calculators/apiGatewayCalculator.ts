import type { Derived } from '../capacity/derived'
import { apiGatewayCost } from '../apiGateway/cost'
import { apiGatewayBooks } from '../apiGateway/prices'
import {
  API_TYPES,
  MAX_MESSAGE_KB,
  MAX_REQUEST_KB,
  withDefaults,
  type ApiType,
} from '../apiGateway/usage'
import type { LineItem } from '../lineItem'
import { PRICE_BOOK_IDS, type PriceBookId } from '../priceBookId'
import { firstProblem, invalid, oneOfProblem, type CalcResult } from './result'
import { totalOf } from './total'

/**
 * The API Gateway cheat sheet: one API's month priced by `apiGatewayCost`. Only the figures the
 * API's type bills are used (requests for REST and HTTP; messages and connection minutes for
 * WebSocket), so a form can keep every field filled while the type changes.
 */
export interface ApiGatewayInput {
  readonly type: ApiType
  /** REST or HTTP calls a month. */
  readonly requestsPerMonth: number
  /** Average request size: HTTP APIs meter each request in 512 KB increments. */
  readonly avgRequestKb: number
  /** WebSocket messages sent and received a month. */
  readonly messagesPerMonth: number
  /** Average message size, metered in 32 KB increments. Default 1 KB. */
  readonly avgMessageKb?: number | undefined
  readonly connectionMinutes: number
  /** Apply the 12-month free tier (1M calls, 1M messages, 750,000 connection minutes). */
  readonly freeTier: boolean
  /** Default `current`. */
  readonly book?: PriceBookId | undefined
}

export interface ApiGatewayFigures {
  readonly lines: readonly LineItem[]
  readonly total: Derived
  /** Inputs that this type of API does not bill, so they were left out. */
  readonly ignored: readonly (keyof ApiGatewayInput)[]
}

/** @example 1,000,000 HTTP requests, no free tier: "1,000,000 requests × $1.00 per 1M = $1.00". */
export function calculateApiGateway(input: ApiGatewayInput): CalcResult<ApiGatewayFigures> {
  const avgMessageKb = input.avgMessageKb ?? 1
  const book = input.book ?? 'current'
  const problem =
    oneOfProblem('type', input.type, API_TYPES) ??
    oneOfProblem('book', book, PRICE_BOOK_IDS) ??
    firstProblem([
      ['requestsPerMonth', input.requestsPerMonth],
      [
        'avgRequestKb',
        input.avgRequestKb,
        { max: MAX_REQUEST_KB, unit: 'KB', maxReason: "API Gateway's 10 MB payload limit" },
      ],
      ['messagesPerMonth', input.messagesPerMonth],
      [
        'avgMessageKb',
        avgMessageKb,
        { max: MAX_MESSAGE_KB, unit: 'KB', maxReason: "WebSocket's 128 KB message limit" },
      ],
      ['connectionMinutes', input.connectionMinutes],
    ])
  if (problem !== undefined) return problem

  const websocket = input.type === 'websocket'
  const raw = websocket
    ? {
        type: input.type,
        messages: input.messagesPerMonth,
        avgMessageKb,
        connectionMinutes: input.connectionMinutes,
      }
    : { type: input.type, requests: input.requestsPerMonth, avgRequestKb: input.avgRequestKb }
  const usage = withDefaults(raw)
  if (!usage.ok) return invalid('input', usage.error)

  const ignored: (keyof ApiGatewayInput)[] = websocket
    ? input.requestsPerMonth > 0
      ? ['requestsPerMonth']
      : []
    : [
        ...(input.messagesPerMonth > 0 ? (['messagesPerMonth'] as const) : []),
        ...(input.connectionMinutes > 0 ? (['connectionMinutes'] as const) : []),
      ]
  const lines = apiGatewayCost([usage.usage], apiGatewayBooks[book], {
    freeTier: input.freeTier,
    // Only a REST cache bills by the hour, and the calculator configures none.
    hoursPerMonth: 730,
  })
  return { ok: true, value: { lines, total: totalOf(lines), ignored } }
}
