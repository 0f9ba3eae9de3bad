import { describe, expect, it } from 'vitest'
import { parse } from '../index'
import { describeDiff } from '../edit/lineDiff'
import { applyPatch, applyPatches } from './applyPatch'
import { SMALL_SERVICE, textOf } from './testText'

const table = (text: string) => parse(text).model.resources.find((r) => r.id === 'table:Users')

describe('table patches', () => {
  it('adds a table (on-demand by default, or provisioned with keys and stream)', () => {
    const plain = textOf(applyPatch(SMALL_SERVICE, { op: 'addTable', name: 'Orders' }))
    expect(describeDiff(SMALL_SERVICE, plain)).toMatchInlineSnapshot(`
      "+46:     Orders:
      +47:       Type: AWS::DynamoDB::Table
      +48:       Properties:
      +49:         AttributeDefinitions:
      +50:           - AttributeName: id
      +51:             AttributeType: S
      +52:         KeySchema:
      +53:           - AttributeName: id
      +54:             KeyType: HASH
      +55:         BillingMode: PAY_PER_REQUEST"
    `)
    const full = textOf(
      applyPatch(SMALL_SERVICE, {
        op: 'addTable',
        name: 'Events',
        tableName: 'events-${sls:stage}',
        billingMode: 'PROVISIONED',
        rcu: 10,
        hashKey: { name: 'pk', type: 'S' },
        rangeKey: { name: 'at', type: 'N' },
        stream: 'NEW_IMAGE',
      }),
    )
    expect(describeDiff(SMALL_SERVICE, full)).toMatchInlineSnapshot(`
      "+46:     Events:
      +47:       Type: AWS::DynamoDB::Table
      +48:       Properties:
      +49:         TableName: events-\${sls:stage}
      +50:         AttributeDefinitions:
      +51:           - AttributeName: pk
      +52:             AttributeType: S
      +53:           - AttributeName: at
      +54:             AttributeType: N
      +55:         KeySchema:
      +56:           - AttributeName: pk
      +57:             KeyType: HASH
      +58:           - AttributeName: at
      +59:             KeyType: RANGE
      +60:         BillingMode: PROVISIONED
      +61:         ProvisionedThroughput:
      +62:           ReadCapacityUnits: 10
      +63:           WriteCapacityUnits: 5
      +64:         StreamSpecification:
      +65:           StreamViewType: NEW_IMAGE"
    `)
  })

  it('switches billing mode both ways, adding and removing ProvisionedThroughput', () => {
    const provisioned = textOf(
      applyPatches(SMALL_SERVICE, [
        {
          op: 'addTableIndex',
          table: 'Users',
          index: { name: 'byEmail', hashKey: { name: 'email', type: 'S' } },
        },
        { op: 'updateTable', name: 'Users', billingMode: 'PROVISIONED', rcu: 20, wcu: 4 },
      ]),
    )
    expect(describeDiff(SMALL_SERVICE, provisioned)).toMatchInlineSnapshot(`
      "-43:         BillingMode: PAY_PER_REQUEST
      +40:           - AttributeName: email
      +41:             AttributeType: S
      +45:         BillingMode: PROVISIONED
      +46:         GlobalSecondaryIndexes:
      +47:           - IndexName: byEmail
      +48:             KeySchema:
      +49:               - AttributeName: email
      +50:                 KeyType: HASH
      +51:             Projection:
      +52:               ProjectionType: ALL
      +53:             ProvisionedThroughput:
      +54:               ReadCapacityUnits: 5
      +55:               WriteCapacityUnits: 5
      +56:         ProvisionedThroughput:
      +57:           ReadCapacityUnits: 20
      +58:           WriteCapacityUnits: 4"
    `)
    expect(table(provisioned)).toMatchObject({ billingMode: 'PROVISIONED', rcu: 20, wcu: 4 })
    const back = textOf(
      applyPatch(provisioned, { op: 'updateTable', name: 'Users', billingMode: 'PAY_PER_REQUEST' }),
    )
    const removed = textOf(
      applyPatch(back, { op: 'removeTableIndex', table: 'Users', indexName: 'byEmail' }),
    )
    expect(removed).toBe(SMALL_SERVICE)
  })

  it('keeps AttributeDefinitions consistent with the keys', () => {
    const after = textOf(
      applyPatch(SMALL_SERVICE, {
        op: 'updateTable',
        name: 'Users',
        hashKey: { name: 'userId', type: 'S' },
        rangeKey: { name: 'at', type: 'N' },
      }),
    )
    expect(describeDiff(SMALL_SERVICE, after)).toMatchInlineSnapshot(`
      "-38:           - AttributeName: id
      -41:           - AttributeName: id
      +38:           - AttributeName: userId
      +40:           - AttributeName: at
      +41:             AttributeType: N
      +43:           - AttributeName: userId
      +45:           - AttributeName: at
      +46:             KeyType: RANGE"
    `)
    expect(table(after)).toMatchObject({
      keys: { hash: { name: 'userId' }, range: { name: 'at', type: 'N' } },
    })
    const noRange = textOf(
      applyPatch(after, {
        op: 'updateTable',
        name: 'Users',
        rangeKey: null,
        hashKey: { name: 'id', type: 'S' },
      }),
    )
    expect(noRange).toBe(SMALL_SERVICE)
  })

  it('enables and disables the stream', () => {
    const on = textOf(
      applyPatch(SMALL_SERVICE, { op: 'updateTable', name: 'Users', stream: 'KEYS_ONLY' }),
    )
    expect(describeDiff(SMALL_SERVICE, on)).toMatchInlineSnapshot(`
      "+44:         StreamSpecification:
      +45:           StreamViewType: KEYS_ONLY"
    `)
    expect(textOf(applyPatch(on, { op: 'updateTable', name: 'Users', stream: null }))).toBe(
      SMALL_SERVICE,
    )
  })

  it('refuses capacity on an on-demand table', () => {
    expect(applyPatch(SMALL_SERVICE, { op: 'updateTable', name: 'Users', rcu: 5 }))
      .toMatchInlineSnapshot(`
      {
        "error": "Users is on-demand (PAY_PER_REQUEST); switch it to PROVISIONED to set capacity.",
        "ok": false,
      }
    `)
  })
})

