import { describe, expect, it } from 'vitest'
import { appendIn } from './appendIn'
import { getAtt } from './intrinsics'
import { describeDiff } from './lineDiff'
import { renameKey } from './renameKey'
import type { EditResult } from './textEdit'

const textOf = (result: EditResult): string => {
  if (!result.ok) throw new Error(result.error)
  return result.text
}

const statement = `iam:
  role:
    statements:
      - Effect: Allow # reads
        Action:
          - dynamodb:GetItem
        Resource: !GetAtt Table.Arn
      # more to come
`

describe('appendIn', () => {
  it('appends to a block sequence at its dash column, before a trailing comment', () => {
    const after = textOf(
      appendIn(statement, ['iam', 'role', 'statements', 0, 'Action'], 'dynamodb:Query'),
    )
    expect(describeDiff(statement, after)).toMatchInlineSnapshot(`"+7:           - dynamodb:Query"`)
  })

  it('appends a map item', () => {
    const item = { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: getAtt('Q', 'Arn') }
    const after = textOf(appendIn(statement, ['iam', 'role', 'statements'], item))
    expect(describeDiff(statement, after)).toMatchInlineSnapshot(`
      "+8:       - Effect: Allow
      +9:         Action:
      +10:           - sqs:SendMessage
      +11:         Resource: !GetAtt Q.Arn"
    `)
  })

  it('turns a single value into a list, keeping its tag', () => {
    const after = textOf(
      appendIn(statement, ['iam', 'role', 'statements', 0, 'Resource'], getAtt('Q', 'Arn')),
    )
    expect(describeDiff(statement, after)).toMatchInlineSnapshot(`
      "-7:         Resource: !GetAtt Table.Arn
      +7:         Resource:
      +8:           - !GetAtt Table.Arn
      +9:           - !GetAtt Q.Arn"
    `)
  })

  it('appends to a flow sequence and creates a missing list', () => {
    expect(textOf(appendIn('events: [a, b] # flow\n', ['events'], 'c'))).toMatchInlineSnapshot(`
      "events: [a, b, c] # flow
      "
    `)
    expect(textOf(appendIn('fn:\n  handler: x\n', ['fn', 'events'], { schedule: 'rate(1 hour)' })))
      .toMatchInlineSnapshot(`
      "fn:
        handler: x
        events:
          - schedule: rate(1 hour)
      "
    `)
  })
})

describe('renameKey', () => {
  it('renames in place and refuses a clash', () => {
    const text = 'functions:\n  a: # first\n    handler: x\n  "b":\n    handler: y\n'
    expect(textOf(renameKey(text, ['functions', 'a'], 'c'))).toMatchInlineSnapshot(`
      "functions:
        c: # first
          handler: x
        "b":
          handler: y
      "
    `)
    expect(textOf(renameKey(text, ['functions', 'b'], 'd'))).toMatchInlineSnapshot(`
      "functions:
        a: # first
          handler: x
        "d":
          handler: y
      "
    `)
    expect(renameKey(text, ['functions', 'a'], 'b')).toMatchObject({ ok: false })
  })
})
