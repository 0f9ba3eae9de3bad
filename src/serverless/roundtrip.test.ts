import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, print } from './index'

const examplesDir = path.resolve(import.meta.dirname, '../../public/examples')
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.yml'))
  .sort()

const SYNTHETIC: Record<string, string> = {
  crlf: 'service: s\r\nprovider:\r\n  name: aws\r\nfunctions:\r\n  a:\r\n    handler: a.h # note\r\n',
  'tabs in comments':
    'service: s\n#\tcomment\twith tabs\nfunctions:\n  a:\n    handler: a.h\t# trailing\n',
  'anchors and merge keys':
    'service: s\nx-base: &base\n  memorySize: 256\n  timeout: 10\nfunctions:\n  a:\n    <<: *base\n    handler: a.h\n  b: { <<: *base, handler: b.h }\n',
  'block scalars':
    'service: s\nfunctions:\n  a:\n    handler: a.h\n    description: |\n      line one\n        indented\n\n    notes: >-\n      folded\n      text\n',
  'flow collections':
    "service: s\nfunctions: { a: { handler: a.h, events: [ { http: 'GET /x' }, {schedule: rate(1 hour)} ] } }\n",
  'quoted keys':
    'service: s\nfunctions:\n  \'quoted-fn\':\n    handler: a.h\n  "double":\n    handler: b.h\n',
  bom: '\uFEFFservice: s\nfunctions:\n  a:\n    handler: a.h\n',
  'no final newline': 'service: s\nfunctions:\n  a:\n    handler: a.h',
  'blank lines and odd spacing':
    '\n\nservice:    s   \n\n\nfunctions:\n\n  a:\n      handler:   a.h\n\n\n',
  'custom tags':
    'service: s\nprovider:\n  environment:\n    T: !Ref Table\n    A: !GetAtt [Table, Arn]\n    S: !Sub "${Table.Arn}/*"\n',
}

describe('parse then print gives back the same bytes', () => {
  it.each(Object.entries(SYNTHETIC))('%s', (_name, text) => {
    const result = parse(text)
    expect(result.ok).toBe(true)
    expect(print(result)).toBe(text)
  })

  it('reads the synthetic inputs as expected', () => {
    expect(parse(SYNTHETIC['anchors and merge keys']!).model.resources).toMatchObject([
      { id: 'function:a', memorySize: 256, timeout: 10 },
      { id: 'function:b', memorySize: 256, timeout: 10 },
    ])
    expect(parse(SYNTHETIC['quoted keys']!).model.resources.map((r) => r.id)).toEqual([
      'function:quoted-fn',
      'function:double',
    ])
    expect(parse(SYNTHETIC.crlf!).model.resources[0]).toMatchObject({ handler: 'a.h' })
    expect(parse(SYNTHETIC.bom!).model.service).toBe('s')
  })

  it.each(examples)('public/examples/%s', (file) => {
    const text = readFileSync(path.join(examplesDir, file), 'utf8')
    const result = parse(text)
    expect(result.ok).toBe(true)
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(print(result)).toBe(text)
  })
})