describe('bucket, queue and topic patches', () => {
  it('adds each kind, and a queue with a dead-letter queue', () => {
    const after = textOf(
      applyPatches(SMALL_SERVICE, [
        { op: 'addBucket', name: 'Uploads', bucketName: 'demo-uploads' },
        { op: 'addTopic', name: 'Alerts' },
        { op: 'addQueue', name: 'Dlq' },
        {
          op: 'addQueue',
          name: 'Orders',
          visibilityTimeout: 60,
          deadLetterQueue: 'Dlq',
          maxReceiveCount: 4,
        },
      ]),
    )
    expect(describeDiff(SMALL_SERVICE, after)).toMatchInlineSnapshot(`
      "+46:     Uploads:
      +47:       Type: AWS::S3::Bucket
      +48:       Properties:
      +49:         BucketName: demo-uploads
      +50:     Alerts:
      +51:       Type: AWS::SNS::Topic
      +52:     Dlq:
      +53:       Type: AWS::SQS::Queue
      +54:     Orders:
      +55:       Type: AWS::SQS::Queue
      +56:       Properties:
      +57:         VisibilityTimeout: 60
      +58:         RedrivePolicy:
      +59:           deadLetterTargetArn: !GetAtt Dlq.Arn
      +60:           maxReceiveCount: 4"
    `)
    const orders = parse(after).model.resources.find((r) => r.id === 'queue:Orders')
    expect(orders).toMatchObject({ deadLetterQueue: 'queue:Dlq', maxReceiveCount: 4 })
  })

  it('sets and removes a redrive policy and other properties', () => {
    const withDlq = textOf(
      applyPatches(SMALL_SERVICE, [
        { op: 'addQueue', name: 'Dlq' },
        { op: 'updateQueue', name: 'Jobs', deadLetterQueue: 'Dlq' },
        { op: 'setResourceProperty', name: 'Jobs', path: ['VisibilityTimeout'], value: 30 },
      ]),
    )
    expect(describeDiff(SMALL_SERVICE, withDlq)).toMatchInlineSnapshot(`
      "+46:       Properties:
      +47:         RedrivePolicy:
      +48:           deadLetterTargetArn: !GetAtt Dlq.Arn
      +49:           maxReceiveCount: 3
      +50:         VisibilityTimeout: 30
      +51:     Dlq:
      +52:       Type: AWS::SQS::Queue"
    `)
    const without = textOf(
      applyPatch(withDlq, { op: 'updateQueue', name: 'Jobs', deadLetterQueue: null }),
    )
    expect(describeDiff(withDlq, without)).toMatchInlineSnapshot(`
      "-47:         RedrivePolicy:
      -48:           deadLetterTargetArn: !GetAtt Dlq.Arn
      -49:           maxReceiveCount: 3"
    `)
  })
})

