import { describe, expect, it } from 'vitest'
import type { Bill } from '../../pricing/estimate'
import type { LineItem } from '../../pricing/lineItem'
import { byResource, byService } from './costBreakdown'

const line = (resource: string, cost: number): LineItem => ({
  service: 'lambda',
  resource,
  item: 'Requests',
  quantity: 1,
  unit: 'request',
  unitPrice: cost,
  cost,
  formula: '',
})

const bill: Bill = {
  settings: { priceBook: 'current', freeTier: true, hoursPerMonth: 730 },
  total: 6,
  services: { lambda: 1, dynamodb: 5 },
  lines: [line('getUser', 0.5), line('users', 5), line('getUser', 0.5)],
}

describe('cost breakdown', () => {
  it('lists services by cost, with their display names', () => {
    expect(byService(bill)).toEqual([
      { label: 'DynamoDB', usd: 5 },
      { label: 'Lambda', usd: 1 },
    ])
  })

  it('sums lines per resource', () => {
    expect(byResource(bill)).toEqual([
      { label: 'users', usd: 5 },
      { label: 'getUser', usd: 1 },
    ])
  })
})
