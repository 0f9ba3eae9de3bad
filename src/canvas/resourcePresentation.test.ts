import { describe, expect, it } from 'vitest'
import { ResourceKind, apiId, resourceId, scheduleId } from '../model/types'
import { detailOf, presentationOf, titleOf } from './resourcePresentation'

describe('presentationOf', () => {
  it('has a label and glyph for every kind', () => {
    for (const kind of Object.values(ResourceKind)) {
      const { label, glyph } = presentationOf(kind)
      expect(label.length).toBeGreaterThan(0)
      expect(glyph.length).toBeGreaterThan(0)
    }
  })
})

describe('titleOf and detailOf', () => {
  it('shows a function by name with runtime and memory', () => {
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
    expect(detailOf(fn)).toBe('nodejs22.x · 256 MB')
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
    expect(detailOf(api)).toBe('1 route')
  })

  it('shows a schedule by its expression', () => {
    const schedule = {
      kind: 'schedule',
      id: scheduleId('report', 0),
      name: 'report:0',
      origin: 'event',
      expression: 'rate(5 minutes)',
      enabled: false,
    } as const
    expect(titleOf(schedule)).toBe('rate(5 minutes)')
    expect(detailOf(schedule)).toBe('Schedule (disabled)')
  })

  it('shows provisioned capacity of a table', () => {
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
    expect(detailOf(table)).toBe('Provisioned · 5 RCU / 2 WCU')
  })
})
