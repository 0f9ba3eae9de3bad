import { describe, expect, it } from 'vitest'
import type { Lesson } from './lessonTypes'
import { readLessonLink, roomLinkFor } from './lessonLink'
import { loadedLessonKey } from './progress'

const lesson: Lesson = {
  format: 'serverless-canvas/lesson',
  version: 1,
  id: 'first-api',
  title: 'Your first API',
  summary: 'An HTTP API in front of a function.',
  minutes: 10,
  steps: ['one', 'two', 'three'].map((id) => ({
    id,
    title: id,
    goal: 'A function.',
    instructions: 'Add a function.',
    hints: [],
    check: { kind: 'resource', select: 'function' },
  })),
}
const page = { origin: 'http://localhost:5173', pathname: '/' }
const bundled = (id: string) => (id === lesson.id ? lesson : undefined)

async function open(url: string) {
  const { search, hash } = new URL(url)
  return readLessonLink(search, hash, bundled)
}

describe('lesson links', () => {
  it('opens a bundled lesson at the step, by id', async () => {
    const link = await roomLinkFor(page, lesson, lesson.id, 1)
    expect(link).toEqual({ ok: true, url: 'http://localhost:5173/?lesson=first-api&step=2' })
    expect(await open(link.ok ? link.url : '')).toEqual({
      kind: 'lesson',
      lesson,
      key: 'first-api',
      step: 1,
    })
  })

  it('carries a loaded lesson whole in the fragment', async () => {
    const link = await roomLinkFor(page, lesson, loadedLessonKey(lesson), 2)
    expect(link.ok && link.url).toMatch(/^http:\/\/localhost:5173\/\?step=3#lesson=[\w-]+$/)
    expect(await open(link.ok ? link.url : '')).toEqual({
      kind: 'lesson',
      lesson,
      key: 'file:first-api',
      step: 2,
    })
  })

  it('keeps steps in range and refuses unknown or damaged lessons with a reason', async () => {
    expect(await open('http://x/?lesson=first-api&step=99')).toMatchObject({ step: 2 })
    expect(await open('http://x/?lesson=first-api&step=abc')).toMatchObject({ step: 0 })
    expect(await open('http://x/?lesson=nope')).toEqual({
      kind: 'refused',
      reason: 'there is no lesson “nope”',
    })
    expect(await open('http://x/#lesson=%%%')).toEqual({
      kind: 'refused',
      reason: 'the link is damaged (it is not valid base64url)',
    })
    const link = await roomLinkFor(page, { ...lesson, steps: [] } as never, 'file:first-api', 0)
    expect(await open(link.ok ? link.url : '')).toEqual({
      kind: 'refused',
      reason: 'the lesson is not valid: lesson.steps: must be a list of 1 to 50 steps',
    })
    expect(await open('http://x/?example=http-api')).toEqual({ kind: 'none' })
  })
})
