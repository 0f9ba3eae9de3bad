import { describe, expect, it } from 'vitest'
import { carryOffset, minimalReplacement, type TextReplacement } from './textReplacement'

function apply(text: string, r: TextReplacement | null): string {
  return r ? text.slice(0, r.start) + r.text + text.slice(r.end) : text
}

describe('minimalReplacement', () => {
  it('is null for equal texts', () => {
    expect(minimalReplacement('a: 1\n', 'a: 1\n')).toBeNull()
  })

  it('touches only the changed middle', () => {
    const before = 'functions:\n  getUser:\n    memorySize: 256\n'
    const after = 'functions:\n  getUser:\n    memorySize: 1024\n'
    const r = minimalReplacement(before, after)
    expect(r).toEqual({ start: 38, end: 41, text: '1024' })
    expect(apply(before, r)).toBe(after)
  })

  it('handles insertions, deletions and repeated characters', () => {
    const cases: [string, string][] = [
      ['aaa', 'aaaa'],
      ['aaaa', 'aa'],
      ['', 'x: 1'],
      ['x: 1', ''],
      ['abcabc', 'abc'],
    ]
    for (const [before, after] of cases)
      expect(apply(before, minimalReplacement(before, after))).toBe(after)
  })

  it('never splits a surrogate pair', () => {
    const r = minimalReplacement('a😀', 'a😃')
    expect(r).toEqual({ start: 1, end: 3, text: '😃' })
  })
})

describe('carryOffset', () => {
  const before = 'functions:\n  getUser:\n    memorySize: 256\n  listUsers:\n'
  const after = before.replace('256', '1024')
  const replacement = minimalReplacement(before, after)!

  it('keeps an offset before the edit and shifts one after it by the change in length', () => {
    expect(carryOffset(2, replacement)).toBe(2)
    const cursor = before.indexOf('listUsers')
    expect(after.slice(carryOffset(cursor, replacement))).toMatch(/^listUsers/)
  })

  it('keeps an offset right at the edit where it was, not after the inserted text', () => {
    const insertion = { start: 5, end: 5, text: 'xyz' }
    expect(carryOffset(5, insertion)).toBe(5)
    expect(carryOffset(6, insertion)).toBe(9)
  })

  it('moves an offset inside replaced text to the start of the replacement', () => {
    const inside = before.indexOf('56')
    expect(carryOffset(inside, replacement)).toBe(replacement.start)
  })
})
