import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../model/diagnostics'
import { describeError, firstError } from './staleBanner'

const at = (line: number, column: number) => ({
  start: { line, column, offset: 0 },
  end: { line, column: column + 1, offset: 1 },
})

describe('firstError', () => {
  it('picks the earliest error in the text, ignoring warnings and errors without a place', () => {
    const diagnostics: Diagnostic[] = [
      { severity: 'error', code: 'a', message: 'later', range: at(20, 3) },
      { severity: 'warning', code: 'b', message: 'warning', range: at(1, 1) },
      { severity: 'error', code: 'c', message: 'nowhere' },
      { severity: 'error', code: 'd', message: 'earliest', range: at(12, 5) },
    ]
    expect(firstError(diagnostics)).toEqual({ line: 12, column: 5, message: 'earliest' })
    expect(firstError([])).toBeUndefined()
  })

  it('names the line and the first line of the message', () => {
    expect(describeError({ line: 12, column: 1, message: 'Bad indentation\n  foo: bar' })).toBe(
      'Line 12: Bad indentation',
    )
  })
})
