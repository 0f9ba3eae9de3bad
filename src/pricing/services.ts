import { apiGatewayCost } from './apiGateway/cost'
import { apiGatewayBooks } from './apiGateway/prices'
import { withDefaults as apiGatewayUsage } from './apiGateway/usage'
import { cloudwatchLogsCost } from './cloudwatchLogs/cost'
import { cloudwatchLogsBooks } from './cloudwatchLogs/prices'
import { withDefaults as cloudwatchLogsUsage } from './cloudwatchLogs/usage'
import { dynamodbCost } from './dynamodb/cost'
import { dynamodbBooks } from './dynamodb/prices'
import { withDefaults as dynamodbUsage } from './dynamodb/usage'
import { eventBridgeCost } from './eventBridge/cost'
import { eventBridgeBooks } from './eventBridge/prices'
import { withDefaults as eventBridgeUsage } from './eventBridge/usage'
import { lambdaCost } from './lambda/cost'
import { lambdaBooks } from './lambda/prices'
import { withDefaults as lambdaUsage } from './lambda/usage'
import type { LineItem, ServiceName } from './lineItem'
import type { PriceBookId } from './priceBookId'
import { s3Cost } from './s3/cost'
import { s3Books } from './s3/prices'
import { withDefaults as s3Usage } from './s3/usage'
import { snsCost } from './sns/cost'
import { snsBooks } from './sns/prices'
import { withDefaults as snsUsage } from './sns/usage'
import { sqsCost } from './sqs/cost'
import { sqsBooks } from './sqs/prices'
import { withDefaults as sqsUsage } from './sqs/usage'

export interface PricingSettings {
  readonly priceBook: PriceBookId
  readonly freeTier: boolean
  readonly hoursPerMonth: number
}

type Checked<U> = { ok: true; usage: U } | { ok: false; error: string }

/** One service as `estimate` sees it: its USAGE.json list, checked and priced. */
export interface ServicePricing {
  readonly service: ServiceName
  /** The key of its list in USAGE.json. */
  readonly key: string
  withDefaults(raw: unknown): Checked<unknown>
  cost(usages: readonly unknown[], settings: PricingSettings): LineItem[]
}

/** Ties a service's usage checker, books and cost function together under one usage type. */
function pricing<U, P>(
  service: ServiceName,
  books: Readonly<Record<PriceBookId, P>>,
  withDefaults: (raw: unknown) => Checked<U>,
  cost: (
    usages: readonly U[],
    prices: P,
    options: Omit<PricingSettings, 'priceBook'>,
  ) => LineItem[],
): ServicePricing {
  return {
    service,
    key: service,
    withDefaults,
    // Only usages that passed `withDefaults` reach here, so the cast holds.
    cost: (usages, { priceBook, ...options }) => cost(usages as U[], books[priceBook], options),
  }
}

/** In the order a bill lists them. */
export const SERVICE_PRICING: readonly ServicePricing[] = [
  pricing('lambda', lambdaBooks, lambdaUsage, lambdaCost),
  pricing('apiGateway', apiGatewayBooks, apiGatewayUsage, apiGatewayCost),
  pricing('dynamodb', dynamodbBooks, dynamodbUsage, dynamodbCost),
  pricing('s3', s3Books, s3Usage, s3Cost),
  pricing('sqs', sqsBooks, sqsUsage, sqsCost),
  pricing('sns', snsBooks, snsUsage, snsCost),
  pricing('eventBridge', eventBridgeBooks, eventBridgeUsage, eventBridgeCost),
  pricing('cloudwatchLogs', cloudwatchLogsBooks, cloudwatchLogsUsage, cloudwatchLogsCost),
]
