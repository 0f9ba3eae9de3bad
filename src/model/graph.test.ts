import { describe, expect, it } from 'vitest'
import { accessOf, byId, edgesOf, resourcesOfKind, triggersOf } from './graph'
import { apiId, resourceId, type ServiceModel } from './types'

const fn = resourceId('function', 'f')
const table = resourceId('table', 'T')
const model: ServiceModel = {
  service: 's',
  provider: { region: 'us-east-1', stage: 'dev' },
  resources: [
    {
      kind: 'function',
      id: fn,
      name: 'f',
      origin: 'functions',
      memorySize: 1024,
      timeout: 6,
      architecture: 'x86_64',
      environment: {},
    },
    {
      kind: 'table',
      id: table,
      name: 'T',
      origin: 'resources',
      billingMode: 'PAY_PER_REQUEST',
      keys: {},
      gsis: [],
      lsis: [],
    },
    { kind: 'httpApi', id: apiId('httpApi'), name: 'httpApi', origin: 'implicit', routes: [] },
  ],
  edges: [
    {
      kind: 'trigger',
      from: apiId('httpApi'),
      to: fn,
      event: 'httpApi',
      mode: 'sync',
      eventIndex: 1,
    },
    { kind: 'access', from: fn, to: table, via: ['environment'], envVars: ['T'], actions: [] },
    {
      kind: 'trigger',
      from: apiId('httpApi'),
      to: fn,
      event: 'httpApi',
      mode: 'sync',
      eventIndex: 0,
    },
  ],
}

describe('graph helpers', () => {
  it('look resources and edges up', () => {
    expect(byId(model).get(table)?.name).toBe('T')
    expect(resourcesOfKind(model, 'table').map((r) => r.id)).toEqual(['table:T'])
    expect(edgesOf(model, table)).toHaveLength(1)
    expect(triggersOf(model, fn).map((e) => e.eventIndex)).toEqual([0, 1])
    expect(accessOf(model, fn).map((e) => e.to)).toEqual(['table:T'])
  })
})
