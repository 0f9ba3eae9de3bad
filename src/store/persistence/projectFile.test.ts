import { describe, expect, it } from 'vitest'
import { validateScenario } from '../../model/scenario'
import { looksLikeProjectFile, readProjectFile, toProjectFile } from './projectFile'
import { createSavedDesign, DESIGN_VERSION } from './savedDesign'

const scenario = validateScenario({
  traffic: [{ target: 'restApi', pattern: { type: 'constant', rps: 12 } }],
})
if (!scenario.ok) throw new Error(scenario.error)

const design = createSavedDesign({
  id: 'design-1',
  name: 'Orders',
  yamlText: 'service: orders\nprovider:\n  name: aws\n',
  positions: { 'function:a': { x: 10, y: -20 } },
  scenario: scenario.scenario,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
})

describe('project file', () => {
  it('reads back exactly what it wrote: text, layout and scenario', () => {
    const text = toProjectFile(design)
    expect(text.startsWith('{\n  "format": "serverless-canvas/design",\n  "version": 3,')).toBe(
      true,
    )
    expect(readProjectFile('orders.canvas.json', text)).toEqual({
      ok: true,
      design,
      migrated: false,
    })
  })

  it('migrates a file of an older version', () => {
    const { scenario: _dropped, ...v3 } = design
    const v2 = JSON.stringify({ ...v3, version: 2 })
    const read = readProjectFile('old.json', v2)
    expect(read).toMatchObject({ ok: true, migrated: true, design: { name: 'Orders' } })
    expect(DESIGN_VERSION).toBe(3)
  })

  it('refuses what is not a project, saying why, and keeps a damaged scenario out', () => {
    expect(
      readProjectFile('x.json', '{"format": "serverless-canvas/design", "version": 3'),
    ).toEqual({ ok: false, reason: expect.stringMatching(/^x\.json is not valid JSON/) })
    expect(readProjectFile('x.json', '[1, 2]')).toEqual({
      ok: false,
      reason: expect.stringContaining('x.json is not a Serverless Canvas project'),
    })
    expect(readProjectFile('x.json', JSON.stringify({ ...design, version: 99 }))).toEqual({
      ok: false,
      reason: expect.stringContaining('newer version'),
    })
    const damaged = readProjectFile(
      'x.json',
      JSON.stringify({ ...design, scenario: { traffic: 3 } }),
    )
    expect(damaged).toMatchObject({ ok: true, note: expect.stringContaining('starter scenario') })
    expect(readProjectFile('x.json', '"' + 'a'.repeat(5 * 1024 * 1024) + '"').ok).toBe(false)
  })

  it('is told apart from a serverless.yml', () => {
    expect(looksLikeProjectFile('orders.canvas.json', '')).toBe(true)
    expect(looksLikeProjectFile('export', toProjectFile(design))).toBe(true)
    expect(looksLikeProjectFile('serverless.yml', 'service: x\n')).toBe(false)
  })
})
