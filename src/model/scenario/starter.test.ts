import { describe, expect, it } from 'vitest'
import type { ResourceId, ServiceModel } from '../types'
import { starterScenario } from './starter'

const id = (s: string) => s as ResourceId
const model: ServiceModel = {
  service: 's',
  provider: { region: 'us-east-1', stage: 'dev' },
  resources: [
    { kind: 'restApi', id: id('restApi'), name: 'restApi', origin: 'implicit', routes: [] },
    {
      kind: 'function',
      id: id('function:api'),
      name: 'api',
      origin: 'functions',
      memorySize: 1024,
      timeout: 6,
      architecture: 'x86_64',
      environment: {},
    },
    {
      kind: 'function',
      id: id('function:cli'),
      name: 'cli',
      origin: 'functions',
      memorySize: 1024,
      timeout: 6,
      architecture: 'x86_64',
      environment: {},
    },
  ],
  edges: [
    {
      kind: 'trigger',
      from: id('restApi'),
      to: id('function:api'),
      event: 'http',
      mode: 'sync',
      eventIndex: 0,
    },
  ],
}

describe('starterScenario', () => {
  it('sends a steady trickle to each API and each function nothing invokes', () => {
    const scenario = starterScenario(model)
    expect(scenario.traffic.map((t) => t.target)).toEqual(['restApi', 'function:cli'])
    expect(scenario.traffic[0]?.pattern).toEqual({ type: 'constant', rps: 1 })
    expect(scenario.cost.freeTier).toBe(true)
  })
})
