import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateScenario, type Scenario } from '../../model/scenario'
import { LIMITS } from './recordFields'
import { createSavedDesign, validateSavedDesign, type SavedDesign } from './savedDesign'

const design: SavedDesign = createSavedDesign({
  id: 'd-1',
  name: 'Orders API',
  yamlText: 'service: orders\n',
  positions: { 'function:create': { x: 10, y: 20 } },
  createdAt: 1_000,
  updatedAt: 2_000,
})

function reasonFor(value: unknown): string {
  const result = validateSavedDesign(value)
  if (result.ok) throw new Error('expected a refusal')
  return result.reason
}

describe('validateSavedDesign: the current format', () => {
  it('accepts a design as written, not migrated', () => {
    expect(validateSavedDesign(design)).toEqual({ ok: true, design, migrated: false })
  })

  it('survives a structured clone (what IndexedDB stores) and JSON', () => {
    expect(validateSavedDesign(structuredClone(design))).toMatchObject({ ok: true, design })
    expect(validateSavedDesign(JSON.parse(JSON.stringify(design)))).toMatchObject({ ok: true })
  })

  it('ignores unknown fields, and does not carry them into the design', () => {
    const result = validateSavedDesign({ ...design, scenarios: [1, 2], extra: 'x' })
    expect(result).toEqual({ ok: true, design, migrated: false })
  })

  it.each([
    ['id', 42, 'field "id" must be a string, not a number'],
    ['id', '', 'field "id" is empty'],
    ['name', null, 'field "name" must be a string, not null'],
    ['yamlText', ['a'], 'field "yamlText" must be a string, not an array'],
    ['yamlText', undefined, 'field "yamlText" is missing'],
    ['positions', 'here', 'field "positions" must be an object, not a string'],
    ['positions', null, 'field "positions" must be an object, not null'],
    ['createdAt', '2024-01-01', 'field "createdAt" must be a time in milliseconds, not a string'],
    ['updatedAt', Number.NaN, 'field "updatedAt" must be a time in milliseconds, not NaN'],
    ['format', 'something/else', 'it is not a Serverless Canvas design (unknown "format")'],
    ['format', undefined, 'field "format" is missing'],
    ['version', '2', 'field "version" must be a whole number from 1, not a string'],
    ['version', 1.5, 'field "version" must be a whole number from 1, not a number'],
    ['version', 0, 'field "version" must be a whole number from 1, not a number'],
    ['version', undefined, 'field "version" is missing'],
  ])('refuses %s = %j, naming the field', (name, value, reason) => {
    expect(reasonFor({ ...design, [name]: value })).toBe(reason)
  })

  it('refuses YAML text over 2 MB', () => {
    const yamlText = 'x'.repeat(LIMITS.yamlLength + 1)
    expect(reasonFor({ ...design, yamlText })).toBe(
      'field "yamlText" is longer than the limit of 2 MB',
    )
    expect(validateSavedDesign({ ...design, yamlText: yamlText.slice(1) }).ok).toBe(true)
  })

  it('refuses a huge name and too many positions', () => {
    expect(reasonFor({ ...design, name: 'n'.repeat(LIMITS.nameLength + 1) })).toMatch(/"name"/)
    const positions = Object.fromEntries(
      Array.from({ length: LIMITS.positions + 1 }, (_, i) => [`r${i}`, { x: 0, y: 0 }]),
    )
    expect(reasonFor({ ...design, positions })).toBe(
      'field "positions" has more than 10000 entries',
    )
  })

  it('drops positions that are not finite numbers, keeping the rest', () => {
    const positions = {
      good: { x: 1, y: -2, selected: true },
      nan: { x: Number.NaN, y: 0 },
      inf: { x: 0, y: Number.POSITIVE_INFINITY },
      text: { x: '1', y: 2 },
      missing: { x: 1 },
      far: { x: 1e300, y: 0 },
      nothing: null,
      pair: [1, 2],
    }
    const result = validateSavedDesign({ ...design, positions })
    expect(result).toMatchObject({ ok: true, design: { positions: { good: { x: 1, y: -2 } } } })
  })

  it('keeps an id such as "__proto__" as a plain key', () => {
    const positions = JSON.parse('{"__proto__": {"x": 1, "y": 2}}') as unknown
    const result = validateSavedDesign({ ...design, positions })
    if (!result.ok) throw new Error(result.reason)
    expect(Object.keys(result.design.positions)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(result.design.positions)).toBe(Object.prototype)
  })

  it('reads own fields only, not a polluted prototype', () => {
    const { name: _name, ...rest } = design
    const record = Object.assign(Object.create({ name: 'inherited' }) as object, rest)
    expect(reasonFor(record)).toBe('field "name" is missing')
  })
})

