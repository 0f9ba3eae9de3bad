import type { Bill } from '../../pricing/estimate'
import type { ServiceName } from '../../pricing/lineItem'

export interface CostShare {
  readonly label: string
  readonly usd: number
}

const SERVICE_LABEL: Readonly<Record<ServiceName, string>> = {
  lambda: 'Lambda',
  apiGateway: 'API Gateway',
  dynamodb: 'DynamoDB',
  s3: 'S3',
  sqs: 'SQS',
  sns: 'SNS',
  eventBridge: 'EventBridge',
  cloudwatchLogs: 'CloudWatch Logs',
}

export function serviceLabel(service: ServiceName): string {
  return SERVICE_LABEL[service]
}

/** The bill per service, most expensive first. */
export function byService(bill: Bill): CostShare[] {
  return Object.entries(bill.services)
    .map(([service, usd]) => ({ label: serviceLabel(service as ServiceName), usd: usd ?? 0 }))
    .sort((a, b) => b.usd - a.usd)
}

/** The bill per billed resource (summed over its services' lines), most expensive first. */
export function byResource(bill: Bill): CostShare[] {
  const totals = new Map<string, number>()
  for (const line of bill.lines)
    totals.set(line.resource, (totals.get(line.resource) ?? 0) + line.cost)
  return [...totals].map(([label, usd]) => ({ label, usd })).sort((a, b) => b.usd - a.usd)
}
