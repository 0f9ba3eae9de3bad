import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMap } from 'yaml'
import type { ResourceId } from '../../model/types'
import { loadDocument } from '../document'
import { isEditable, nodeAt, openEditable, type Editable, type Path } from '../edit'
import { pairSpan } from '../edit/geometry'
import { diffLines } from '../edit/lineDiff'
import { findPair } from '../edit/locate'
import { parse } from '../index'
import { toPlain, type Plain } from '../plain'
import { applyPatch } from './applyPatch'
import type { Patch } from './patch'
import { declaredResources, functionNames } from './service'
import { SMALL_SERVICE } from './testText'

const repoRoot = path.resolve(import.meta.dirname, '../../..')
const corpusDir = path.resolve(repoRoot, '../shared/corpus')
const examplesDir = path.resolve(repoRoot, 'public/examples')
const filesIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))

const STARTS: readonly string[] = [
  ...filesIn(corpusDir),
  ...filesIn(examplesDir),
  SMALL_SERVICE,
  SMALL_SERVICE.replace(/\n/g, '\r\n'),
  'service: flow\nprovider: {name: aws, runtime: nodejs20.x}\nfunctions:\n  a: {handler: a.h, environment: {X: "1"}, events: [{schedule: rate(1 hour)}]}\n',
  'service: wide\nfunctions:\n    a:\n        handler: a.h\n        events:\n        - http: GET /\nresources:\n    Resources:\n        Q:\n            Type: AWS::SQS::Queue',
  '',
]

/** An abstract step; picks are resolved against the document as it is when the step runs. */
type Step =
  | { kind: 'memory'; pick: number; value: number }
  | { kind: 'clearMemory'; pick: number }
  | { kind: 'addFunction'; name: string }
  | { kind: 'removeFunction'; pick: number }
  | { kind: 'renameFunction'; pick: number; name: string }
  | { kind: 'env'; pick: number; variable: string; value: string | undefined }
  | { kind: 'schedule'; pick: number; minutes: number }
  | { kind: 'removeEvent'; pick: number; index: number }
  | { kind: 'addQueue'; name: string }
  | { kind: 'addTable'; name: string; provisioned: boolean }
  | { kind: 'connect'; pick: number; target: number }
  | { kind: 'disconnect'; pick: number; target: number }
  | { kind: 'removeResource'; target: number }

const fnName = fc.constantFrom('alpha', 'beta', 'gamma-fn', 'delta_2')
const logicalId = fc.constantFrom('JobsQueue', 'OrdersTable', 'Extra1', 'Extra2')
const pick = fc.nat(20)
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('memory' as const),
    pick,
    value: fc.integer({ min: 128, max: 10_240 }),
  }),
  fc.record({ kind: fc.constant('clearMemory' as const), pick }),
  fc.record({ kind: fc.constant('addFunction' as const), name: fnName }),
  fc.record({ kind: fc.constant('removeFunction' as const), pick }),
  fc.record({ kind: fc.constant('renameFunction' as const), pick, name: fnName }),
  fc.record({
    kind: fc.constant('env' as const),
    pick,
    variable: fc.constantFrom('A', 'LOG_LEVEL', 'TABLE'),
    value: fc.option(fc.constantFrom('x', 'yes', '123', 'a: b', "it's", '#hash', ''), {
      nil: undefined,
    }),
  }),
  fc.record({
    kind: fc.constant('schedule' as const),
    pick,
    minutes: fc.integer({ min: 1, max: 90 }),
  }),
  fc.record({ kind: fc.constant('removeEvent' as const), pick, index: fc.nat(3) }),
  fc.record({ kind: fc.constant('addQueue' as const), name: logicalId }),
  fc.record({ kind: fc.constant('addTable' as const), name: logicalId, provisioned: fc.boolean() }),
  fc.record({ kind: fc.constant('connect' as const), pick, target: fc.nat(20) }),
  fc.record({ kind: fc.constant('disconnect' as const), pick, target: fc.nat(20) }),
  fc.record({ kind: fc.constant('removeResource' as const), target: fc.nat(20) }),
)

const TARGET_KINDS: Readonly<Record<string, string>> = {
  'AWS::DynamoDB::Table': 'table',
  'AWS::SQS::Queue': 'queue',
  'AWS::SNS::Topic': 'topic',
  'AWS::S3::Bucket': 'bucket',
}

