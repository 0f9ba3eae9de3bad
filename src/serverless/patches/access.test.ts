import { describe, expect, it } from 'vitest'
import type { ResourceId } from '../../model/types'
import { parse } from '../index'
import { describeDiff } from '../edit/lineDiff'
import { applyPatch, applyPatches } from './applyPatch'
import { SMALL_SERVICE, textOf } from './testText'

const id = (value: string) => value as ResourceId
const accessEdges = (text: string) =>
  parse(text)
    .model.edges.filter((e) => e.kind === 'access')
    .map((e) => `${e.from} -> ${e.to}`)

describe('access patches', () => {
  it('connects a function to a queue: a variable and a statement', () => {
    const after = textOf(
      applyPatch(SMALL_SERVICE, {
        op: 'connectAccess',
        function: 'getUser',
        target: id('queue:Jobs'),
      }),
    )
    expect(describeDiff(SMALL_SERVICE, after)).toMatchInlineSnapshot(`
      "+14:         - Effect: Allow
      +15:           Action:
      +16:             - sqs:SendMessage
      +17:           Resource: !GetAtt Jobs.Arn
      +24:       JOBS_QUEUE_URL: !Ref Jobs"
    `)
    expect(accessEdges(after)).toContain('function:getUser -> queue:Jobs')
  })

  it('adds only the missing actions to an existing statement on the same resource', () => {
    const after = textOf(
      applyPatch(SMALL_SERVICE, {
        op: 'connectAccess',
        function: 'worker',
        target: id('table:Users'),
      }),
    )
    expect(describeDiff(SMALL_SERVICE, after)).toMatchInlineSnapshot(`
      "+13:             - dynamodb:PutItem
      +14:             - dynamodb:UpdateItem
      +15:             - dynamodb:DeleteItem
      +16:             - dynamodb:Query
      +17:             - dynamodb:Scan
      +36:     environment:
      +37:       USERS_TABLE: !Ref Users"
    `)
  })

  it('grants object access on a bucket and publish on a topic, with a chosen variable name', () => {
    const after = textOf(
      applyPatches(SMALL_SERVICE, [
        { op: 'addBucket', name: 'Uploads' },
        { op: 'addTopic', name: 'Alerts' },
        { op: 'connectAccess', function: 'worker', target: id('bucket:Uploads'), envVar: 'BUCKET' },
        {
          op: 'connectAccess',
          function: 'worker',
          target: id('topic:Alerts'),
          actions: ['sns:Publish'],
        },
      ]),
    )
    expect(describeDiff(SMALL_SERVICE, after)).toMatchInlineSnapshot(`
      "+14:         - Effect: Allow
      +15:           Action:
      +16:             - s3:GetObject
      +17:             - s3:PutObject
      +18:           Resource: !Join ['', [!GetAtt Uploads.Arn, /*]]
      +19:         - Effect: Allow
      +20:           Action:
      +21:             - sns:Publish
      +22:           Resource: !Ref Alerts
      +40:     environment:
      +41:       BUCKET: !Ref Uploads
      +42:       ALERTS_TOPIC_ARN: !Ref Alerts
      +58:     Uploads:
      +59:       Type: AWS::S3::Bucket
      +60:     Alerts:
      +61:       Type: AWS::SNS::Topic"
    `)
  })

  it('uses the legacy iamRoleStatements when the file does, and creates the path when absent', () => {
    const legacy =
      'provider:\n  name: aws\n  iamRoleStatements:\n    - Effect: Allow\n      Action: s3:*\n      Resource: "*"\nfunctions:\n  a:\n    handler: a.h\nresources:\n  Resources:\n    T:\n      Type: AWS::DynamoDB::Table\n'
    const after = textOf(
      applyPatch(legacy, {
        op: 'connectAccess',
        function: 'a',
        target: id('table:T'),
        actions: ['dynamodb:GetItem'],
      }),
    )
    expect(describeDiff(legacy, after)).toMatchInlineSnapshot(`
      "+7:     - Effect: Allow
      +8:       Action:
      +9:         - dynamodb:GetItem
      +10:       Resource: !GetAtt T.Arn
      +14:     environment:
      +15:       T_TABLE: !Ref T"
    `)
    const bare = legacy.replace(/ {2}iamRoleStatements:\n(.*\n){3}/, '')
    const created = textOf(
      applyPatch(bare, {
        op: 'connectAccess',
        function: 'a',
        target: id('table:T'),
        actions: ['dynamodb:GetItem'],
      }),
    )
    expect(describeDiff(bare, created)).toMatchInlineSnapshot(`
      "+3:   iam:
      +4:     role:
      +5:       statements:
      +6:         - Effect: Allow
      +7:           Action:
      +8:             - dynamodb:GetItem
      +9:           Resource: !GetAtt T.Arn
      +13:     environment:
      +14:       T_TABLE: !Ref T"
    `)
  })

  it('disconnects: the variable, and the statement once no other function uses the target', () => {
    const both = textOf(
      applyPatch(SMALL_SERVICE, {
        op: 'connectAccess',
        function: 'worker',
        target: id('table:Users'),
      }),
    )
    const one = textOf(
      applyPatch(both, { op: 'disconnectAccess', function: 'worker', target: id('table:Users') }),
    )
    expect(describeDiff(both, one)).toMatchInlineSnapshot(`
      "-36:     environment:
      -37:       USERS_TABLE: !Ref Users"
    `)
    const none = textOf(
      applyPatch(one, { op: 'disconnectAccess', function: 'getUser', target: id('table:Users') }),
    )
    expect(describeDiff(one, none)).toMatchInlineSnapshot(`
      "-6:   iam:
      -7:     role:
      -8:       statements:
      -9:         # Read the users table
      -10:         - Effect: Allow
      -11:           Action:
      -12:             - dynamodb:GetItem
      -13:             - dynamodb:PutItem
      -14:             - dynamodb:UpdateItem
      -15:             - dynamodb:DeleteItem
      -16:             - dynamodb:Query
      -17:             - dynamodb:Scan
      -18:           Resource: !GetAtt Users.Arn
      -23:     environment:
      -24:       USERS_TABLE: !Ref Users"
    `)
  })

  it('refuses what it cannot draw', () => {
    const refusals = [
      applyPatch(SMALL_SERVICE, {
        op: 'connectAccess',
        function: 'worker',
        target: id('table:Nope'),
      }),
      applyPatch(SMALL_SERVICE, { op: 'connectAccess', function: 'worker', target: id('restApi') }),
      applyPatch(SMALL_SERVICE, {
        op: 'connectAccess',
        function: 'getUser',
        target: id('queue:Jobs'),
        envVar: 'USERS_TABLE',
      }),
      applyPatch(
        SMALL_SERVICE.replace(
          '  iam:\n    role:\n',
          '  iam:\n    role: arn:aws:iam::1:role/x\n    other:\n',
        ),
        {
          op: 'connectAccess',
          function: 'worker',
          target: id('table:Users'),
        },
      ),
      applyPatch(SMALL_SERVICE, {
        op: 'disconnectAccess',
        function: 'worker',
        target: id('table:Users'),
      }),
    ].map((r) => (r.ok ? 'accepted' : r.error))
    expect(refusals).toMatchInlineSnapshot(`
      [
        "There is no AWS::DynamoDB::Table "Nope" under resources.Resources.",
        "Access can be drawn to a table, bucket, queue or topic, not to restApi.",
        "Function "getUser" already has USERS_TABLE set to something else.",
        "The function uses an existing IAM role; grant the access in that role.",
        "Function "worker" has no access to Users that can be removed here.",
      ]
    `)
  })
})
