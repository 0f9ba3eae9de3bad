import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { starterScenario } from '../model/scenario'
import { parse } from '../serverless'
import {
  evaluateCheck,
  type CheckContext,
  type FunctionFigures,
  type SimulationFigures,
} from './evaluateCheck'

const model = parse(
  readFileSync(
    path.resolve(import.meta.dirname, '../../public/examples/rest-api-dynamodb.yml'),
    'utf8',
  ),
).model

const scenario = starterScenario(model)

const context = (extra: Partial<CheckContext> = {}): CheckContext => ({
  model,
  scenario,
  monthlyCost: { ok: true, usd: 7.07 },
  ...extra,
})

const figures = (p99: number, cold = 0.01, throttled = 0): FunctionFigures => ({
  latencyMs: { p99 },
  coldStartProbability: cold,
  throttleProbability: throttled,
  peakConcurrency: 4,
  deadLettered: 0,
})

const run = (
  functions: SimulationFigures['functions'],
  extra: Partial<SimulationFigures> = {},
) => ({
  functions,
  apis: {},
  tables: {},
  ...extra,
})

describe('evaluateCheck', () => {
  it('counts resources by kind or finds one by id', () => {
    expect(evaluateCheck({ kind: 'resource', select: 'function', count: 5 }, context())).toEqual({
      status: 'passed',
      detail: '5 function in the design.',
    })
    expect(evaluateCheck({ kind: 'resource', select: 'queue' }, context()).status).toBe('failed')
    expect(evaluateCheck({ kind: 'resource', select: 'table:UsersTable' }, context()).status).toBe(
      'passed',
    )
  })

  it('finds edges by kinds, ids and event', () => {
    const edge = (from: string, to: string, event?: string) =>
      evaluateCheck({ kind: 'edge', from, to, ...(event && { event }) }, context()).status
    expect(edge('restApi', 'function:getUser', 'http')).toBe('passed')
    expect(edge('restApi', 'function', 'httpApi')).toBe('failed')
    expect(edge('function', 'table', 'access')).toBe('passed')
    expect(edge('httpApi', 'function')).toBe('failed')
  })

  it('compares a property of every selected resource, naming those that fail', () => {
    expect(
      evaluateCheck(
        {
          kind: 'property',
          select: 'function',
          property: 'memorySize',
          compare: 'atLeast',
          value: 512,
        },
        context(),
      ),
    ).toEqual({
      status: 'failed',
      detail:
        'createUser (256), getUser (256), updateUser (256), deleteUser (256): memorySize must be at least 512.',
    })
    expect(
      evaluateCheck(
        {
          kind: 'property',
          select: 'function:listUsers',
          property: 'memorySize',
          compare: 'atLeast',
          value: 512,
        },
        context(),
      ).status,
    ).toBe('passed')
  })

  it('checks the bill to the cent, and waits when it cannot be priced', () => {
    expect(
      evaluateCheck({ kind: 'monthlyCost', compare: 'atMost', usd: 7.07 }, context()).status,
    ).toBe('passed')
    expect(
      evaluateCheck({ kind: 'monthlyCost', compare: 'atMost', usd: 5 }, context()).status,
    ).toBe('failed')
    expect(
      evaluateCheck(
        { kind: 'monthlyCost', compare: 'atMost', usd: 5 },
        context({ monthlyCost: { ok: false } }),
      ).status,
    ).toBe('waiting')
  })

  it('reads the last run, judging by the worst function, and waits for a run', () => {
    const check = {
      kind: 'simulation',
      metric: 'p99LatencyMs',
      compare: 'atMost',
      value: 300,
    } as const
    expect(evaluateCheck(check, context()).status).toBe('waiting')
    const simulation = run({ 'function:a': figures(120), 'function:b': figures(450) })
    expect(evaluateCheck(check, context({ simulation }))).toEqual({
      status: 'failed',
      detail: 'p99 latency is 450 ms; it must be at most 300 ms.',
    })
    expect(
      evaluateCheck({ ...check, resource: 'function:a' }, context({ simulation })).status,
    ).toBe('passed')
    expect(
      evaluateCheck(
        { ...check, value: 500 },
        context({ simulation: run({ 'function:a': figures(Number.NaN) }) }),
      ).status,
    ).toBe('waiting')
  })

  it('checks string and boolean properties exactly', () => {
    const arm = {
      kind: 'property',
      select: 'function:getUser',
      property: 'architecture',
      equals: 'arm64',
    } as const
    expect(evaluateCheck(arm, context())).toEqual({
      status: 'failed',
      detail: 'getUser (“x86_64”): architecture must be “arm64”.',
    })
    expect(evaluateCheck({ ...arm, equals: 'x86_64' }, context()).status).toBe('passed')
    const unset = { ...arm, property: 'provisionedConcurrency', equals: 2 }
    expect(evaluateCheck(unset, context()).detail).toBe(
      'getUser (unset): provisionedConcurrency must be 2.',
    )
  })

  it('reads scenario fields by their dotted path', () => {
    const freeTierOn = { kind: 'scenario', path: 'cost.freeTier', equals: true } as const
    expect(evaluateCheck(freeTierOn, context()).status).toBe('passed')
    const off = { ...scenario, cost: { ...scenario.cost, freeTier: false } }
    expect(evaluateCheck(freeTierOn, context({ scenario: off }))).toEqual({
      status: 'failed',
      detail: 'cost.freeTier is false; it must be true.',
    })
    const rps = { kind: 'scenario', path: 'traffic.0.pattern.rps', compare: 'atLeast', value: 200 }
    expect(evaluateCheck(rps as never, context()).detail).toBe(
      'traffic.0.pattern.rps is 1; it must be at least 200.',
    )
    expect(evaluateCheck({ ...freeTierOn, path: 'no.such.path' }, context()).detail).toBe(
      'no.such.path is unset; it must be true.',
    )
    expect(evaluateCheck({ ...freeTierOn, path: 'constructor' }, context()).status).toBe('failed')
  })

  it('judges APIs by the share refused and tables by the share of attempts throttled', () => {
    const simulation = run(
      {},
      {
        apis: { restApi: { offered: 1000, throttled: 150 } },
        tables: { 'table:UsersTable': { reads: 600, writes: 200, throttleEvents: 200 } },
      },
    )
    const api = {
      kind: 'simulation',
      metric: 'apiThrottleProbability',
      compare: 'atMost',
      value: 0.01,
    } as const
    expect(evaluateCheck(api, context({ simulation }))).toEqual({
      status: 'failed',
      detail: 'The share of API requests refused (429) is 15%; it must be at most 1%.',
    })
    const table = { ...api, metric: 'tableThrottleProbability', value: 0.25 } as const
    expect(evaluateCheck(table, context({ simulation })).status).toBe('passed')
    expect(evaluateCheck({ ...table, value: 0.1 }, context({ simulation })).detail).toBe(
      'The share of table requests throttled is 20%; it must be at most 10%.',
    )
    const dead = { ...api, metric: 'deadLettered', value: 0 } as const
    expect(evaluateCheck(dead, context({ simulation })).status).toBe('waiting')
  })

  it('passes "all" only when every part passes, reporting the first that does not', () => {
    expect(
      evaluateCheck(
        {
          kind: 'all',
          checks: [
            { kind: 'resource', select: 'table' },
            { kind: 'resource', select: 'topic' },
          ],
        },
        context(),
      ),
    ).toEqual({ status: 'failed', detail: '0 of 1 topic so far.' })
  })
})
