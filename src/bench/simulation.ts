/**
 * Speed of the simulation engine, printed by `npm run bench` (never asserted: machines here are
 * shared and noisy). The unit is simulated requests — arrivals at the design's entry points —
 * per second of wall-clock time, on one core.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { validateScenario } from '../model/scenario'
import type { ServiceModel } from '../model/types'
import { parse } from '../serverless'
import { simulate, type SimulationOptions } from '../../workers/engine'
import { design, fn } from '../../workers/engine/testModels'
import { syntheticService } from './syntheticService'

const root = resolve(import.meta.dirname, '../..')

interface Case {
  readonly what: string
  readonly model: ServiceModel
  readonly scenario: Record<string, unknown>
  readonly options?: SimulationOptions
  /** Timed runs; the median is reported. */
  readonly runs: number
}

const HOUR = 3600
const MONTH = 730 * HOUR

function cases(): Case[] {
  const oneFunction = design([fn('f', { memorySize: 1024, timeout: 6 })])
  const poisson = (target: string, rps: number) => ({
    target,
    pattern: { type: 'constant', rps },
  })
  // 10 functions behind one REST API, each reading one of 5 on-demand tables.
  const api = parse(syntheticService(10, 5)).model
  const crud = parse(
    readFileSync(join(root, 'public/examples/rest-api-dynamodb.yml'), 'utf8'),
  ).model
  return [
    {
      what: '(a) one function, Poisson 1,000 rps, 1 h, 100 ms runs',
      model: oneFunction,
      scenario: { durationS: HOUR, traffic: [poisson('function:f', 1000)] },
      runs: 5,
    },
    {
      what: '(a) the same, exponential run times',
      model: oneFunction,
      scenario: {
        durationS: HOUR,
        traffic: [poisson('function:f', 1000)],
        functions: { 'function:f': { durationMs: { dist: 'exponential', mean: 100 } } },
      },
      runs: 5,
    },
    {
      what: '(b) REST API, 10 functions, 5 tables, 500 rps, 1 h',
      model: api,
      scenario: { durationS: HOUR, traffic: [poisson('restApi', 500)] },
      runs: 3,
    },
    {
      what: '(c) one month at 50 rps (REST API, 5 functions, 1 table)',
      model: crud,
      scenario: { durationS: MONTH, traffic: [poisson('restApi', 50)] },
      runs: 1,
    },
  ]
}

/** Rows of the benchmark table: what was run, and its speed. */
export function simulationBenchmarks(): [string, string][] {
  const rows: [string, string][] = []
  for (const c of cases()) {
    const checked = validateScenario(c.scenario)
    if (!checked.ok) throw new Error(`${c.what}: ${checked.error}`)
    const scenario = checked.scenario
    // Warm the JIT on a short run of the same case.
    simulate(c.model, { ...scenario, durationS: Math.min(60, scenario.durationS) }, c.options)
    const samples: { ms: number; requests: number }[] = []
    for (let i = 0; i < c.runs; i++) {
      const start = performance.now()
      const result = simulate(c.model, scenario, c.options)
      const ms = performance.now() - start
      if (!result.ok) throw new Error(`${c.what}: ${result.error}`)
      samples.push({ ms, requests: result.value.arrivals })
    }
    samples.sort((a, b) => a.ms - b.ms)
    const { ms, requests } = samples[Math.floor(samples.length / 2)]!
    const perSecond = requests / (ms / 1000)
    rows.push([
      `simulate ${c.what}`,
      `${(perSecond / 1e6).toFixed(2)} M requests/s  (${(requests / 1e6).toFixed(1)} M requests in ${(ms / 1000).toFixed(2)} s${c.runs > 1 ? `, median of ${c.runs}` : ''})`,
    ])
  }
  return rows
}
