import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateScenario, TARGET_KINDS } from '../../model/scenario'
import { kindOfId, type ServiceModel } from '../../model/types'
import { parse } from '../../serverless'
import { costOfDesign } from './design'

const examples = path.resolve(import.meta.dirname, '../../../public/examples')
const models: ServiceModel[] = readdirSync(examples)
  .filter((file) => file.endsWith('.yml'))
  .sort()
  .map((file) => parse(readFileSync(path.join(examples, file), 'utf8')).model)

/** Every resource of a design that traffic can enter at. */
const targetsOf = (model: ServiceModel) =>
  model.resources
    .map((r) => r.id as string)
    .filter((id) => (TARGET_KINDS as readonly string[]).includes(kindOfId(id as never)))

function total(model: ServiceModel, requests: readonly number[], cost: Record<string, unknown>) {
  // Targets beyond the list get no entry (a schedule then fires at its own rate).
  const traffic = targetsOf(model)
    .slice(0, requests.length)
    .map((target, i) => ({
      target,
      pattern: { type: 'constant', rps: 0 },
      requestsPerMonth: requests[i] ?? 0,
    }))
  const scenario = validateScenario({ traffic, cost })
  if (!scenario.ok) throw new Error(scenario.error)
  const result = costOfDesign(model, scenario.scenario)
  // The 2018 book refuses what did not exist then (more than 512 MB of ephemeral storage).
  if (!result.ok && cost.priceBook === '2018') return undefined
  if (!result.ok) throw new Error(result.error)
  return result.bill
}

const volume = fc.double({ min: 0, max: 5e9, noNaN: true })
const settings = fc.record({
  freeTier: fc.boolean(),
  priceBook: fc.constantFrom('current', '2018'),
  snsFanOut: fc.nat(3),
})

describe('costOfDesign properties, over every example design', () => {
  it('more traffic never costs less', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...models),
        fc.array(volume, { minLength: 12, maxLength: 12 }),
        fc.array(volume, { minLength: 12, maxLength: 12 }),
        settings,
        (model, base, extra, cost) => {
          const less = total(model, base, cost)
          const more = total(
            model,
            base.map((b, i) => b + (extra[i] ?? 0)),
            cost,
          )
          fc.pre(less !== undefined && more !== undefined)
          expect(more!.total).toBeGreaterThanOrEqual(less.total * (1 - 1e-12) - 1e-9)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('no cost is ever negative', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...models),
        fc.array(volume, { minLength: 12, maxLength: 12 }),
        settings,
        (model, requests, cost) => {
          const bill = total(model, requests, cost)
          fc.pre(bill !== undefined)
          expect(bill!.total).toBeGreaterThanOrEqual(0)
          for (const line of bill!.lines) expect(line.cost).toBeGreaterThanOrEqual(0)
        },
      ),
      { numRuns: 150 },
    )
  })

  const provisioned = (model: ServiceModel) =>
    model.resources.some((r) => r.kind === 'function' && (r.provisionedConcurrency ?? 0) > 0)

  it('without traffic, only storage, provisioned concurrency and schedules are billed', () => {
    for (const model of models) {
      const bill = total(model, [], { freeTier: false })
      const has = (kind: string) => model.resources.some((r) => r.kind === kind)
      const billed = new Set(bill?.lines.filter((l) => l.cost > 0).map((l) => l.service))
      const expected = [
        ...(has('schedule') ? ['lambda', 'cloudwatchLogs'] : []),
        ...(!has('schedule') && provisioned(model) ? ['lambda'] : []),
        ...(has('table') ? ['dynamodb'] : []),
      ]
      expect([...billed].sort(), model.service).toEqual(expected.sort())
    }
  })
})
