import { describe, expect, it } from 'vitest'
import { readLessonText } from './readLessonFile'

describe('readLessonText', () => {
  it('names the file and the problem', () => {
    expect(readLessonText('my.json', '{')).toEqual({
      ok: false,
      error: expect.stringMatching(/^my\.json is not a lesson file: /),
    })
    expect(readLessonText('my.json', '{"format":"x"}')).toEqual({
      ok: false,
      error: 'my.json is not a valid lesson: lesson.format: must be "serverless-canvas/lesson".',
    })
  })
})
