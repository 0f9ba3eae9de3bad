import { describe, expect, it } from 'vitest'
import { deleteIn } from './deleteIn'
import { describeDiff } from './lineDiff'
import type { EditResult } from './textEdit'

const textOf = (result: EditResult): string => {
  if (!result.ok) throw new Error(result.error)
  return result.text
}

const service = `functions:
  # The API
  api:
    handler: src/api.handler
    environment:
      TABLE: users # the table
    events:
      # the public route
      - http:
          path: users
          method: get
      - schedule: rate(5 minutes)

  # The worker
  worker:
    handler: src/worker.handler
    # timeout: 30

  last:
    handler: src/last.handler

# Resources below
resources: {}
`

describe('deleteIn', () => {
  it('deletes a key with its multi-line value and its comment, not the next key’s comment', () => {
    const after = textOf(deleteIn(service, ['functions', 'api']))
    expect(describeDiff(service, after)).toMatchInlineSnapshot(`
      "-2:   # The API
      -3:   api:
      -4:     handler: src/api.handler
      -5:     environment:
      -6:       TABLE: users # the table
      -7:     events:
      -8:       # the public route
      -9:       - http:
      -10:           path: users
      -11:           method: get
      -12:       - schedule: rate(5 minutes)
      -13: "
    `)
    expect(after.startsWith('functions:\n  # The worker\n  worker:')).toBe(true)
  })

  it('deletes the last entry with the blank line before it', () => {
    const after = textOf(deleteIn(service, ['functions', 'last']))
    expect(describeDiff(service, after)).toMatchInlineSnapshot(`
      "-19:   last:
      -20:     handler: src/last.handler
      -21: "
    `)
  })

  it('deletes a sequence item and the comment above it', () => {
    const after = textOf(deleteIn(service, ['functions', 'api', 'events', 0]))
    expect(describeDiff(service, after)).toMatchInlineSnapshot(`
      "-8:       # the public route
      -9:       - http:
      -10:           path: users
      -11:           method: get"
    `)
  })

  it('removes a map left empty, up to the first ancestor that keeps other entries', () => {
    const after = textOf(deleteIn(service, ['functions', 'api', 'environment', 'TABLE']))
    expect(describeDiff(service, after)).toMatchInlineSnapshot(`
      "-5:     environment:
      -6:       TABLE: users # the table"
    `)
  })

  it('deletes the first key of a `- key:` item by moving the next key up', () => {
    const text = 'statements:\n  - Effect: Allow\n    Action: s3:GetObject\n    Resource: "*"\n'
    expect(textOf(deleteIn(text, ['statements', 0, 'Effect']))).toMatchInlineSnapshot(`
      "statements:
        - Action: s3:GetObject
          Resource: "*"
      "
    `)
  })

  it('edits flow collections by re-rendering them', () => {
    const text = 'a: {b: 1, c: [x, y]} # flow\nd: [1, 2]\n'
    expect(textOf(deleteIn(text, ['a', 'c', 0]))).toMatchInlineSnapshot(`
      "a: {b: 1, c: [y]} # flow
      d: [1, 2]
      "
    `)
    expect(textOf(deleteIn(text, ['a', 'b']))).toMatchInlineSnapshot(`
      "a: {c: [x, y]} # flow
      d: [1, 2]
      "
    `)
    expect(textOf(deleteIn('a:\n  only: {b: 1}\n  other: 2\n', ['a', 'only', 'b'])))
      .toMatchInlineSnapshot(`
      "a:
        other: 2
      "
    `)
  })

  it('changes nothing when the path is absent', () => {
    expect(textOf(deleteIn(service, ['functions', 'nope']))).toBe(service)
    expect(textOf(deleteIn(service, ['provider', 'x']))).toBe(service)
  })

  it('keeps CRLF and a missing final newline', () => {
    const crlf = 'a:\r\n  b: 1\r\n  c: 2\r\nd: 3'
    expect(JSON.stringify(textOf(deleteIn(crlf, ['a', 'b'])))).toMatchInlineSnapshot(
      `""a:\\r\\n  c: 2\\r\\nd: 3""`,
    )
    expect(JSON.stringify(textOf(deleteIn(crlf, ['d'])))).toMatchInlineSnapshot(
      `""a:\\r\\n  b: 1\\r\\n  c: 2""`,
    )
  })

  it('refuses to delete an anchored value that an alias uses', () => {
    const text = 'defaults: &defaults\n  memorySize: 512\nfunctions:\n  a:\n    <<: *defaults\n'
    expect(deleteIn(text, ['defaults'])).toMatchInlineSnapshot(`
      {
        "error": "defaults holds the anchor &defaults, which is used elsewhere.",
        "ok": false,
      }
    `)
  })
})
