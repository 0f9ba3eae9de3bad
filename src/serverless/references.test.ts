import { describe, expect, it } from 'vitest'
import { parseArn, queueNameFromUrl } from './arn'
import { findReferences, nameMatches } from './references'

const context = { region: 'eu-west-1', accountId: '111122223333' }
const refs = (value: Parameters<typeof findReferences>[0]) => findReferences(value, context)

describe('findReferences', () => {
  it('reads Ref and GetAtt in both forms', () => {
    expect(refs({ Ref: 'Table' })).toEqual([{ kind: 'logical', logicalId: 'Table' }])
    expect(refs({ 'Fn::GetAtt': ['Q', 'Arn'] })).toEqual([
      { kind: 'logical', logicalId: 'Q', attribute: 'Arn' },
    ])
    expect(refs({ 'Fn::GetAtt': 'T.StreamArn' })).toEqual([
      { kind: 'logical', logicalId: 'T', attribute: 'StreamArn' },
    ])
    expect(refs({ Ref: 'AWS::Region' })).toEqual([{ kind: 'name', name: 'eu-west-1' }])
  })

  it('evaluates Join and Sub into ARNs', () => {
    const join = {
      'Fn::Join': [
        ':',
        ['arn', 'aws', 'sqs', { Ref: 'AWS::Region' }, { Ref: 'AWS::AccountId' }, 'jobs'],
      ],
    }
    expect(refs(join)).toEqual([{ kind: 'arn', service: 'sqs', name: 'jobs' }])
    expect(refs({ 'Fn::Sub': '${TweetsTable.Arn}/index/byCreator' })).toEqual([
      { kind: 'logical', logicalId: 'TweetsTable', attribute: 'Arn' },
    ])
    expect(
      refs({
        'Fn::Sub': ['arn:aws:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${T}', { T: 'users' }],
      }),
    ).toEqual([{ kind: 'arn', service: 'dynamodb', name: 'users' }])
    expect(refs({ 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Domain', 'DomainArn'] }, '/*']] })).toEqual([
      { kind: 'logical', logicalId: 'Domain', attribute: 'DomainArn' },
    ])
  })

  it('reads literal ARNs, queue URLs and names, item by item in lists', () => {
    expect(
      refs([
        'arn:aws:dynamodb:us-east-1:*:table/todos/index/*',
        'arn:aws:s3:::uploads/*',
        'https://sqs.us-east-1.amazonaws.com/111122223333/jobs',
        'plain-name',
        '*',
      ]),
    ).toEqual([
      { kind: 'arn', service: 'dynamodb', name: 'todos' },
      { kind: 'arn', service: 's3', name: 'uploads' },
      { kind: 'queueUrl', name: 'jobs' },
      { kind: 'name', name: 'plain-name' },
      { kind: 'name', name: '*' },
    ])
  })

  it('stops on a value shared too many times', () => {
    let shared: unknown = 'x'
    for (let i = 0; i < 40; i++) shared = [shared, shared]
    expect(findReferences(shared as never, context).length).toBeLessThanOrEqual(10_000)
  })
})

describe('ARNs and names', () => {
  it('finds physical names per service', () => {
    expect(parseArn('arn:aws:sns:us-east-1:1:alerts')?.name).toBe('alerts')
    expect(parseArn('arn:aws:kinesis:us-east-1:1:stream/clicks')?.name).toBe('clicks')
    expect(parseArn('arn:aws:events:us-east-1:1:event-bus/orders')?.name).toBe('orders')
    expect(parseArn('arn:aws:dynamodb:r:a:table/t/stream/2020')?.name).toBe('t')
    expect(parseArn('not an arn')).toBeUndefined()
    expect(queueNameFromUrl('https://example.com/a/b')).toBeUndefined()
  })

  it('matches wildcards', () => {
    expect(nameMatches('orders-*', 'orders-dev')).toBe(true)
    expect(nameMatches('orders-*', 'users-dev')).toBe(false)
    expect(nameMatches('*', 'anything')).toBe(false)
    expect(nameMatches('a.b', 'aXb')).toBe(false)
  })
})
