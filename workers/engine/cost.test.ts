import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { costOfDesign } from '../../src/pricing/flow'
import { parse } from '../../src/serverless'
import { run, scenario } from './testModels'

const model = parse(
  readFileSync(
    path.resolve(import.meta.dirname, '../../public/examples/rest-api-dynamodb.yml'),
    'utf8',
  ),
).model

describe('pricing the simulated usage', () => {
  const raw = (freeTier: boolean) => ({
    durationS: 3600,
    traffic: [{ target: 'restApi', pattern: { type: 'constant', rps: 20 } }],
    cost: { freeTier },
  })

  it('a steady month costs what the cost flow says, within the noise of the traffic (2 %)', () => {
    const simulated = run(model, raw(false), { price: true })
    const flow = costOfDesign(model, scenario(raw(false)))
    if (!flow.ok) throw new Error(flow.error)
    expect(simulated.summary.cost).not.toBeNull()
    expect(Math.abs(simulated.summary.cost! - flow.bill.total) / flow.bill.total).toBeLessThan(0.02)
    expect(Object.keys(simulated.summary.costByService).sort()).toEqual(
      Object.keys(flow.bill.services).sort(),
    )
  })

  it('accrues from zero to the run’s share of the month, and spends the free tier on the way', () => {
    const result = run(model, raw(true), { price: true })
    const { accrued, lambdaFreeRequestsLeft, lambdaFreeGbSecondsLeft } = result.cost!
    expect(accrued).toHaveLength(result.settings.buckets)
    for (let b = 1; b < accrued.length; b++) {
      expect(accrued[b]!).toBeGreaterThanOrEqual(accrued[b - 1]! - 1e-12)
      expect(lambdaFreeRequestsLeft[b]!).toBeLessThanOrEqual(lambdaFreeRequestsLeft[b - 1]!)
    }
    const invocations = Object.values(result.conservation.functions).reduce(
      (n, f) => n + f.started,
      0,
    )
    expect(lambdaFreeRequestsLeft.at(-1)).toBe(1_000_000 - invocations)
    expect(lambdaFreeGbSecondsLeft.at(-1)).toBeLessThan(400_000)
    const unfree = run(model, raw(false), { price: true })
    const share = 3600 / (730 * 3600)
    expect(unfree.cost!.accrued.at(-1)! / (unfree.summary.cost! * share)).toBeCloseTo(1, 1)
    expect(unfree.cost!.lambdaFreeRequestsLeft.every((left) => left === 0)).toBe(true)
  })

  it('bills an auto-scaled table for the capacity it had on average', () => {
    const provisioned = parse(
      [
        'service: hot',
        'provider: { name: aws, runtime: python3.12 }',
        'functions:',
        '  read:',
        '    handler: h.read',
        '    environment: { TABLE: !Ref Items }',
        '    events:',
        "      - httpApi: 'GET /items/{id}'",
        'resources:',
        '  Resources:',
        '    Items:',
        '      Type: AWS::DynamoDB::Table',
        '      Properties:',
        '        BillingMode: PROVISIONED',
        '        ProvisionedThroughput: { ReadCapacityUnits: 50, WriteCapacityUnits: 5 }',
        '',
      ].join('\n'),
    ).model
    const ramp = (autoScaling: boolean) => ({
      durationS: 1800,
      traffic: [{ target: 'httpApi', pattern: { type: 'ramp', fromRps: 10, toRps: 400 } }],
      tables: { 'table:Items': autoScaling ? { autoScaling: {} } : {} },
      access: [
        { from: 'function:read', to: 'table:Items', readsPerInvocation: 1, consistency: 'strong' },
      ],
      cost: { freeTier: false },
    })
    const fixed = run(provisioned, ramp(false), { price: true })
    const scaled = run(provisioned, ramp(true), { price: true })
    expect(scaled.tables[0]!.provisionedRcu.at(-1)).toBeGreaterThan(50)
    expect(fixed.tables[0]!.provisionedRcu.at(-1)).toBe(50)
    const dynamodb = (r: typeof fixed) => r.summary.costByService['dynamodb']!
    // 50 RCU + 5 WCU all month is about $5.33; the auto-scaled table averages several times that.
    expect(dynamodb(scaled)).toBeGreaterThan(2 * dynamodb(fixed))
    expect(fixed.summary.tables['table:Items']!.throttledReads).toBeGreaterThan(
      scaled.summary.tables['table:Items']!.throttledReads,
    )
  })

  it('says so when the price book cannot price the design', () => {
    const big = {
      ...model,
      resources: model.resources.map((r) =>
        r.kind === 'function' ? { ...r, memorySize: 4096 } : r,
      ),
    }
    const result = run(big, { ...raw(false), cost: { priceBook: '2018' } }, { price: true })
    expect(result.summary.cost).toBeNull()
    expect(result.notes.join(' ')).toContain('could not be priced')
  })
})
