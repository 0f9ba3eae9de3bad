import { describe, expect, it } from 'vitest'
import { ResourceKind, apiId, resourceId, scheduleId } from '../model/types'
import { detailOf, factsOf, kindLabel, titleOf } from './resourcePresentation'

describe('kindLabel', () => {
  it('names every kind, each differently', () => {
    const labels = Object.values(ResourceKind).map(kindLabel)
    expect(labels.every((label) => label.length > 0)).toBe(true)
    expect(new Set(labels).size).toBe(labels.length)
  })
})

describe('titleOf and factsOf', () => {
  it('shows a function by name with runtime, memory and architecture', () => {
    const fn = {
      kind: 'function',
      id: resourceId('function', 'getUser'),
      name: 'getUser',
      origin: 'functions',
      runtime: 'nodejs22.x',
      memorySize: 256,
      timeout: 10,
      architecture: 'arm64',
      environment: {},
    } as const
    expect(titleOf(fn)).toBe('getUser')
    expect(detailOf(fn)).toBe('nodejs22.x · 256 MB · arm64')
  })

  it('names an implicit API by its kind and counts its routes', () => {
    const api = {
      kind: 'httpApi',
      id: apiId('httpApi'),
      name: 'httpApi',
      origin: 'implicit',
      routes: [
        { method: 'GET', path: '/', functionId: resourceId('function', 'a'), eventIndex: 0 },
      ],
    } as const
    expect(titleOf(api)).toBe('HTTP API')
    expect(factsOf(api)).toEqual(['1 route'])
  })

  it('shows a schedule by its rate, with invocations a month and whether it is off', () => {
    const schedule = {
      kind: 'schedule',
      id: scheduleId('report', 0),
      name: 'report:0',
      origin: 'event',
      expression: 'rate(5 minutes)',
      invocationsPerMonth: 8640,
      enabled: false,
    } as const
    expect(titleOf(schedule)).toBe('rate(5 minutes)')
    expect(factsOf(schedule)).toEqual(['8,640 / month', 'disabled'])
  })

  it('shows billing mode and provisioned capacity of a table', () => {
    const table = {
      kind: 'table',
      id: resourceId('table', 'Orders'),
      name: 'Orders',
      origin: 'resources',
      billingMode: 'PROVISIONED',
      rcu: 5,
      wcu: 2,
      keys: {},
      gsis: [],
      lsis: [],
    } as const
    expect(factsOf(table)).toEqual(['Provisioned', '5 RCU', '2 WCU'])
    expect(factsOf({ ...table, billingMode: 'PAY_PER_REQUEST' })).toEqual(['On-demand'])
  })

  it('tells a FIFO queue with a dead-letter queue', () => {
    const queue = {
      kind: 'queue',
      id: resourceId('queue', 'Jobs'),
      name: 'Jobs',
      origin: 'resources',
      fifo: true,
      deadLetterQueue: resourceId('queue', 'JobsDlq'),
    } as const
    expect(factsOf(queue)).toEqual(['FIFO', 'DLQ'])
  })
})
