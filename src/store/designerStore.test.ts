import { describe, expect, it, vi } from 'vitest'
import type { ServiceModel } from '../model/types'
import { resourceId } from '../model/types'
import type { ParseResult } from '../serverless'
import { createDesignerStore, type ParseServerless } from './designerStore'
import { countProblems, functionsOf } from './selectors'

/**
 * A stand-in codec: each `fn <name>` line is a function; text containing `!!broken` is not YAML.
 * It lets these tests pin down the store's own behaviour, whatever the real codec does.
 */
const fakeParse: ParseServerless = (text) => {
  const ok = !text.includes('!!broken')
  const names = ok ? [...text.matchAll(/^fn (\w+)$/gm)].map((m) => m[1] ?? '') : []
  const model: ServiceModel = {
    service: 'demo',
    provider: { region: 'us-east-1', stage: 'dev' },
    resources: names.map((name) => ({
      kind: 'function',
      id: resourceId('function', name),
      name,
      origin: 'functions',
      memorySize: 1024,
      timeout: 6,
      architecture: 'x86_64',
      environment: {},
    })),
    edges: [],
  }
  const result: ParseResult = {
    ok,
    model,
    diagnostics: ok ? [] : [{ severity: 'error', code: 'yaml-syntax', message: 'bad' }],
    ranges: {},
    text,
  }
  return result
}

function storeWith(yamlText: string, parse: ParseServerless = fakeParse) {
  return createDesignerStore({ designId: 'd1', name: 'Demo', yamlText, parse })
}

const functionNames = (model: ServiceModel) => functionsOf(model).map((f) => f.name)

describe('createDesignerStore', () => {
  it('parses the initial text', () => {
    const state = storeWith('fn a\nfn b').getState()
    expect(state.document).toEqual({ id: 1, name: 'Demo' })
    expect(state.parsed.ok).toBe(true)
    expect(functionNames(state.lastGoodModel)).toEqual(['a', 'b'])
  })
})

describe('setYamlText', () => {
  it('re-parses and records where the change came from', () => {
    const store = storeWith('fn a')
    store.getState().actions.setYamlText('fn a\nfn c', 'yaml')
    const state = store.getState()
    expect(state.yamlText).toBe('fn a\nfn c')
    expect(functionNames(state.lastGoodModel)).toEqual(['a', 'c'])
    expect(state.lastChange).toEqual({ origin: 'yaml', revision: 1 })

    store.getState().actions.setYamlText('fn z', 'canvas')
    expect(store.getState().lastChange).toEqual({ origin: 'canvas', revision: 2 })
  })

  it('keeps the last good model while the text does not parse', () => {
    const store = storeWith('fn a')
    store.getState().actions.setYamlText('fn a\n!!broken', 'yaml')
    let state = store.getState()
    expect(state.parsed.ok).toBe(false)
    expect(countProblems(state.parsed.diagnostics)).toEqual({ errors: 1, warnings: 0 })
    expect(functionNames(state.lastGoodModel)).toEqual(['a'])

    store.getState().actions.setYamlText('fn b', 'yaml')
    state = store.getState()
    expect(functionNames(state.lastGoodModel)).toEqual(['b'])
  })

  it('does nothing when the text is unchanged', () => {
    const parse = vi.fn(fakeParse)
    const store = storeWith('fn a', parse)
    const listener = vi.fn()
    store.subscribe(listener)
    store.getState().actions.setYamlText('fn a', 'yaml')
    expect(listener).not.toHaveBeenCalled()
    expect(parse).toHaveBeenCalledTimes(1)
  })
})

describe('openDesign', () => {
  it('starts a new document and replaces the model even when the new text is broken', () => {
    const store = storeWith('fn a')
    store.getState().actions.openDesign({ designId: 'd2', name: 'Other', yamlText: '!!broken' })
    const state = store.getState()
    expect(state.document).toEqual({ id: 2, name: 'Other' })
    expect(state.lastChange.origin).toBe('open')
    expect(state.lastChange.revision).toBe(1)
    expect(functionNames(state.lastGoodModel)).toEqual([])
  })
})