describe('validateSavedDesign: what is not a design', () => {
  it.each([
    [null, 'null'],
    [undefined, 'missing'],
    ['a string', 'a string'],
    [42, 'a number'],
    [[design], 'an array'],
    [true, 'a boolean'],
  ])('refuses %j', (value, what) => {
    expect(reasonFor(value)).toBe(`a saved design must be an object, not ${what}`)
  })

  it('refuses garbage objects', () => {
    expect(reasonFor({})).toBe('field "version" is missing')
    expect(reasonFor({ hello: 'world', version: 2, format: 'serverless-canvas/design' })).toBe(
      'field "id" is missing',
    )
  })

  it('refuses a design saved by a newer release', () => {
    expect(reasonFor({ ...design, version: 99 })).toBe(
      'it was saved by a newer version of Serverless Canvas (format version 99)',
    )
  })

  it('gives a reason for a record whose fields cannot be read', () => {
    const hostile = new Proxy(
      {},
      {
        has: () => true,
        getOwnPropertyDescriptor: () => {
          throw new Error('boom')
        },
      },
    )
    expect(reasonFor(hostile)).toBe('the record could not be read')
  })

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof validateSavedDesign(value).ok).toBe('boolean')
      }),
    )
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), (extra) => {
        const result = validateSavedDesign({ ...extra, ...design })
        expect(result.ok).toBe(true)
      }),
    )
  })
})

describe('validateSavedDesign: migrating format version 1', () => {
  const v1 = {
    version: 1,
    id: 'old-1',
    name: 'First design',
    yaml: 'service: first\n',
    layout: { 'function:hello': [100, 200], broken: [1, 'x'], short: [1], nan: [Number.NaN, 0] },
    savedAt: 1_600_000_000_000,
  }

  it('migrates it to the current format', () => {
    expect(validateSavedDesign(v1)).toEqual({
      ok: true,
      migrated: true,
      design: {
        format: 'serverless-canvas/design',
        version: 3,
        id: 'old-1',
        name: 'First design',
        yamlText: 'service: first\n',
        positions: { 'function:hello': { x: 100, y: 200 } },
        createdAt: 1_600_000_000_000,
        updatedAt: 1_600_000_000_000,
      },
    })
  })

  it('refuses a damaged one, naming its own fields', () => {
    expect(reasonFor({ ...v1, yaml: 7 })).toBe('field "yaml" must be a string, not a number')
    expect(reasonFor({ ...v1, layout: [] })).toBe('field "layout" must be an object, not an array')
    expect(reasonFor({ ...v1, savedAt: undefined })).toBe('field "savedAt" is missing')
  })
})

describe('validateSavedDesign: the traffic scenario', () => {
  const checked = validateScenario({
    traffic: [{ target: 'function:create', pattern: { type: 'constant', rps: 42 } }],
  })
  if (!checked.ok) throw new Error(checked.error)
  const scenario: Scenario = checked.scenario

  it('migrates a version 2 record, which has no scenario', () => {
    const { format, id, name, yamlText, positions, createdAt, updatedAt } = design
    const v2 = { format, version: 2, id, name, yamlText, positions, createdAt, updatedAt }
    const result = validateSavedDesign(v2)
    expect(result).toEqual({ ok: true, design, migrated: true })
    if (result.ok) expect(result.design).not.toHaveProperty('scenario')
  })

  it('ignores a scenario in a version 2 record', () => {
    const result = validateSavedDesign({ ...design, version: 2, scenario })
    expect(result).toEqual({ ok: true, design, migrated: true })
  })

  it('keeps a valid scenario through a save and a load', () => {
    const withScenario = createSavedDesign({ ...design, scenario })
    const stored: unknown = JSON.parse(JSON.stringify(structuredClone(withScenario)))
    expect(validateSavedDesign(stored)).toEqual({
      ok: true,
      design: withScenario,
      migrated: false,
    })
  })

  it('drops a scenario that does not validate, keeping the rest, with a note', () => {
    const broken = { traffic: [{ target: 'function:create', pattern: { type: 'constant' } }] }
    const result = validateSavedDesign({ ...design, scenario: broken })
    expect(result).toMatchObject({ ok: true, design, migrated: false })
    if (!result.ok) throw new Error(result.reason)
    expect(result.design).not.toHaveProperty('scenario')
    expect(result.note).toMatch(
      /^The saved traffic scenario could not be read \(.+\); the starter scenario is used\.$/,
    )
  })

  it.each([null, 'fast', 7, []])('drops a scenario that is %j', (broken) => {
    const result = validateSavedDesign({ ...design, scenario: broken })
    expect(result).toMatchObject({ ok: true, design, note: expect.any(String) })
  })
})
