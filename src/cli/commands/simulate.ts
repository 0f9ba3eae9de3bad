import type { Scenario } from '../../model/scenario'
import { formatQuantity, formatUsd } from '../../pricing/lineItem'
import {
  resultToJson,
  simulate,
  type ApiSummary,
  type FunctionSummary,
  type SimulationResult,
} from '../../../workers/engine'
import type { Command } from '../command'
import { CliError } from '../errors'
import { loadScenario, loadServerless, parseOptionsFrom } from '../load'

export const simulateCommand: Command = {
  name: 'simulate',
  usage:
    'simulate FILE --scenario SCENARIO.json [--json] [--series] [--stage STAGE] [--region REGION]',
  summary:
    'Simulate FILE under a traffic scenario, request by request: cold starts, throttling, latency, capacity and the cost of a month.',
  options: {
    scenario: { type: 'string' },
    json: { type: 'boolean' },
    series: { type: 'boolean' },
    stage: { type: 'string' },
    region: { type: 'string' },
  },
  run({ positionals, values }, io) {
    const [file, ...rest] = positionals
    const scenarioFile = values['scenario']
    if (file === undefined || rest.length > 0 || typeof scenarioFile !== 'string') {
      throw new CliError(`usage: ${this.usage}`)
    }
    if (values['series'] && !values['json']) throw new CliError('--series needs --json')
    const { model } = loadServerless(file, parseOptionsFrom(values))
    const scenario = loadScenario(scenarioFile)
    const result = simulate(model, scenario)
    if (!result.ok) throw new CliError(`${scenarioFile}: ${result.error}`)
    const run = result.value
    if (values['series']) io.stdout(`${JSON.stringify(resultToJson(run))}\n`)
    else if (values['json']) io.stdout(`${JSON.stringify(summaryJson(run), null, 2)}\n`)
    else io.stdout(summaryText(model.service, scenario, run))
  },
}

/**
 * The documented JSON: the summary SCENARIO.json's documentation lists (per function, API and
 * table, and the month's cost), with the statistics window and the notes on what was assumed.
 * Figures that do not exist (the latency of a function never invoked) are null.
 */
export function summaryJson(run: SimulationResult) {
  const { summary } = resultToJson(run)
  return { ...summary, notes: run.notes }
}

function summaryText(service: string, scenario: Scenario, run: SimulationResult): string {
  const { summary, settings } = run
  const out = [
    `Simulation of ${service}: ${count(settings.durationS)} s, seed ${settings.seed}, ${count(run.arrivals)} requests entered` +
      (settings.warmupS > 0 ? `; statistics after ${count(settings.warmupS)} s` : ''),
    '',
  ]
  const functions = Object.entries(summary.functions)
  if (functions.length > 0) {
    out.push('Functions:')
    for (const [id, f] of functions) out.push(...functionLines(id, f))
  }
  const apis = Object.entries(summary.apis)
  if (apis.length > 0) {
    out.push('', 'APIs:')
    for (const [id, a] of apis) {
      out.push(
        `  ${id}: ${count(a.offered)} offered, ${throttledText(scenario, id, a)}, ${count(a.functionThrottled)} refused by a throttled function, ${count(a.timedOut)} past the integration timeout (504)`,
      )
    }
  }
  const tables = Object.entries(summary.tables)
  if (tables.length > 0) {
    out.push('', 'Tables:')
    for (const [id, t] of tables) {
      out.push(
        `  ${id}: ${t.partitions} partition${t.partitions === 1 ? '' : 's'}, ${count(t.consumedRcu)} read and ${count(t.consumedWcu)} write units consumed; ${count(t.throttledReads)} reads and ${count(t.throttledWrites)} writes throttled after retries (${count(t.throttleEvents)} throttled attempts)`,
      )
    }
  }
  out.push('')
  if (summary.cost === null) out.push('Cost: not priced')
  else {
    const services = Object.entries(summary.costByService)
      .map(([name, usd]) => `${name} ${formatUsd(usd)}`)
      .join(', ')
    out.push(
      `Cost: ${formatUsd(summary.cost)} a month (${scenario.cost.hoursPerMonth} h, price book ${scenario.cost.priceBook}, free tier ${scenario.cost.freeTier ? 'on' : 'off'})${services ? `: ${services}` : ''}`,
    )
  }
  if (run.notes.length > 0) out.push('', 'Assumptions:', ...run.notes.map((note) => `- ${note}`))
  return `${out.join('\n')}\n`
}

/** The API's 429s; split by bucket when the scenario throttles its stage or routes. */
function throttledText(scenario: Scenario, id: string, a: ApiSummary): string {
  if (scenario.apis?.[id] === undefined) {
    return `${count(a.throttled)} throttled by the account limit (429)`
  }
  const stage = a.stageThrottled ?? 0
  return `${count(a.throttled)} throttled (429): ${count(stage)} by the stage or route limits, ${count(a.throttled - stage)} by the account limit`
}

function functionLines(id: string, f: FunctionSummary): string[] {
  const latency = [f.latencyMs.p50, f.latencyMs.p95, f.latencyMs.p99]
    .map((ms) => (Number.isFinite(ms) ? count(ms) : '–'))
    .join(' / ')
  return [
    `  ${id}: ${count(f.invocations)} invocations, ${count(f.coldStarts)} cold (${percent(f.coldStartProbability)}), ${count(f.throttled)} throttled (${percent(f.throttleProbability)})`,
    `      instances ${decimal(f.avgInstances)} on average (${decimal(f.avgBusy)} busy, ${decimal(f.avgIdle)} idle), peak concurrency ${f.peakConcurrency}; latency p50/p95/p99 ${latency} ms` +
      (f.timedOut > 0 ? `; ${count(f.timedOut)} timed out` : '') +
      (f.deadLettered > 0 ? `; ${count(f.deadLettered)} dead-lettered` : ''),
  ]
}

function count(n: number): string {
  return formatQuantity(Math.round(n * 10) / 10)
}

function decimal(n: number): string {
  return n.toFixed(n >= 100 ? 0 : 2)
}

function percent(share: number): string {
  return `${(share * 100).toPrecision(share >= 0.01 ? 3 : 2)} %`
}
