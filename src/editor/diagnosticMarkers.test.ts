import { describe, expect, it } from 'vitest'
import type { Diagnostic, TextRange } from '../model/diagnostics'
import type { ResourceId } from '../model/types'
import { resourceId } from '../model/types'
import { countMarkers, MarkerSeverityValue, toMarkers } from './diagnosticMarkers'

const range = (line: number, column: number, endColumn: number): TextRange => ({
  start: { line, column, offset: column },
  end: { line, column: endColumn, offset: endColumn },
})

describe('toMarkers', () => {
  const getUser = resourceId('function', 'getUser')

  it('places diagnostics on their own range, else on their resource', () => {
    const diagnostics: Diagnostic[] = [
      { severity: 'error', code: 'yaml-syntax', message: 'bad', range: range(3, 5, 9) },
      { severity: 'warning', code: 'unknown-event', message: 'hmm', resourceId: getUser },
      { severity: 'info', code: 'note', message: 'nowhere' },
    ]
    const ranges = new Map<ResourceId, TextRange>([[getUser, range(10, 3, 10)]])
    expect(toMarkers(diagnostics, ranges)).toEqual([
      expect.objectContaining({
        severity: MarkerSeverityValue.error,
        startLineNumber: 3,
        startColumn: 5,
        endColumn: 9,
      }),
      expect.objectContaining({
        severity: MarkerSeverityValue.warning,
        startLineNumber: 10,
        message: 'hmm',
      }),
    ])
  })

  it('accepts ranges as a plain record and widens empty ranges to one character', () => {
    const diagnostics: Diagnostic[] = [
      { severity: 'error', code: 'x', message: 'm', resourceId: getUser },
    ]
    const [marker] = toMarkers(diagnostics, { [getUser]: range(2, 4, 4) })
    expect(marker).toMatchObject({ startColumn: 4, endColumn: 5 })
  })
})

describe('countMarkers', () => {
  it('counts errors and warnings, not hints or infos', () => {
    const { error, warning, info, hint } = MarkerSeverityValue
    const markers = [error, warning, warning, info, hint].map((severity) => ({ severity }))
    expect(countMarkers(markers)).toEqual({ errors: 1, warnings: 2 })
  })
})
