import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateLesson } from './validateLesson'

const lesson = {
  format: 'serverless-canvas/lesson',
  version: 1,
  id: 'first-api',
  title: 'Your first API',
  summary: 'An HTTP API in front of a function.',
  minutes: 10,
  steps: [
    {
      id: 'connect',
      title: 'Connect an API',
      goal: 'An HTTP API invokes the function.',
      instructions: 'Drag an HTTP API from the palette onto the canvas.',
      hints: ['The palette is on the left.'],
      start: { example: 'scheduled-job' },
      check: { kind: 'edge', from: 'httpApi', to: 'function', event: 'httpApi' },
    },
    {
      id: 'fast',
      title: 'Keep it fast',
      goal: 'p99 under 300 ms at 200 rps.',
      instructions: 'Run the simulation.',
      hints: [],
      check: {
        kind: 'all',
        checks: [
          { kind: 'simulation', metric: 'p99LatencyMs', compare: 'atMost', value: 300 },
          { kind: 'monthlyCost', compare: 'atMost', usd: 5 },
        ],
      },
    },
  ],
}

describe('validateLesson', () => {
  it('reads a lesson back as written', () => {
    expect(validateLesson(lesson)).toEqual({ ok: true, lesson })
  })

  it('names the first problem by its path', () => {
    const broken = (patch: (l: typeof lesson) => unknown) =>
      validateLesson(patch(structuredClone(lesson)))
    expect(broken((l) => ({ ...l, format: 'x' }))).toEqual({
      ok: false,
      error: 'lesson.format: must be "serverless-canvas/lesson"',
    })
    expect(
      broken((l) => ({ ...l, steps: [l.steps[0], { ...l.steps[1], id: 'connect' }] })),
    ).toEqual({ ok: false, error: 'lesson.steps[1].id: "connect" is used by an earlier step' })
    expect(
      broken((l) => ({
        ...l,
        steps: [
          {
            ...l.steps[0],
            check: { kind: 'simulation', metric: 'speed', compare: 'atMost', value: 1 },
          },
        ],
      })),
    ).toEqual({
      ok: false,
      error: expect.stringMatching(/^lesson\.steps\[0\]\.check\.metric: must be one of/),
    })
    expect(broken((l) => ({ ...l, steps: [{ ...l.steps[0], extra: 1 }] }))).toEqual({
      ok: false,
      error: expect.stringMatching(/^lesson\.steps\[0\]\.extra: unknown field/),
    })
  })

  it('reads exact expectations, scenario checks and the scenario a step starts with', () => {
    const step = (patch: object) =>
      validateLesson({ ...lesson, steps: [{ ...lesson.steps[0], ...patch }] })
    const arm = { kind: 'property', select: 'function', property: 'architecture', equals: 'arm64' }
    expect(step({ check: arm })).toMatchObject({ ok: true })
    expect(step({ check: { ...arm, compare: 'atMost' } })).toEqual({
      ok: false,
      error: 'lesson.steps[0].check: has "equals", so it takes no "compare" or "value"',
    })
    expect(step({ check: { kind: 'scenario', path: 'cost.freeTier', equals: [] } })).toEqual({
      ok: false,
      error: 'lesson.steps[0].check.equals: must be a string, number or boolean',
    })
    const scenario = {
      traffic: [{ target: 'function:api', pattern: { type: 'constant', rps: 5 } }],
    }
    const read = step({ start: { example: 'http-api', scenario } })
    expect(read.ok && read.lesson.steps[0]?.start?.scenario?.traffic[0]?.pattern).toEqual({
      type: 'constant',
      rps: 5,
    })
    expect(step({ start: { example: 'http-api', scenario: { seed: -1 } } })).toEqual({
      ok: false,
      error: expect.stringMatching(/^lesson\.steps\[0\]\.start\.scenario: /),
    })
  })

  it('refuses hostile nesting and never throws on anything', () => {
    let check: unknown = { kind: 'resource', select: 'function' }
    for (let i = 0; i < 20; i++) check = { kind: 'all', checks: [check] }
    const deep = validateLesson({ ...lesson, steps: [{ ...lesson.steps[0], check }] })
    expect(deep).toEqual({ ok: false, error: expect.stringContaining('nests deeper') })
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(typeof validateLesson(junk).ok).toBe('boolean')
      }),
    )
  })
})
