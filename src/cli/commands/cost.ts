import type { Bill } from '../../pricing/estimate'
import { costOfDesign } from '../../pricing/flow'
import { formatUsd } from '../../pricing/lineItem'
import type { Command } from '../command'
import { CliError } from '../errors'
import { loadScenario, loadServerless, parseOptionsFrom } from '../load'
import { billJson } from './estimate'

export const costCommand: Command = {
  name: 'cost',
  usage: 'cost FILE --scenario SCENARIO.json [--json] [--stage STAGE] [--region REGION]',
  summary:
    'Price FILE under a traffic scenario: the traffic flows through the design to a monthly bill.',
  options: {
    scenario: { type: 'string' },
    json: { type: 'boolean' },
    stage: { type: 'string' },
    region: { type: 'string' },
  },
  run({ positionals, values }, io) {
    const [file, ...rest] = positionals
    const scenarioFile = values['scenario']
    if (file === undefined || rest.length > 0 || typeof scenarioFile !== 'string') {
      throw new CliError(`usage: ${this.usage}`)
    }
    const { model } = loadServerless(file, parseOptionsFrom(values))
    const result = costOfDesign(model, loadScenario(scenarioFile))
    if (!result.ok) throw new CliError(`${scenarioFile}: ${result.error}`)
    io.stdout(
      values['json']
        ? `${JSON.stringify(billJson(result.bill), null, 2)}\n`
        : costText(model.service, result.bill, result.notes),
    )
  },
}

function costText(service: string, bill: Bill, notes: readonly string[]): string {
  const { priceBook, freeTier, hoursPerMonth } = bill.settings
  const out = [
    `Monthly cost of ${service}: ${formatUsd(bill.total)}  (price book ${priceBook}, free tier ${freeTier ? 'on' : 'off'}, ${hoursPerMonth} h a month)`,
    '',
  ]
  for (const [name, cost] of Object.entries(bill.services)) {
    out.push(`${name}: ${formatUsd(cost ?? 0)}`)
    for (const line of bill.lines.filter((l) => l.service === name)) {
      out.push(
        `  ${line.resource} · ${line.item}: ${formatUsd(line.cost)}`,
        `      ${line.formula}`,
      )
    }
  }
  if (notes.length > 0) out.push('', 'Assumptions:', ...notes.map((note) => `- ${note}`))
  return `${out.join('\n')}\n`
}
