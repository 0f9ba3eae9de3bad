import { estimate, type Bill } from '../../pricing/estimate'
import { formatUsd } from '../../pricing/lineItem'
import type { Command } from '../command'
import { CliError } from '../errors'
import { readJsonFile } from '../readInput'

export const estimateCommand: Command = {
  name: 'estimate',
  usage: 'estimate USAGE.json [--json]',
  summary:
    'Price a monthly usage description: total, per service, and every line with its formula.',
  options: { json: { type: 'boolean' } },
  run({ positionals, values }, io) {
    const [file, ...rest] = positionals
    if (file === undefined || rest.length > 0) throw new CliError(`usage: ${this.usage}`)
    const result = estimate(readJsonFile(file))
    if (!result.ok) throw new CliError(`${file}: ${result.error}`)
    io.stdout(
      values['json']
        ? `${JSON.stringify(billJson(result.bill), null, 2)}\n`
        : billText(result.bill),
    )
  },
}

/** The documented JSON shape: total, cost per service, and each line with its formula. */
export function billJson(bill: Bill) {
  return {
    total: bill.total,
    services: bill.services,
    lines: bill.lines.map(
      ({ service, resource, item, quantity, unit, unitPrice, cost, formula }) => ({
        service,
        resource,
        item,
        quantity,
        unit,
        unitPrice,
        cost,
        formula,
      }),
    ),
  }
}

function billText(bill: Bill): string {
  const { priceBook, freeTier, hoursPerMonth } = bill.settings
  const out = [
    `Monthly estimate: ${formatUsd(bill.total)}  (price book ${priceBook}, free tier ${freeTier ? 'on' : 'off'}, ${hoursPerMonth} h a month)`,
    '',
  ]
  for (const [service, cost] of Object.entries(bill.services)) {
    out.push(`${service}: ${formatUsd(cost ?? 0)}`)
    for (const line of bill.lines.filter((l) => l.service === service)) {
      out.push(
        `  ${line.resource} · ${line.item}: ${formatUsd(line.cost)}`,
        `      ${line.formula}`,
      )
    }
  }
  return `${out.join('\n')}\n`
}
