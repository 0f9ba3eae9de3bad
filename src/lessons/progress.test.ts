import { describe, expect, it } from 'vitest'
import type { Lesson } from './lessonTypes'
import {
  EMPTY_LESSON_PROGRESS,
  EMPTY_PROGRESS,
  readProgress,
  startingStepFor,
  tally,
  updateLesson,
  withHint,
  withOutcome,
  writeProgress,
} from './progress'

const step = (id: string, start?: boolean) => ({
  id,
  title: id,
  goal: 'g',
  instructions: 'i',
  hints: ['a', 'b'],
  ...(start && { start: { example: 'http-api' } }),
  check: { kind: 'resource', select: 'function' } as const,
})
const lesson: Lesson = {
  format: 'serverless-canvas/lesson',
  version: 1,
  id: 'l',
  title: 'L',
  summary: 's',
  minutes: 5,
  steps: [step('a', true), step('b'), step('c', true), step('d')],
}

describe('lesson progress', () => {
  it('survives a round trip through storage', () => {
    let progress = updateLesson(EMPTY_PROGRESS, 'l', (p) => ({
      ...withHint(withOutcome(p, 'a', 'passed'), 'b', 2),
      step: 1,
      designId: 'd-1',
    }))
    progress = { ...progress, current: 'l', loaded: { 'file:l': lesson } }
    expect(readProgress(writeProgress(progress))).toEqual({ ok: true, progress })
  })

  it('never turns a pass into a skip, and caps hints at what the step has', () => {
    const p = withOutcome(withOutcome(EMPTY_LESSON_PROGRESS, 'a', 'passed'), 'a', 'skipped')
    expect(p.outcomes).toEqual({ a: 'passed' })
    expect(withHint(withHint(withHint(p, 'a', 2), 'a', 2), 'a', 2).hints).toEqual({ a: 2 })
  })

  it('drops damaged parts with a reason and keeps the rest', () => {
    expect(readProgress('{not json')).toMatchObject({ ok: false, progress: EMPTY_PROGRESS })
    expect(readProgress('{"format":"other"}')).toMatchObject({ ok: false })
    const stored = JSON.parse(
      writeProgress(updateLesson(EMPTY_PROGRESS, 'good', (p) => ({ ...p, step: 2 }))),
    )
    stored.lessons.bad = { step: -1, outcomes: {}, hints: {}, visited: [] }
    stored.loaded['file:evil'] = { format: 'nope' }
    const read = readProgress(JSON.stringify(stored))
    expect(read).toMatchObject({
      ok: false,
      problem: 'Saved progress for bad, file:evil was damaged and has been reset.',
    })
    expect(Object.keys(read.progress.lessons)).toEqual(['good'])
  })

  it('finds the step a design starts from, and tallies outcomes', () => {
    expect([0, 1, 2, 3].map((i) => startingStepFor(lesson, i))).toEqual([0, 0, 2, 2])
    const p = withOutcome(withOutcome(EMPTY_LESSON_PROGRESS, 'a', 'passed'), 'b', 'skipped')
    expect(tally(lesson, p)).toEqual({ passed: 1, skipped: 1, total: 4, finished: false })
  })
})
