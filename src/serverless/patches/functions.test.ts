import { describe, expect, it } from 'vitest'
import { parse } from '../index'
import { describeDiff } from '../edit/lineDiff'
import { applyPatch, applyPatches } from './applyPatch'
import { SMALL_SERVICE, textOf } from './testText'

const fn = (text: string, name: string) =>
  parse(text).model.resources.find((r) => r.id === `function:${name}`)

describe('function patches', () => {
  it('sets memorySize with a one-line diff, and the model shows it', () => {
    const after = textOf(
      applyPatch(SMALL_SERVICE, {
        op: 'setFunctionProperty',
        name: 'getUser',
        property: 'memorySize',
        value: 1024,
      }),
    )
    expect(describeDiff(SMALL_SERVICE, after)).toMatchInlineSnapshot(`"+24:     memorySize: 1024"`)
    expect(fn(after, 'getUser')).toMatchObject({ memorySize: 1024 })
    const again = textOf(
      applyPatch(after, {
        op: 'setFunctionProperty',
        name: 'getUser',
        property: 'memorySize',
        value: 2048,
      }),
    )
    expect(describeDiff(after, again)).toMatchInlineSnapshot(`
      "-24:     memorySize: 1024
      +24:     memorySize: 2048"
    `)
  })

  it('clears a property', () => {
    const after = textOf(
      applyPatch(SMALL_SERVICE, {
        op: 'setFunctionProperty',
        name: 'getUser',
        property: 'environment',
        value: undefined,
      }),
    )
    expect(describeDiff(SMALL_SERVICE, after)).toMatchInlineSnapshot(`
      "-18:     environment:
      -19:       USERS_TABLE: !Ref Users"
    `)
  })

  it('sets the whole environment one variable at a time', () => {
    const after = textOf(
      applyPatch(SMALL_SERVICE, {
        op: 'setFunctionProperty',
        name: 'getUser',
        property: 'environment',
        value: { USERS_TABLE: { Ref: 'Users' }, LOG_LEVEL: 'debug' },
      }),
    )
    expect(describeDiff(SMALL_SERVICE, after)).toMatchInlineSnapshot(
      `"+20:       LOG_LEVEL: debug"`,
    )
  })

  it('sets and removes one environment variable', () => {
    const set = textOf(
      applyPatch(SMALL_SERVICE, {
        op: 'setEnvironmentVariable',
        function: 'worker',
        variable: 'QUEUE',
        value: { Ref: 'Jobs' },
      }),
    )
    expect(describeDiff(SMALL_SERVICE, set)).toMatchInlineSnapshot(`
      "+31:     environment:
      +32:       QUEUE: !Ref Jobs"
    `)
    const removed = textOf(
      applyPatch(set, {
        op: 'setEnvironmentVariable',
        function: 'worker',
        variable: 'QUEUE',
        value: undefined,
      }),
    )
    expect(removed).toBe(SMALL_SERVICE)
  })

  it('adds a function with the default handler, and with given settings', () => {
    const after = textOf(applyPatch(SMALL_SERVICE, { op: 'addFunction', name: 'report' }))
    expect(describeDiff(SMALL_SERVICE, after)).toMatchInlineSnapshot(`
      "+32:   report:
      +33:     handler: src/handlers/report.handler
      +34: "
    `)
    const custom = textOf(
      applyPatch(SMALL_SERVICE, {
        op: 'addFunction',
        name: 'thumbs',
        props: {
          handler: 'src/thumbs.run',
          memorySize: 1024,
          architecture: 'arm64',
          onError: 'queue:Jobs',
        },
      }),
    )
    expect(describeDiff(SMALL_SERVICE, custom)).toMatchInlineSnapshot(`
      "+32:   thumbs:
      +33:     handler: src/thumbs.run
      +34:     architecture: arm64
      +35:     memorySize: 1024
      +36:     onError: !GetAtt Jobs.Arn
      +37: "
    `)
    expect(fn(custom, 'thumbs')).toMatchObject({ memorySize: 1024, architecture: 'arm64' })
  })

  it('adds the first function to a file without functions', () => {
    const text = 'service: empty\n\nprovider:\n  name: aws\n'
    expect(textOf(applyPatch(text, { op: 'addFunction', name: 'hello' }))).toMatchInlineSnapshot(`
      "service: empty

      provider:
        name: aws

      functions:
        hello:
          handler: src/handlers/hello.handler
      "
    `)
  })

  it('renames a function and the references to its generated logical ids', () => {
    const text = `${SMALL_SERVICE}    Alarm:
      Type: AWS::CloudWatch::Alarm
      Properties:
        Dimensions:
          - Name: FunctionName
            Value: !Ref WorkerLambdaFunction
        AlarmActions:
          - Fn::GetAtt: [WorkerLambdaFunction, Arn]
          - !Sub '\${WorkerLambdaFunction.Arn}:live'
`
    const after = textOf(
      applyPatch(text, { op: 'renameFunction', from: 'worker', to: 'job-runner' }),
    )
    expect(describeDiff(text, after)).toMatchInlineSnapshot(`
      "-25:   worker:
      -51:             Value: !Ref WorkerLambdaFunction
      -53:           - Fn::GetAtt: [WorkerLambdaFunction, Arn]
      -54:           - !Sub '\${WorkerLambdaFunction.Arn}:live'
      +25:   job-runner:
      +51:             Value: !Ref JobDashrunnerLambdaFunction
      +53:           - Fn::GetAtt: [JobDashrunnerLambdaFunction, Arn]
      +54:           - !Sub '\${JobDashrunnerLambdaFunction.Arn}:live'"
    `)
  })

  it('removes a function with its events, unless something else references it', () => {
    const after = textOf(applyPatch(SMALL_SERVICE, { op: 'removeFunction', name: 'worker' }))
    expect(describeDiff(SMALL_SERVICE, after)).toMatchInlineSnapshot(`
      "-25:   worker:
      -26:     handler: src/worker.handler
      -27:     events:
      -28:       - sqs:
      -29:           arn: !GetAtt Jobs.Arn
      -30:           batchSize: 10
      -31: "
    `)
    expect(fn(after, 'worker')).toBeUndefined()
    const referenced = `${SMALL_SERVICE}  Outputs:\n    WorkerArn:\n      Value: !GetAtt WorkerLambdaFunction.Arn\n`
    expect(applyPatch(referenced, { op: 'removeFunction', name: 'worker' })).toMatchInlineSnapshot(`
      {
        "error": "Cannot remove "worker": it is still referenced at resources.Outputs.WorkerArn.Value. Remove those references first.",
        "ok": false,
      }
    `)
  })

  it('refuses with a clear message', () => {
    const refusals = [
      applyPatch(SMALL_SERVICE, {
        op: 'setFunctionProperty',
        name: 'nope',
        property: 'timeout',
        value: 3,
      }),
      applyPatch(SMALL_SERVICE, {
        op: 'setFunctionProperty',
        name: 'worker',
        property: 'memorySize',
        value: 64,
      }),
      applyPatch(SMALL_SERVICE, { op: 'addFunction', name: 'worker' }),
      applyPatch(SMALL_SERVICE, { op: 'addFunction', name: 'bad name' }),
      applyPatch(SMALL_SERVICE, { op: 'renameFunction', from: 'worker', to: 'getUser' }),
      applyPatch('a: [1\n', { op: 'addFunction', name: 'x' }),
      applyPatch('functions: ${file(./functions.yml)}\n', { op: 'addFunction', name: 'x' }),
      applyPatches(SMALL_SERVICE, [
        { op: 'addFunction', name: 'x' },
        { op: 'addFunction', name: 'x' },
      ]),
    ].map((r) => (r.ok ? 'accepted' : r.error))
    expect(refusals).toMatchInlineSnapshot(`
      [
        "There is no function "nope".",
        "memorySize must be a whole number from 128 to 10240, not 64.",
        "A function named "worker" already exists.",
        ""bad name" is not a valid function name: use 1 to 64 letters, digits, "-" or "_".",
        "A function named "getUser" already exists.",
        "The YAML is not valid (line 2): Flow sequence in block collection must be sufficiently indented and end with a ]. Fix it before editing.",
        "The functions are loaded from another file (functions: \${file(...)}); edit them there.",
        "Change 2 of 2 (addFunction): A function named "x" already exists.",
      ]
    `)
  })
})