describe('removeResource', () => {
  it('removes a table with its variable and its IAM statement', () => {
    const after = textOf(applyPatch(SMALL_SERVICE, { op: 'removeResource', name: 'Users' }))
    expect(describeDiff(SMALL_SERVICE, after)).toMatchInlineSnapshot(`
      "-6:   iam:
      -7:     role:
      -8:       statements:
      -9:         # Read the users table
      -10:         - Effect: Allow
      -11:           Action:
      -12:             - dynamodb:GetItem
      -13:           Resource: !GetAtt Users.Arn
      -18:     environment:
      -19:       USERS_TABLE: !Ref Users
      -34:     Users:
      -35:       Type: AWS::DynamoDB::Table
      -36:       Properties:
      -37:         AttributeDefinitions:
      -38:           - AttributeName: id
      -39:             AttributeType: S
      -40:         KeySchema:
      -41:           - AttributeName: id
      -42:             KeyType: HASH
      -43:         BillingMode: PAY_PER_REQUEST"
    `)
    expect(parse(after).model.edges.filter((e) => e.kind === 'access')).toEqual([])
  })

  it('removes a queue with the events it triggers and only its entry of a shared statement', () => {
    const text = SMALL_SERVICE.replace(
      '          Resource: !GetAtt Users.Arn\n',
      '          Resource:\n            - !GetAtt Users.Arn\n            - !GetAtt Jobs.Arn\n',
    )
    const after = textOf(applyPatch(text, { op: 'removeResource', name: 'Jobs' }))
    expect(describeDiff(text, after)).toMatchInlineSnapshot(`
      "-15:             - !GetAtt Jobs.Arn
      -29:     events:
      -30:       - sqs:
      -31:           arn: !GetAtt Jobs.Arn
      -32:           batchSize: 10
      -46:     Jobs:
      -47:       Type: AWS::SQS::Queue"
    `)
  })

  it('refuses when a reference cannot be cleaned safely', () => {
    const conditional = `${SMALL_SERVICE}  Conditions:\n    IsProd: !Equals [prod, prod]\n  Outputs:\n    Table:\n      Value: !If [IsProd, !Ref Users, none]\n`
    const exported = `${SMALL_SERVICE}  Outputs:\n    Table:\n      Value: !Ref Users\n      Export:\n        Name: users-table\n`
    const elsewhere = `${SMALL_SERVICE}custom:\n  table: !Ref Users\n`
    const refusals = [conditional, exported, elsewhere].map((text) => {
      const r = applyPatch(text, { op: 'removeResource', name: 'Users' })
      return r.ok ? 'accepted' : r.error
    })
    expect(refusals).toMatchInlineSnapshot(`
      [
        "Cannot remove Users: it is referenced inside Fn::If at resources.Outputs.Table.Value[1].",
        "Cannot remove Users: the exported output resources.Outputs.Table reports it (other stacks may import it).",
        "Cannot remove Users: it is referenced at custom.table.",
      ]
    `)
  })
})
