import { describe, expect, it } from 'vitest'
import { parse } from './index'

const messages = (text: string) => {
  const result = parse(text)
  expect(result.ok).toBe(false)
  return result.diagnostics.map((d) => `${d.code}: ${d.message}`)
}

describe('hostile input gets a clear diagnostic, never an exception', () => {
  it('an alias bomb', () => {
    let text = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n'
    let previous = 'a'
    for (let i = 0; i < 9; i++) {
      text += `b${i}: &b${i} [${Array(10).fill(`*${previous}`).join(', ')}]\n`
      previous = `b${i}`
    }
    expect(messages(text)).toEqual([
      'too-many-aliases: The document expands to more than 500,000 values (aliases repeated too often).',
    ])
  })

  it('a 10 MB file', () => {
    const text = `service: big\n# ${'x'.repeat(10_000_000)}\n`
    expect(messages(text)).toEqual([
      'too-large: The file is 10.0 MB; serverless.yml files larger than 2 MB are not opened.',
    ])
  })

  it('nesting 1,000 deep, flow and block', () => {
    expect(messages(`a: ${'['.repeat(1000)}${']'.repeat(1000)}\n`)).toEqual([
      'too-deep: The file nests about 1000 levels deep; more than 200 levels are not opened.',
    ])
    const block = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n')
    expect(messages(block)).toEqual([
      'too-deep: The file nests about 999 levels deep; more than 200 levels are not opened.',
    ])
  })

  it('binary junk', () => {
    const junk = String.fromCharCode(
      ...Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256),
    )
    expect(messages(junk)).toEqual([
      'not-text: The file holds a control character (U+001F) at line 1; a serverless.yml is plain text, so this looks like binary data.',
    ])
    expect(parse('service: s\nx: "\u0000"\n').diagnostics[0]).toMatchObject({
      code: 'not-text',
      range: { start: { line: 2, column: 5 } },
    })
  })

  it('documents that are not a mapping', () => {
    expect(messages('')).toEqual([
      'not-a-mapping: The file is empty; a serverless.yml is a mapping with service, provider and functions.',
    ])
    expect(messages('- a\n- b\n')).toEqual([
      'not-a-mapping: A serverless.yml is a mapping of keys (service, provider, functions...); this file holds a list.',
    ])
  })

  it('a variable that refers to itself', () => {
    const result = parse(
      'service: ${self:service}\ncustom:\n  a: ${self:custom.b}\n  b: ${self:custom.a}\n',
    )
    expect(result.ok).toBe(true)
    expect(result.diagnostics.map((d) => d.code)).toContain('variable-cycle')
  })
})
