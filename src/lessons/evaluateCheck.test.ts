import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from '../serverless'
import { evaluateCheck, type CheckContext, type FunctionFigures } from './evaluateCheck'

const model = parse(
  readFileSync(
    path.resolve(import.meta.dirname, '../../public/examples/rest-api-dynamodb.yml'),
    'utf8',
  ),
).model

const context = (extra: Partial<CheckContext> = {}): CheckContext => ({
  model,
  monthlyCost: { ok: true, usd: 7.07 },
  ...extra,
})

const figures = (p99: number, cold = 0.01, throttled = 0): FunctionFigures => ({
  latencyMs: { p99 },
  coldStartProbability: cold,
  throttleProbability: throttled,
  peakConcurrency: 4,
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
      detail: 'createUser, getUser, updateUser, deleteUser: memorySize must be at least 512.',
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
    const run = { 'function:a': figures(120), 'function:b': figures(450) }
    expect(evaluateCheck(check, context({ simulation: run }))).toEqual({
      status: 'failed',
      detail: 'p99LatencyMs is 450; it must be at most 300.',
    })
    expect(
      evaluateCheck({ ...check, function: 'function:a' }, context({ simulation: run })).status,
    ).toBe('passed')
    expect(
      evaluateCheck(
        { ...check, value: 500, function: undefined },
        context({ simulation: { 'function:a': figures(Number.NaN) } }),
      ).status,
    ).toBe('waiting')
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
