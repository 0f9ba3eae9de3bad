import { describe, expect, it } from 'vitest'
import { columnsToCsv, fileNameOf, toCsv } from './csv'

describe('csv', () => {
  it('quotes what needs quoting and keeps numbers whole', () => {
    expect(
      toCsv(
        ['name', 'value'],
        [
          ['a, b', 0.1 + 0.2],
          ['say "hi"', 3],
        ],
      ),
    ).toBe('name,value\r\n"a, b",0.30000000000000004\r\n"say ""hi""",3\r\n')
  })

  it('writes columns side by side, blanks where one is shorter or not a number', () => {
    expect(
      columnsToCsv([
        { name: 't', values: new Float64Array([0, 10, 20]) },
        { name: 'rps', values: [5, Number.NaN] },
      ]),
    ).toBe('t,rps\r\n0,5\r\n10,\r\n20,\r\n')
  })

  it('names files after the chart', () => {
    expect(fileNameOf('Latency (ms) — getUser')).toBe('latency-ms-getuser')
    expect(fileNameOf('…')).toBe('chart')
  })
})
