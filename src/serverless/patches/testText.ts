import type { PatchResult } from './patch'

/** The text of a successful patch; a refusal fails the test with its message. */
export function textOf(result: PatchResult): string {
  if (!result.ok) throw new Error(result.error)
  return result.text
}

/** A small service with comments in the usual places, shared by the patch tests. */
export const SMALL_SERVICE = `service: demo # the service

provider:
  name: aws
  runtime: nodejs20.x
  iam:
    role:
      statements:
        # Read the users table
        - Effect: Allow
          Action:
            - dynamodb:GetItem
          Resource: !GetAtt Users.Arn

functions:
  getUser:
    handler: src/users.get # the handler
    environment:
      USERS_TABLE: !Ref Users
    events:
      - http:
          path: users/{id}
          method: get

  worker:
    handler: src/worker.handler
    events:
      - sqs:
          arn: !GetAtt Jobs.Arn
          batchSize: 10

resources:
  Resources:
    Users:
      Type: AWS::DynamoDB::Table
      Properties:
        AttributeDefinitions:
          - AttributeName: id
            AttributeType: S
        KeySchema:
          - AttributeName: id
            KeyType: HASH
        BillingMode: PAY_PER_REQUEST
    Jobs:
      Type: AWS::SQS::Queue
`
