/**
 * A large but realistic serverless.yml: `functions` functions, each with an http event and
 * access to one of a handful of tables, comments and variables included. Used by the benchmarks.
 */
export function syntheticService(functions: number, tables = 10): string {
  const lines: string[] = [
    '# A generated service for benchmarks',
    'service: bench',
    "frameworkVersion: '>=3'",
    '',
    'provider:',
    '  name: aws',
    '  runtime: nodejs22.x',
    "  stage: ${opt:stage, 'dev'}",
    '  memorySize: 512',
    '  iam:',
    '    role:',
    '      statements:',
  ]
  for (let t = 0; t < tables; t++) {
    lines.push(
      '        - Effect: Allow',
      '          Action: [dynamodb:GetItem, dynamodb:PutItem, dynamodb:Query]',
      `          Resource: !GetAtt Table${t}.Arn`,
    )
  }
  lines.push('', 'functions:')
  for (let f = 0; f < functions; f++) {
    lines.push(
      `  fn${f}:`,
      `    handler: src/fn${f}.handler # handler ${f}`,
      `    memorySize: ${128 * (1 + (f % 8))}`,
      '    environment:',
      `      TABLE: !Ref Table${f % tables}`,
      '    events:',
      '      - http:',
      `          path: items${f}/{id}`,
      '          method: get',
    )
  }
  lines.push('', 'resources:', '  Resources:')
  for (let t = 0; t < tables; t++) {
    lines.push(
      `    Table${t}:`,
      '      Type: AWS::DynamoDB::Table',
      '      Properties:',
      `        TableName: \${self:service}-table${t}-\${sls:stage}`,
      '        BillingMode: PAY_PER_REQUEST',
      '        AttributeDefinitions:',
      '          - AttributeName: id',
      '            AttributeType: S',
      '        KeySchema:',
      '          - AttributeName: id',
      '            KeyType: HASH',
    )
  }
  return lines.join('\n') + '\n'
}
