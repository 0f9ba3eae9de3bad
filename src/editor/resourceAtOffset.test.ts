import { describe, expect, it } from 'vitest'
import { parse } from '../serverless'
import { rangeLines, resourceAtOffset } from './resourceAtOffset'

const TEXT = `service: jobs
provider:
  name: aws
functions:
  report:
    handler: report.handler
    events:
      - schedule:
          rate: rate(1 day)
  digest:
    handler: digest.handler
`

const offsetOf = (needle: string) => TEXT.indexOf(needle)

describe('resourceAtOffset', () => {
  const { ranges } = parse(TEXT)

  it('finds the function whose declaration holds the offset', () => {
    expect(resourceAtOffset(ranges, offsetOf('report.handler'))).toBe('function:report')
    expect(resourceAtOffset(ranges, offsetOf('digest:'))).toBe('function:digest')
  })

  it('prefers the innermost resource: an event source inside a function', () => {
    expect(resourceAtOffset(ranges, offsetOf('rate('))).toBe('schedule:report:0')
  })

  it('is null outside every resource', () => {
    expect(resourceAtOffset(ranges, offsetOf('provider'))).toBeNull()
    expect(resourceAtOffset({}, 0)).toBeNull()
  })
})

describe('rangeLines', () => {
  const at = (line: number, column: number) => ({ line, column, offset: 0 })

  it('covers the lines from start to end', () => {
    expect(rangeLines({ start: at(3, 5), end: at(6, 10) })).toEqual({ first: 3, last: 6 })
  })

  it('leaves out a last line the range only touches at its start', () => {
    expect(rangeLines({ start: at(3, 5), end: at(7, 1) })).toEqual({ first: 3, last: 6 })
    expect(rangeLines({ start: at(3, 1), end: at(3, 1) })).toEqual({ first: 3, last: 3 })
  })
})
