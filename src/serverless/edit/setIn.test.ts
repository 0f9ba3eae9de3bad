import { describe, expect, it } from 'vitest'
import { getAtt, ref } from './intrinsics'
import { describeDiff } from './lineDiff'
import { setIn } from './setIn'
import type { EditResult } from './textEdit'

const textOf = (result: EditResult): string => {
  if (!result.ok) throw new Error(result.error)
  return result.text
}

const service = `# Service
service: demo

provider:
  name: aws
  runtime: 'nodejs18.x' # runtime
  environment: {STAGE: dev}

functions:
  # The API
  api:
    handler: src/api.handler
    memorySize: 128 # small
    events:
      - http:
          path: users
          method: get

  worker:
    handler: src/worker.handler
    # timeout: 30

# Resources below
resources:
  Resources:
    Table:
      Type: AWS::DynamoDB::Table
`

describe('setIn', () => {
  it('replaces a scalar in place, keeping the inline comment', () => {
    const after = textOf(setIn(service, ['functions', 'api', 'memorySize'], 1024))
    expect(describeDiff(service, after)).toMatchInlineSnapshot(`
      "-13:     memorySize: 128 # small
      +13:     memorySize: 1024 # small"
    `)
  })

  it('keeps the quoting a string was written with', () => {
    const after = textOf(setIn(service, ['provider', 'runtime'], 'nodejs20.x'))
    expect(describeDiff(service, after)).toMatchInlineSnapshot(`
      "-6:   runtime: 'nodejs18.x' # runtime
      +6:   runtime: 'nodejs20.x' # runtime"
    `)
  })

  it('quotes a new string only when it must', () => {
    const after = textOf(setIn(service, ['functions', 'api', 'handler'], '123'))
    expect(describeDiff(service, after)).toMatchInlineSnapshot(`
      "-12:     handler: src/api.handler
      +12:     handler: '123'"
    `)
  })

  it('creates the missing maps of a path, after the last entry and before a trailing comment', () => {
    const after = textOf(
      setIn(service, ['functions', 'worker', 'environment', 'TABLE'], ref('Table')),
    )
    expect(describeDiff(service, after)).toMatchInlineSnapshot(`
      "+21:     environment:
      +22:       TABLE: !Ref Table"
    `)
  })

  it('adds a multi-line entry re-indented, with a blank line like its neighbours', () => {
    const fn = {
      handler: 'src/q.handler',
      events: [{ sqs: { arn: getAtt('Q', 'Arn'), batchSize: 10 } }],
    }
    const after = textOf(setIn(service, ['functions', 'queue'], fn))
    expect(describeDiff(service, after)).toMatchInlineSnapshot(`
      "+23:   queue:
      +24:     handler: src/q.handler
      +25:     events:
      +26:       - sqs:
      +27:           arn: !GetAtt Q.Arn
      +28:           batchSize: 10
      +29: "
    `)
  })

  it('re-renders only the flow collection it changes', () => {
    const after = textOf(setIn(service, ['provider', 'environment', 'TABLE'], ref('Table')))
    expect(describeDiff(service, after)).toMatchInlineSnapshot(`
      "-7:   environment: {STAGE: dev}
      +7:   environment: {STAGE: dev, TABLE: !Ref Table}"
    `)
  })

  it('replaces a block value by a scalar and a scalar by a block', () => {
    const toScalar = textOf(setIn(service, ['functions', 'api', 'events'], 'none'))
    expect(describeDiff(service, toScalar)).toMatchInlineSnapshot(`
      "-14:     events:
      -15:       - http:
      -16:           path: users
      -17:           method: get
      +14:     events: none"
    `)
    const toBlock = textOf(setIn(service, ['functions', 'api', 'memorySize'], { a: 1 }))
    expect(describeDiff(service, toBlock)).toMatchInlineSnapshot(`
      "-13:     memorySize: 128 # small
      +13:     memorySize: # small
      +14:       a: 1"
    `)
  })

  it('creates resources.Resources when the file has no resources', () => {
    const text = 'service: x\nprovider:\n  name: aws\n'
    const after = textOf(
      setIn(text, ['resources', 'Resources', 'Bucket'], { Type: 'AWS::S3::Bucket' }),
    )
    expect(after).toMatchInlineSnapshot(`
      "service: x
      provider:
        name: aws
      resources:
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
      "
    `)
  })

  it('fills an empty `functions:`', () => {
    const text = 'service: x\nfunctions:\nprovider:\n  name: aws\n'
    expect(textOf(setIn(text, ['functions', 'a', 'handler'], 'a.b'))).toMatchInlineSnapshot(`
      "service: x
      functions:
        a:
          handler: a.b
      provider:
        name: aws
      "
    `)
    const tilde = 'functions: ~ # none yet\n'
    expect(textOf(setIn(tilde, ['functions', 'a', 'handler'], 'a.b'))).toMatchInlineSnapshot(`
      "functions: # none yet
        a:
          handler: a.b
      "
    `)
  })

  it('writes into an empty document', () => {
    expect(textOf(setIn('', ['service'], 'x'))).toBe('service: x\n')
    expect(textOf(setIn('# only a comment\n', ['service'], 'x'))).toBe(
      '# only a comment\nservice: x\n',
    )
  })

  it('keeps CRLF line endings, a BOM and a missing final newline', () => {
    const crlf = 'a:\r\n  b: 1\r\n  c: 2\r\n'
    expect(JSON.stringify(textOf(setIn(crlf, ['a', 'd', 'e'], 3)))).toMatchInlineSnapshot(
      `""a:\\r\\n  b: 1\\r\\n  c: 2\\r\\n  d:\\r\\n    e: 3\\r\\n""`,
    )
    const bom = '\uFEFFa:\n  b: 1'
    expect(textOf(setIn(bom, ['a', 'c'], 2))).toBe('\uFEFFa:\n  b: 1\n  c: 2')
    expect(textOf(setIn(bom, ['a', 'b'], 5))).toBe('\uFEFFa:\n  b: 5')
  })

  it('follows the file indentation (4 spaces, sequences not indented)', () => {
    const text = 'functions:\n    api:\n        events:\n        - http: GET /\n'
    const after = textOf(
      setIn(text, ['functions', 'job', 'events'], [{ schedule: 'rate(1 hour)' }]),
    )
    expect(after).toMatchInlineSnapshot(`
      "functions:
          api:
              events:
              - http: GET /
          job:
              events:
                  - schedule: rate(1 hour)
      "
    `)
  })

  it('refuses invalid YAML and impossible paths with a message', () => {
    expect(setIn('a: [1\n', ['a'], 1)).toMatchObject({ ok: false })
    expect(setIn(service, ['service', 'x'], 1)).toMatchInlineSnapshot(`
      {
        "error": "service is a single value, not a map or list.",
        "ok": false,
      }
    `)
  })
})
