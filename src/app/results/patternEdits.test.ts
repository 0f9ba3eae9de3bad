import { describe, expect, it } from 'vitest'
import { averageRps, PATTERN_TYPES, validateScenario, type Scenario } from '../../model/scenario'
import {
  formatSteps,
  parseSeries,
  parseSteps,
  patternOfType,
  patternPreview,
  setArrivals,
  setPattern,
  setRunSettings,
} from './patternEdits'

function scenario(raw: unknown): Scenario {
  const result = validateScenario(raw)
  if (!result.ok) throw new Error(result.error)
  return result.scenario
}

const base = scenario({
  durationS: 3600,
  traffic: [{ target: 'restApi', pattern: { type: 'constant', rps: 20 } }],
})

describe('pattern edits', () => {
  it('switching type keeps a valid pattern in the same range of rates', () => {
    for (const type of PATTERN_TYPES) {
      const pattern = patternOfType(type, { type: 'constant', rps: 20 }, 3600)
      expect(pattern.type).toBe(type)
      const result = setPattern(base, 0, pattern)
      if (!result.ok) throw new Error(`${type}: ${result.error}`)
      const avg = averageRps(pattern, 3600)
      expect(avg).toBeGreaterThanOrEqual(10)
      expect(avg).toBeLessThanOrEqual(40)
    }
  })

  it('refuses what the scenario format refuses, naming the field', () => {
    expect(setPattern(base, 0, { type: 'ramp', fromRps: -1, toRps: 5 })).toEqual({
      ok: false,
      error: expect.stringContaining('traffic[0].pattern.fromRps'),
    })
    expect(setArrivals(base, 0, 'bursty').ok).toBe(false)
    expect(setRunSettings(base, { durationS: 0 }).ok).toBe(false)
    const run = setRunSettings(base, { durationS: 600, warmupS: 60, seed: 7 })
    expect(run.ok && [run.scenario.durationS, run.scenario.warmupS, run.scenario.seed]).toEqual([
      600, 60, 7,
    ])
  })

  it('reads steps and series as typed, and refuses the rest', () => {
    expect(parseSteps('0:10, 600s:50\n1200 = 5')).toEqual([
      { atS: 0, rps: 10 },
      { atS: 600, rps: 50 },
      { atS: 1200, rps: 5 },
    ])
    expect(parseSteps('0:10, soon:50')).toBeNull()
    expect(parseSteps('')).toBeNull()
    expect(
      formatSteps([
        { atS: 0, rps: 10 },
        { atS: 600, rps: 50 },
      ]),
    ).toBe('0:10, 600:50')
    expect(parseSeries('5, 10 20;0')).toEqual([5, 10, 20, 0])
    expect(parseSeries('5, -1')).toBeNull()
  })

  it('previews the rate across the run', () => {
    const preview = patternPreview({ type: 'ramp', fromRps: 0, toRps: 60 }, 600, 4)
    expect(preview.map((p) => p.tS)).toEqual([0, 200, 400, 600])
    expect(preview.map((p) => Math.round(p.rps))).toEqual([0, 20, 40, 60])
  })
})
