import type * as Monaco from 'monaco-editor/editor'
import { describe, expect, it } from 'vitest'
import { schemaFindings } from './schemaFindings'

type MarkerData = Monaco.editor.IMarkerData

const SCHEMA = 'yaml-schema: serverless.yml'

const TEXT = `service: demo
provider:
  name: aws
  region: \${opt:region, 'us-east-1'}
  iam:
    role:
      statements:
        - Effect: Allow
          Resource: !Join ['', ['arn:aws:s3:::', !Ref Bucket, '/*']]
functions:
  a:
    handler: a.handler
    memorySize: \${self:custom.memory}
    role: !GetAtt Role.Arn
  b:
    handler: b.handler
    memorySize: lots
    bogus: 1
`

/** A one-line marker on the first occurrence of `needle` (after `after`, when given). */
function markerOn(needle: string, source = SCHEMA, after = ''): MarkerData {
  const lines = TEXT.split('\n')
  const from = after ? lines.findIndex((line) => line.includes(after)) : 0
  const index = lines.findIndex((line, i) => i >= from && line.includes(needle))
  if (index < 0) throw new Error(`no line holds ${needle}`)
  const column = lines[index]!.indexOf(needle) + 1
  return {
    severity: 4,
    message: `about ${needle}`,
    source,
    startLineNumber: index + 1,
    startColumn: column,
    endLineNumber: index + 1,
    endColumn: column + needle.length,
  }
}

const messages = (markers: readonly MarkerData[]) => markers.map((m) => m.message)

describe('schemaFindings', () => {
  it('keeps real schema findings', () => {
    const kept = schemaFindings(TEXT, [markerOn('lots'), markerOn('bogus')])
    expect(messages(kept)).toEqual(['about lots', 'about bogus'])
  })

  it('drops the YAML parser’s own problems: the codec reports syntax', () => {
    expect(schemaFindings(TEXT, [markerOn('lots', 'YAML')])).toEqual([])
  })

  it('drops findings on values holding a ${...} variable', () => {
    const kept = schemaFindings(TEXT, [markerOn('${opt:region'), markerOn('${self:custom.memory}')])
    expect(kept).toEqual([])
  })

  it('drops findings on and inside CloudFormation short-form intrinsics', () => {
    const onTag = markerOn('Role.Arn')
    // A finding on an argument deep inside `!Join [...]`: still the intrinsic's business.
    const inside = markerOn("'arn:aws:s3:::'")
    expect(schemaFindings(TEXT, [onTag, inside, markerOn('bogus')])).toEqual([markerOn('bogus')])
  })

  it('drops findings where the codec already shows a marker', () => {
    const codec = { ...markerOn('lots'), source: 'serverless.yml', severity: 8 }
    const kept = schemaFindings(TEXT, [markerOn('lots'), markerOn('bogus')], [codec])
    expect(messages(kept)).toEqual(['about bogus'])
  })

  it('keeps findings as they are when the text does not parse', () => {
    const broken = 'functions:\n  a: b: c\n'
    const marker = { ...markerOn('lots'), startLineNumber: 2, startColumn: 3 }
    expect(schemaFindings(broken, [marker])).toHaveLength(1)
  })
})
