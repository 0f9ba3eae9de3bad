import { describe, expect, it } from 'vitest'
import type { FunctionResource, ResourceId, ServiceModel, TableResource } from './types'
import { applyWhatIf, describeWhatIf } from './whatIf'

const fn: FunctionResource = {
  kind: 'function',
  id: 'function:api' as ResourceId,
  name: 'api',
  origin: 'functions',
  memorySize: 512,
  timeout: 6,
  architecture: 'x86_64',
  provisionedConcurrency: 5,
  environment: {},
}
const table: TableResource = {
  kind: 'table',
  id: 'table:Users' as ResourceId,
  name: 'Users',
  origin: 'resources',
  billingMode: 'PROVISIONED',
  rcu: 5,
  wcu: 5,
  keys: {},
  gsis: [{ name: 'byEmail', keys: {}, rcu: 2, wcu: 2 }],
  lsis: [],
}
const model: ServiceModel = {
  service: 's',
  provider: { name: 'aws', region: 'us-east-1', stage: 'dev' },
  resources: [fn, table],
  edges: [],
}

function changed(whatIf: Parameters<typeof applyWhatIf>[1]) {
  const result = applyWhatIf(model, whatIf)
  if (!result.ok) throw new Error(result.error)
  return result.model.resources
}

describe('applyWhatIf', () => {
  it('changes one function and leaves the design it came from alone', () => {
    const [api] = changed({ kind: 'memory', functionId: 'function:api', memoryMb: 1024 })
    expect(api).toMatchObject({ memorySize: 1024, provisionedConcurrency: 5 })
    expect(fn.memorySize).toBe(512)
    const [without] = changed({
      kind: 'provisionedConcurrency',
      functionId: 'function:api',
      instances: 0,
    })
    expect(without).not.toHaveProperty('provisionedConcurrency')
    const [arm] = changed({
      kind: 'architecture',
      functionId: 'function:api',
      architecture: 'arm64',
    })
    expect(arm).toMatchObject({ architecture: 'arm64' })
  })

  it('switches a table between on demand and provisioned, indexes included', () => {
    const [, onDemand] = changed({ kind: 'onDemand', tableId: 'table:Users' })
    expect(onDemand).toMatchObject({ billingMode: 'PAY_PER_REQUEST' })
    expect(onDemand).not.toHaveProperty('rcu')
    expect(onDemand?.kind === 'table' && onDemand.gsis[0]).toEqual({ name: 'byEmail', keys: {} })
    const [, provisioned] = changed({
      kind: 'provisioned',
      tableId: 'table:Users',
      rcu: 50,
      wcu: 20,
    })
    expect(provisioned).toMatchObject({ billingMode: 'PROVISIONED', rcu: 50, wcu: 20 })
  })

  it('names a resource the design lacks', () => {
    expect(applyWhatIf(model, { kind: 'onDemand', tableId: 'function:api' })).toEqual({
      ok: false,
      error: 'the design has no table "function:api"',
    })
  })

  it('describes each change in a few words', () => {
    expect(describeWhatIf({ kind: 'memory', functionId: 'function:api', memoryMb: 1024 })).toBe(
      'api at 1,024 MB',
    )
    expect(describeWhatIf({ kind: 'provisioned', tableId: 'table:Users', rcu: 50, wcu: 20 })).toBe(
      'Users provisioned at 50 RCU / 20 WCU',
    )
  })
})
