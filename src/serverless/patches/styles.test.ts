import { describe, expect, it } from 'vitest'
import { describeDiff } from '../edit/lineDiff'
import { applyPatches } from './applyPatch'
import { textOf } from './testText'

describe('patches on unusual layouts', () => {
  it('edits a flow-style file by re-rendering only the flow nodes it changes', () => {
    const text =
      'service: flow\nfunctions:\n  a: {handler: a.h, events: [{schedule: rate(1 hour)}]} # compact\n  b: {handler: b.h}\n'
    const after = textOf(
      applyPatches(text, [
        { op: 'setFunctionProperty', name: 'a', property: 'timeout', value: 30 },
        { op: 'addEvent', function: 'b', event: { type: 'httpApi', path: '/b', method: 'GET' } },
        { op: 'removeEvent', function: 'a', index: 0 },
      ]),
    )
    expect(describeDiff(text, after)).toMatchInlineSnapshot(`
      "-3:   a: {handler: a.h, events: [{schedule: rate(1 hour)}]} # compact
      -4:   b: {handler: b.h}
      +3:   a: {handler: a.h, timeout: 30} # compact
      +4:   b: {handler: b.h, events: [{httpApi: {path: /b, method: GET}}]}"
    `)
  })

  it('keeps CRLF line endings and comments everywhere', () => {
    const text = [
      '# head',
      'functions: # all of them',
      '  # first',
      '  api: # the api',
      '    handler: h.api # handler',
      '    # events follow',
      '    events: # list',
      '      - http: GET / # root',
      '      # trailing',
      '# tail',
      '',
    ].join('\r\n')
    const after = textOf(
      applyPatches(text, [
        { op: 'setFunctionProperty', name: 'api', property: 'memorySize', value: 256 },
        { op: 'addEvent', function: 'api', event: { type: 'schedule', rate: 'rate(1 day)' } },
        { op: 'addFunction', name: 'next' },
      ]),
    )
    expect(after.replace(/\r\n/g, '')).not.toContain('\n')
    expect(describeDiff(text, after)).toMatchInlineSnapshot(`
      "+9:       - schedule: rate(1 day)⏎
      +11:     memorySize: 256⏎
      +12:   next:⏎
      +13:     handler: src/handlers/next.handler⏎"
    `)
  })
})
