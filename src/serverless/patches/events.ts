import { isMap, isScalar, type Node } from 'yaml'
import { appendIn, deleteIn, fail, nodeAt, setIn, type EditResult, type NewValue } from '../edit'
import { keyString } from '../plain'
import type { AddEvent, RemoveEvent, UpdateEvent } from './patch'
import { batchSizeProblem, eventEntry, methodProblem, scheduleProblem } from './eventSpec'
import { FUNCTIONS, isFailure, plainAt, requireFunction, runSteps, withEditable } from './service'
import { enableTableStream } from './tables'

export function addEvent(text: string, patch: AddEvent): EditResult {
  return withEditable(text, (ed) => {
    const fn = requireFunction(ed, patch.function)
    if (isFailure(fn)) return fn
    const entry = eventEntry(ed, patch.event)
    if (isFailure(entry)) return entry
    const table = patch.event.type === 'stream' ? patch.event.table : undefined
    return runSteps(text, [
      // A stream event reads the table's stream, so the table must have one.
      (t) => (table ? enableTableStream(t, table) : { ok: true, text: t }),
      (t) => appendIn(t, [...FUNCTIONS, patch.function, 'events'], entry),
    ])
  })
}

export function removeEvent(text: string, patch: RemoveEvent): EditResult {
  return withEditable(text, (ed) => {
    const fn = requireFunction(ed, patch.function)
    if (isFailure(fn)) return fn
    const path = [...FUNCTIONS, patch.function, 'events', patch.index]
    if (nodeAt(ed.doc.contents, path) === undefined) {
      return fail(`Function "${patch.function}" has no event #${patch.index + 1}.`)
    }
    return deleteIn(text, path)
  })
}

/** The key a short form (`- schedule: rate(5 minutes)`) holds, when written out as a map. */
const SHORT_FORM_KEY: Readonly<Record<string, string>> = {
  schedule: 'rate',
  sqs: 'arn',
  stream: 'arn',
  websocket: 'route',
  s3: 'bucket',
  sns: 'topicName',
}

/**
 * Change settings of one event. A short form is first written out as a map (`- sqs: arn` →
 * `- sqs:\n    arn: ...`) when a setting needs a place of its own; setting the short form's
 * own key (`rate` of `- schedule: rate(...)`) replaces the value in place.
 */
export function updateEvent(text: string, patch: UpdateEvent): EditResult {
  return withEditable(text, (ed) => {
    const fn = requireFunction(ed, patch.function)
    if (isFailure(fn)) return fn
    const eventPath = [...FUNCTIONS, patch.function, 'events', patch.index]
    const event = nodeAt(ed.doc.contents, eventPath)
    if (!isMap(event) || event.items.length === 0) {
      return fail(`Function "${patch.function}" has no event #${patch.index + 1}.`)
    }
    const type = keyString(event.items[0]!.key)
    for (const [key, value] of Object.entries(patch.settings)) {
      const problem = settingProblem(key, value)
      if (problem) return fail(problem)
    }
    const bodyPath = [...eventPath, type]
    const body = nodeAt(ed.doc.contents, bodyPath)
    const steps: ((t: string) => EditResult)[] = []
    let settings = Object.entries(patch.settings)
    if (isScalar(body) && body.value !== null) {
      const expanded = expandShortForm(type, body, plainAt(ed, bodyPath))
      const own = Object.keys(expanded)
      if (
        settings.length === 1 &&
        own.length === 1 &&
        settings[0]![0] === own[0] &&
        settings[0]![1] !== undefined
      ) {
        return setIn(text, bodyPath, settings[0]![1])
      }
      const merged: Record<string, NewValue> = { ...expanded }
      for (const [key, value] of settings) {
        if (value === undefined) delete merged[key]
        else merged[key] = value
      }
      return setIn(text, bodyPath, merged)
    }
    settings = settings.filter(
      ([key, value]) =>
        value !== undefined || nodeAt(ed.doc.contents, [...bodyPath, key]) !== undefined,
    )
    for (const [key, value] of settings) {
      steps.push((t) =>
        value === undefined ? deleteIn(t, [...bodyPath, key]) : setIn(t, [...bodyPath, key], value),
      )
    }
    return runSteps(text, steps)
  })
}

function expandShortForm(type: string, node: Node, plain: unknown): Record<string, NewValue> {
  const value = typeof plain === 'string' ? plain : ''
  if (type === 'http' || type === 'httpApi') {
    if (value === '*') return { method: '*', path: '*' }
    const [method = 'ANY', ...path] = value.split(/\s+/)
    return { method, path: path.join(' ') }
  }
  if (type === 'sns' && value.startsWith('arn:')) return { arn: node }
  return { [SHORT_FORM_KEY[type] ?? 'value']: node }
}

function settingProblem(key: string, value: unknown): string | undefined {
  if (value === undefined) return undefined
  switch (key) {
    case 'batchSize':
      return batchSizeProblem(value)
    case 'rate':
      return Array.isArray(value) ? undefined : scheduleProblem(value)
    case 'method':
      return typeof value === 'string' ? methodProblem(value) : 'method must be text.'
    default:
      return undefined
  }
}
