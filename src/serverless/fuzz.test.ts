import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse, print } from './index'

const corpusDir = path.resolve(import.meta.dirname, '../../../shared/corpus')
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.yml'))
  .sort()
  .map((f) => readFileSync(path.join(corpusDir, f), 'utf8'))

/** Whatever goes in, parse returns a result whose diagnostics all have ranges, and prints the text back. */
function checkTotal(text: string): void {
  const result = parse(text)
  expect(print(result)).toBe(text)
  for (const d of result.diagnostics) expect(d.range).toBeDefined()
  if (!result.ok) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true)
}

const YAML_BITS = [
  ':',
  '- ',
  '\n',
  '  ',
  '{',
  '}',
  '[',
  ']',
  ',',
  '&a ',
  '*a',
  '<<: ',
  '!Ref ',
  '!GetAtt ',
  '${self:a}',
  '${',
  '"',
  "'",
  '#',
  '|',
  '>',
  '\t',
  '---',
  'functions',
  'events',
  'http',
  'sqs',
  'arn',
]

describe('parse never throws', () => {
  it('on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), checkTotal), { numRuns: 300 })
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...YAML_BITS), { maxLength: 60 }), (bits) =>
        checkTotal(bits.join('')),
      ),
      { numRuns: 300 },
    )
  })

  it('on random mutations of corpus files', () => {
    const mutation = fc.record({
      file: fc.nat({ max: corpus.length - 1 }),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.nat({ max: 40 }),
      insert: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...YAML_BITS)),
    })
    fc.assert(
      fc.property(mutation, ({ file, at, remove, insert }) => {
        const text = corpus[file]!
        const offset = Math.floor(at * text.length)
        checkTotal(text.slice(0, offset) + insert + text.slice(offset + remove))
      }),
      { numRuns: 400 },
    )
  })
})
