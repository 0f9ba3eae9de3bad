import { describe, expect, it } from 'vitest'
import type { SimulationResult } from '../../sim/simulationWorker'
import { figuresOf, formatMs, formatShare } from './nodeFigures'

const fn = {
  invocations: 1000,
  coldStarts: 31,
  coldStartProbability: 0.031,
  throttled: 0,
  throttleProbability: 0,
  avgInstances: 3,
  avgBusy: 2,
  avgIdle: 1,
  peakConcurrency: 9,
  latencyMs: { p50: 80, p95: 190, p99: 412.6 },
  timedOut: 0,
  deadLettered: 0,
  coldStartMs: 250,
  coldStartBasis: '',
}

function result(summary: Partial<SimulationResult['summary']>): SimulationResult {
  return {
    summary: {
      windowS: 100,
      functions: {},
      apis: {},
      tables: {},
      cost: 0,
      costByService: {},
      ...summary,
    },
  } as SimulationResult
}

describe('figuresOf', () => {
  it('gives a healthy function its p99 and cold starts, in green', () => {
    expect(figuresOf(result({ functions: { 'function:f': fn } }))).toEqual({
      'function:f': { text: 'p99 413 ms · 3.1 % cold', alert: false },
    })
  })

  it('turns red where anything throttled', () => {
    const figures = figuresOf(
      result({
        functions: { 'function:f': { ...fn, throttled: 50, throttleProbability: 0.05 } },
        apis: {
          restApi: {
            offered: 12_000,
            served: 11_000,
            throttled: 1000,
            stageThrottled: 0,
            functionThrottled: 0,
            timedOut: 0,
          },
        },
        tables: {
          'table:T': {
            partitions: 1,
            consumedRcu: 0,
            consumedWcu: 0,
            reads: 0,
            writes: 0,
            throttledReads: 3,
            throttledWrites: 0,
            throttleEvents: 40,
          },
        },
      }),
    )
    expect(figures).toEqual({
      'function:f': { text: 'p99 413 ms · 3.1 % cold · 5.0 % throttled', alert: true },
      restApi: { text: '120 rps · 8.3 % throttled', alert: true },
      'table:T': { text: '1 partition · 40 throttles · 3 failed', alert: true },
    })
  })

  it('formats times and shares for people', () => {
    expect([formatMs(12.4), formatMs(1530), formatMs(29_000), formatMs(Number.NaN)]).toEqual([
      '12 ms',
      '1.5 s',
      '29 s',
      '–',
    ])
    expect([formatShare(0), formatShare(0.0004), formatShare(0.25)]).toEqual([
      '0 %',
      '< 0.1 %',
      '25 %',
    ])
  })
})
