import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from '../index'
import { describeDiff, diffLines } from '../edit/lineDiff'
import { openEditable, isEditable } from '../edit'
import { applyPatch } from './applyPatch'
import { functionNames } from './service'
import { textOf } from './testText'

const repoRoot = path.resolve(import.meta.dirname, '../../..')
const corpusDir = path.resolve(repoRoot, '../shared/corpus')
const corpusFiles = readdirSync(corpusDir).filter((f) => f.endsWith('.yml'))
const read = (file: string) => readFileSync(path.join(corpusDir, file), 'utf8')

const namesOf = (text: string) => {
  const ed = openEditable(text)
  return isEditable(ed) ? functionNames(ed) : []
}

describe('patches on real files', () => {
  it('sets memorySize on a function of the REST example with a one-line diff', () => {
    const text = read('aws-node-rest-api-with-dynamodb__serverless.yml')
    const after = textOf(
      applyPatch(text, {
        op: 'setFunctionProperty',
        name: 'get',
        property: 'memorySize',
        value: 512,
      }),
    )
    expect(describeDiff(text, after)).toMatchInlineSnapshot(`"+47:     memorySize: 512"`)
    const get = parse(after).model.resources.find((r) => r.id === 'function:get')
    expect(get).toMatchObject({ memorySize: 512 })
  })

  it.each(corpusFiles)('%s: memorySize of each function changes exactly one line', (file) => {
    const text = read(file)
    for (const name of namesOf(text)) {
      const result = applyPatch(text, {
        op: 'setFunctionProperty',
        name,
        property: 'memorySize',
        value: 1536,
      })
      if (!result.ok) throw new Error(`${name}: ${result.error}`)
      const { removed, added } = diffLines(text, result.text)
      expect(added.length).toBe(1)
      expect(removed.length).toBeLessThanOrEqual(1)
    }
  })

  it.each(corpusFiles)('%s: adding then removing a function gives back the same bytes', (file) => {
    const text = read(file)
    const added = applyPatch(text, { op: 'addFunction', name: 'canvasAdded' })
    if (!added.ok) {
      expect(added.error).toMatch(/another file/)
      return
    }
    expect(diffLines(text, added.text).removed).toEqual([])
    expect(textOf(applyPatch(added.text, { op: 'removeFunction', name: 'canvasAdded' }))).toBe(text)
  })
})

describe('a patch that writes the value already there changes no byte', () => {
  const examplesDir = path.resolve(repoRoot, 'public/examples')
  const inputs = [
    ...corpusFiles.map((f) => path.join(corpusDir, f)),
    ...readdirSync(examplesDir)
      .filter((f) => f.endsWith('.yml'))
      .map((f) => path.join(examplesDir, f)),
  ]
  it.each(inputs.map((p) => [path.basename(p), p]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8')
    const model = parse(text).model
    for (const fn of model.resources) {
      if (fn.kind !== 'function' || fn.origin !== 'functions' || !fn.handler) continue
      // The handler as written: the parsed value, unless a variable made it differ.
      if (fn.handler.includes('${')) continue
      const same = applyPatch(text, {
        op: 'setFunctionProperty',
        name: fn.name,
        property: 'handler',
        value: fn.handler,
      })
      expect(
        same.ok && same.text === text,
        `${fn.name}: ${same.ok ? describeDiff(text, same.text) : same.error}`,
      ).toBe(true)
    }
  })
})
