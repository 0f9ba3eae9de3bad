import SwaggerParser from '@apidevtools/swagger-parser'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { describe, expect, it } from 'vitest'
import { parse, readConfig } from '../serverless'
import { apiDocument, exportApiText, type ApiKind, type OutputFormat, type SpecVersion } from '.'

const repo = path.resolve(import.meta.dirname, '../..')
const examples = path.join(repo, 'public/examples')
const corpus = path.resolve(repo, '../shared/corpus')

const files = [
  ...readdirSync(examples).map((f) => path.join(examples, f)),
  ...readdirSync(corpus).map((f) => path.join(corpus, f)),
].filter((f) => /\.ya?ml$/.test(f))

/** Which APIs a file has: the kinds whose routes the model holds. */
function apisOf(text: string): ApiKind[] {
  const { model } = parse(text)
  const has = (id: string) =>
    model.resources.some((r) => r.id === id && 'routes' in r && r.routes.length > 0)
  return [
    ...(has('restApi') ? (['rest'] as const) : []),
    ...(has('httpApi') ? (['http'] as const) : []),
  ]
}

const cases = files.flatMap((file) => {
  const text = readFileSync(file, 'utf8')
  return apisOf(text).flatMap((api) =>
    (['swagger', 'openapi'] as const).flatMap((spec) =>
      (['json', 'yaml'] as const).map(
        (format) => [path.relative(repo, file), api, spec, format, text] as const,
      ),
    ),
  )
})

describe('every export is valid for swagger-parser', () => {
  it('covers the examples and corpus files with HTTP events', () => {
    const withApis = new Set(cases.map(([file]) => file))
    expect(withApis.size).toBeGreaterThanOrEqual(30)
    expect(cases.length).toBeGreaterThanOrEqual(4 * withApis.size)
  })

  it.each(cases)('%s: %s API as %s %s', async (_file, api, spec, format, text) => {
    const out = exportApiText(text, spec as SpecVersion, format as OutputFormat, { api })
    if (!out.ok) throw new Error(out.error)
    const document: unknown = format === 'json' ? JSON.parse(out.text) : parseYaml(out.text)
    expect(document).toEqual(out.document)
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy()
  })
})

describe('what the export refuses', () => {
  it('a design without http events has no REST API to export', () => {
    const text =
      'service: s\nfunctions:\n  a:\n    handler: a.h\n    events:\n      - httpApi: GET /a\n'
    const config = readConfig(text)!
    expect(apiDocument(parse(text).model, config, 'swagger', { api: 'rest' })).toEqual({
      ok: false,
      error: 'the design has no http events (REST API)',
    })
    expect(exportApiText('a: [', 'openapi', 'json')).toMatchObject({ ok: false })
  })
})
