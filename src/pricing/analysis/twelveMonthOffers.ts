import type { FreeAllowance } from '../metering/meter'

/**
 * A price book with every 12-month free offer spent: each `FreeAllowance` whose `term` is
 * `'12-month'` (API Gateway's 1M REST / 1M HTTP calls, 1M messages and 750,000 connection
 * minutes; S3's 5 GB, 2,000 PUT and 20,000 GET) gets 0 units; always-free allowances (SQS,
 * SNS, CloudWatch Logs, and Lambda's and DynamoDB's, which are typed differently and always
 * free) are kept. The cost functions then price the month with the free tier on, so only the
 * expired offers go. Returns the same object when the book has no 12-month offer.
 */
export function withoutTwelveMonthOffers<T>(book: T): T {
  return expire(book) as T
}

function expire(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(expire)
    return items.every((item, i) => item === value[i]) ? value : items
  }
  if (typeof value !== 'object' || value === null) return value
  if (isTwelveMonthOffer(value)) return { ...value, units: 0 }
  const entries = Object.entries(value)
  const expired = entries.map(([key, v]) => [key, expire(v)] as const)
  return expired.every(([key, v]) => v === (value as Record<string, unknown>)[key])
    ? value
    : Object.fromEntries(expired)
}

function isTwelveMonthOffer(value: object): value is FreeAllowance {
  const offer = value as Partial<FreeAllowance>
  return offer.term === '12-month' && typeof offer.units === 'number'
}

/** Whether any allowance of the book is a 12-month offer. */
export function hasTwelveMonthOffers(book: unknown): boolean {
  return withoutTwelveMonthOffers(book) !== book
}