interface Planned {
  readonly patch: Patch
  /** 1-based inclusive line ranges of the old text the patch may change; undefined: anywhere. */
  readonly mayTouch?: readonly (readonly [number, number])[]
  /** What must hold in the new document. */
  readonly check: (plain: Plain, text: string) => void
}

const at = (plain: Plain, path: Path): Plain | undefined => {
  let node: Plain | undefined = plain
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = Array.isArray(node) ? node[key as number] : node[key as string]
  }
  return node
}

/** Line range of a function's entry (with its comments and neighbouring blank lines). */
function functionLines(ed: Editable, name: string): readonly [number, number] {
  const functions = nodeAt(ed.doc.contents, ['functions'])
  const pair = isMap(functions) ? findPair(functions, name) : undefined
  if (!pair) return [0, 0]
  const span = pairSpan(ed.text, pair)
  const line = (offset: number) => ed.text.slice(0, offset).split('\n').length
  return [line(span.commentsStart) - 1, line(span.end) + 1]
}

function plan(ed: Editable, s: Step): Planned | undefined {
  const fns = functionNames(ed)
  const fn = fns.length > 0 ? fns[('pick' in s ? s.pick : 0) % fns.length] : undefined
  const targets = [...declaredResources(ed)].filter(([, type]) => TARGET_KINDS[type])
  const target =
    'target' in s && targets.length > 0 ? targets[s.target % targets.length] : undefined
  const noRemoval: readonly (readonly [number, number])[] = []
  switch (s.kind) {
    case 'memory':
      if (!fn) return undefined
      return {
        patch: { op: 'setFunctionProperty', name: fn, property: 'memorySize', value: s.value },
        mayTouch: [functionLines(ed, fn)],
        check: (plain, text) => {
          expect(at(plain, ['functions', fn, 'memorySize'])).toBe(s.value)
          const model = parse(text).model.resources.find((r) => r.id === `function:${fn}`)
          if (model?.kind === 'function') expect(model.memorySize).toBe(s.value)
        },
      }
    case 'clearMemory':
      if (!fn) return undefined
      return {
        patch: { op: 'setFunctionProperty', name: fn, property: 'memorySize', value: undefined },
        mayTouch: [functionLines(ed, fn)],
        check: (plain) => expect(at(plain, ['functions', fn, 'memorySize'])).toBeUndefined(),
      }
    case 'addFunction':
      return {
        patch: { op: 'addFunction', name: s.name },
        mayTouch:
          nodeAt(ed.doc.contents, ['functions']) === undefined ? noRemoval : [functionsHeader(ed)],
        check: (plain) =>
          expect(at(plain, ['functions', s.name, 'handler'])).toBe(
            `src/handlers/${s.name}.handler`,
          ),
      }
    case 'removeFunction':
      if (!fn) return undefined
      return {
        patch: { op: 'removeFunction', name: fn },
        mayTouch: [functionLines(ed, fn), functionsHeader(ed)],
        check: (plain) => expect(at(plain, ['functions', fn])).toBeUndefined(),
      }
    case 'renameFunction':
      if (!fn) return undefined
      return {
        patch: { op: 'renameFunction', from: fn, to: s.name },
        check: (plain) => {
          if (fn !== s.name) expect(at(plain, ['functions', fn])).toBeUndefined()
          expect(at(plain, ['functions', s.name])).toBeDefined()
        },
      }
    case 'env':
      if (!fn) return undefined
      return {
        patch: { op: 'setEnvironmentVariable', function: fn, variable: s.variable, value: s.value },
        mayTouch: [functionLines(ed, fn)],
        check: (plain) =>
          expect(at(plain, ['functions', fn, 'environment', s.variable])).toBe(s.value),
      }
    case 'schedule': {
      if (!fn) return undefined
      const count = eventCount(ed, fn)
      const rate = `rate(${s.minutes} minute${s.minutes === 1 ? '' : 's'})`
      return {
        patch: { op: 'addEvent', function: fn, event: { type: 'schedule', rate } },
        mayTouch: [functionLines(ed, fn)],
        check: (plain) =>
          expect(at(plain, ['functions', fn, 'events', count])).toEqual({ schedule: rate }),
      }
    }
    case 'removeEvent': {
      if (!fn) return undefined
      const count = eventCount(ed, fn)
      if (count === 0) return undefined
      return {
        patch: { op: 'removeEvent', function: fn, index: s.index % count },
        mayTouch: [functionLines(ed, fn)],
        check: (plain) => expect(eventsOf(plain, fn).length).toBe(count - 1),
      }
    }
    case 'addQueue':
      return {
        patch: { op: 'addQueue', name: s.name },
        check: (plain) =>
          expect(at(plain, ['resources', 'Resources', s.name, 'Type'])).toBe('AWS::SQS::Queue'),
      }
    case 'addTable':
      return {
        patch: {
          op: 'addTable',
          name: s.name,
          billingMode: s.provisioned ? 'PROVISIONED' : 'PAY_PER_REQUEST',
        },
        check: (plain) =>
          expect(at(plain, ['resources', 'Resources', s.name, 'Type'])).toBe(
            'AWS::DynamoDB::Table',
          ),
      }
    case 'connect':
    case 'disconnect': {
      if (!fn || !target) return undefined
      const id = `${TARGET_KINDS[target[1]]}:${target[0]}` as ResourceId
      return {
        patch: {
          op: s.kind === 'connect' ? 'connectAccess' : 'disconnectAccess',
          function: fn,
          target: id,
        },
        check: (_plain, text) => {
          const edges = parse(text).model.edges.filter(
            (e) => e.kind === 'access' && e.from === `function:${fn}` && e.to === id,
          )
          if (s.kind === 'connect') expect(edges.length).toBe(1)
        },
      }
    }
    case 'removeResource':
      if (!target) return undefined
      return {
        patch: { op: 'removeResource', name: target[0] },
        check: (plain) => expect(at(plain, ['resources', 'Resources', target[0]])).toBeUndefined(),
      }
  }
}

