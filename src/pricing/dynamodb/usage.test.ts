import { describe, expect, it } from 'vitest'
import { withDefaults } from './usage'

describe('DynamoDB usage', () => {
  it('fills every field with its documented default', () => {
    expect(withDefaults({})).toEqual({
      ok: true,
      usage: {
        name: 'table',
        mode: 'on-demand',
        reads: 0,
        writes: 0,
        itemSizeKb: 1,
        readConsistency: 'eventual',
        transactionalWrites: false,
        gsiCount: 0,
        gsiItemSizeKb: 1,
        rcu: 1,
        wcu: 1,
        storageGb: 0,
        streamReads: 0,
      },
    })
  })

  it('projects the whole item into indexes unless told otherwise', () => {
    const result = withDefaults({ itemSizeKb: 3, gsiCount: 1 })
    expect(result.ok && result.usage.gsiItemSizeKb).toBe(3)
  })

  it('names the field and the expected type in its errors', () => {
    expect(withDefaults({ name: 'orders', reads: '10' })).toEqual({
      ok: false,
      error: 'dynamodb "orders": "reads" must be a number ≥ 0, got "10"',
    })
    expect(withDefaults({ readConsistency: 'strongly' })).toEqual({
      ok: false,
      error:
        'dynamodb: "readConsistency" must be one of "eventual", "strong", "transactional", got "strongly"',
    })
    expect(withDefaults({ itemSizeKb: 401 }).ok).toBe(false)
    expect(withDefaults({ rcu: 2.5 }).ok).toBe(false)
    expect(withDefaults({ transactionalWrites: 'yes' }).ok).toBe(false)
    expect(withDefaults({ storageGb: null }).ok).toBe(false)
    expect(withDefaults([]).ok).toBe(false)
  })

  it('rejects unknown fields so a typo is not silently ignored', () => {
    const result = withDefaults({ itemSize: 4 })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatch(/^dynamodb: unknown field "itemSize"/)
  })

  it('requires at least 1 RCU and 1 WCU in provisioned mode', () => {
    expect(withDefaults({ mode: 'provisioned', rcu: 0 })).toEqual({
      ok: false,
      error: 'dynamodb: "rcu" must be at least 1 in provisioned mode (DynamoDB\'s minimum)',
    })
    expect(withDefaults({ mode: 'on-demand', rcu: 0 }).ok).toBe(true)
  })
})
