import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyPatches, parse } from '../../serverless'
import { planApiImport } from './importApi'

const petstore = JSON.stringify({
  swagger: '2.0',
  info: { title: 'Pet Store', version: '1' },
  paths: {
    '/pets': { get: { operationId: 'listPets' }, post: { operationId: 'createPet' } },
    '/pets/{petId}': { get: { operationId: 'showPetById' } },
  },
})

const routesOf = (yamlText: string) =>
  parse(yamlText).model.resources.flatMap((r) =>
    r.kind === 'restApi' || r.kind === 'httpApi'
      ? r.routes.map((x) => `${x.method} ${x.path}`)
      : [],
  )

describe('planApiImport', () => {
  it('starts a new design named after the API, with a function per operation', () => {
    const plan = planApiImport(petstore, {
      mode: 'new',
      target: 'http',
      existing: parse('service: x\n').model,
    })
    if (!plan.ok || !plan.newDesign) throw new Error(plan.ok ? 'no design' : plan.error)
    expect(plan.newDesign.name).toBe('Pet Store')
    expect(parse(plan.newDesign.yamlText).ok).toBe(true)
    expect(routesOf(plan.newDesign.yamlText).sort()).toEqual([
      'GET /pets',
      'GET /pets/{petId}',
      'POST /pets',
    ])
  })

  it('merges into the open design as patches', () => {
    const file = path.resolve(import.meta.dirname, '../../../public/examples/rest-api-dynamodb.yml')
    const text = readFileSync(file, 'utf8')
    const plan = planApiImport(petstore, {
      mode: 'merge',
      target: 'rest',
      existing: parse(text).model,
    })
    if (!plan.ok) throw new Error(plan.error)
    const applied = applyPatches(text, plan.patches)
    if (!applied.ok) throw new Error(applied.error)
    expect(routesOf(applied.text)).toEqual(expect.arrayContaining(['GET /pets', 'POST /pets']))
  })

  it('refuses what is not an API document, saying why', () => {
    const plan = planApiImport('service: not-an-api\n', {
      mode: 'new',
      target: 'rest',
      existing: parse('service: x\n').model,
    })
    expect(plan).toEqual({ ok: false, error: expect.stringMatching(/swagger|openapi/i) })
  })
})