/** The `functions:` line itself (an emptied `functions` map is removed with its key). */
function functionsHeader(ed: Editable): readonly [number, number] {
  const functions = nodeAt(ed.doc.contents, [])
  const pair = isMap(functions) ? findPair(functions, 'functions') : undefined
  if (!pair?.key || !('range' in pair.key) || !pair.key.range) return [0, 0]
  const line = ed.text.slice(0, pair.key.range[0]).split('\n').length
  return [line - 2, line]
}

function eventsOf(plain: Plain, fn: string): Plain[] {
  const events = at(plain, ['functions', fn, 'events'])
  return Array.isArray(events) ? events : []
}

function eventCount(ed: Editable, fn: string): number {
  return eventsOf(toPlain(ed.doc.contents), fn).length
}

describe('random sequences of patches', () => {
  it('keep the YAML valid, show each change, and leave untouched lines as they were', () => {
    const applied = new Map<string, number>()
    fc.assert(
      fc.property(
        fc.constantFrom(...STARTS),
        fc.array(step, { minLength: 1, maxLength: 6 }),
        (start, steps) => {
          let text = start
          for (const s of steps) {
            const ed = openEditable(text)
            if (!isEditable(ed)) throw new Error(ed.error)
            const planned = plan(ed, s)
            if (!planned) continue
            const result = applyPatch(text, planned.patch)
            if (!result.ok) {
              // A refusal is a message, never a half-edited text.
              expect(result.error.length).toBeGreaterThan(10)
              continue
            }
            const loaded = loadDocument(result.text)
            expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
            planned.check(toPlain(loaded.doc!.contents), result.text)
            if (planned.mayTouch) {
              const { removed } = diffLines(text, result.text)
              // Appending after a last line without a line break has to give that line one.
              const lastOpen = !text.endsWith('\n') ? text.split('\n').length : -1
              for (const line of removed.filter((n) => n !== lastOpen)) {
                const allowed = planned.mayTouch.some(([from, to]) => line >= from && line <= to)
                if (!allowed)
                  throw new Error(
                    `${planned.patch.op} changed line ${line}: ${text.split('\n')[line - 1]}`,
                  )
              }
            }
            // The line ending style of the file never changes.
            if (start.includes('\r\n')) expect(result.text.replace(/\r\n/g, '')).not.toContain('\n')
            applied.set(planned.patch.op, (applied.get(planned.patch.op) ?? 0) + 1)
            text = result.text
          }
        },
      ),
      { numRuns: 150 },
    )
    // Guard against a vacuous run: most kinds of patch were applied, not only refused.
    expect(applied.size).toBeGreaterThanOrEqual(10)
  })
})
