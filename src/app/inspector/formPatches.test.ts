import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { FunctionResource, QueueResource, TableResource } from '../../model/types'
import { applyPatches, parse, type Patch } from '../../serverless'
import { eventView } from './eventViews'
import {
  memoryPatch,
  provisionedConcurrencyPatch,
  renamePatch,
  reservedConcurrencyPatch,
  runtimePatch,
  timeoutPatch,
  type FormChange,
} from './functionPatches'
import {
  addIndexPatch,
  billingModePatch,
  capacityPatch,
  deadLetterQueuePatch,
  rangeKeyPatch,
  streamPatch,
} from './resourcePatches'
import { functionSource, readSourceConfig } from './sourceConfig'

const TEXT = readFileSync('public/examples/rest-api-dynamodb.yml', 'utf8')
const MODEL = parse(TEXT).model

function resource<K extends string>(id: string, kind: K) {
  const found = MODEL.resources.find((r) => r.id === id)
  if (found?.kind !== kind) throw new Error(`no ${kind} ${id}`)
  return found
}
const getUser = resource('function:getUser', 'function') as FunctionResource
const usersTable = resource('table:UsersTable', 'table') as TableResource

function patchOf(changeResult: FormChange): Patch {
  if (!changeResult.ok || !changeResult.patch) throw new Error(JSON.stringify(changeResult))
  return changeResult.patch
}

/** The lines between the common prefix and suffix of two texts: what a patch replaced or added. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n')
  const b = after.split('\n')
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) }
}

function applied(patch: Patch): string {
  const result = applyPatches(TEXT, [patch])
  if (!result.ok) throw new Error(result.error)
  return result.text
}

describe('function form changes', () => {
  it('turns a memory size into one setFunctionProperty that adds one line', () => {
    const patch = patchOf(memoryPatch(getUser, '512'))
    expect(patch).toEqual({
      op: 'setFunctionProperty',
      name: 'getUser',
      property: 'memorySize',
      value: 512,
    })
    expect(changedLines(TEXT, applied(patch))).toEqual({
      removed: [],
      added: ['    memorySize: 512'],
    })
  })

  it('writes nothing for the value in force, and refuses an invalid one', () => {
    expect(memoryPatch(getUser, '256')).toEqual({ ok: true, patch: null })
    expect(memoryPatch(getUser, '64').ok).toBe(false)
    expect(timeoutPatch(getUser, '901').ok).toBe(false)
    expect(patchOf(timeoutPatch(getUser, '30'))).toMatchObject({ property: 'timeout', value: 30 })
  })

  it('renames through renameFunction, refusing a taken name', () => {
    const names = ['getUser', 'listUsers']
    expect(patchOf(renamePatch(getUser, 'readUser', names))).toEqual({
      op: 'renameFunction',
      from: 'getUser',
      to: 'readUser',
    })
    expect(renamePatch(getUser, 'listUsers', names).ok).toBe(false)
    expect(renamePatch(getUser, 'getUser', names)).toEqual({ ok: true, patch: null })
  })

  it('clears concurrency on an empty field and keeps provisioned within reserved', () => {
    const reserved: FunctionResource = { ...getUser, reservedConcurrency: 5 }
    expect(patchOf(reservedConcurrencyPatch(reserved, ''))).toMatchObject({ value: undefined })
    expect(provisionedConcurrencyPatch(reserved, '6').ok).toBe(false)
    const provisioned: FunctionResource = { ...reserved, provisionedConcurrency: 4 }
    expect(reservedConcurrencyPatch(provisioned, '3').ok).toBe(false)
  })

  it('maps "inherit from provider" to removing the function runtime', () => {
    expect(runtimePatch('getUser', undefined, '')).toBeNull()
    expect(runtimePatch('getUser', 'python3.12', '')).toMatchObject({ value: undefined })
    const set = runtimePatch('getUser', undefined, 'python3.13')
    expect(set).toMatchObject({ property: 'runtime', value: 'python3.13' })
    expect(changedLines(TEXT, applied(set!)).added).toEqual(['    runtime: python3.13'])
  })
})

describe('table and queue form changes', () => {
  it('switches billing to PROVISIONED with a throughput block', () => {
    const patch = billingModePatch(usersTable, 'PROVISIONED')
    expect(patch).toEqual({ op: 'updateTable', name: 'UsersTable', billingMode: 'PROVISIONED' })
    expect(applied(patch!)).toContain('ProvisionedThroughput')
    expect(billingModePatch(usersTable, 'PAY_PER_REQUEST')).toBeNull()
  })

  it('validates capacity units and keys, and maps the stream choice', () => {
    const provisioned: TableResource = { ...usersTable, billingMode: 'PROVISIONED', rcu: 5 }
    expect(capacityPatch(provisioned, 'rcu', '0').ok).toBe(false)
    expect(patchOf(capacityPatch(provisioned, 'wcu', '10'))).toEqual({
      op: 'updateTable',
      name: 'UsersTable',
      wcu: 10,
    })
    expect(rangeKeyPatch(usersTable, '', 'S')).toEqual({ ok: true, patch: null })
    expect(patchOf(rangeKeyPatch(usersTable, 'createdAt', 'N'))).toMatchObject({
      rangeKey: { name: 'createdAt', type: 'N' },
    })
    expect(streamPatch(usersTable, '')).toBeNull()
    expect(streamPatch(usersTable, 'NEW_IMAGE')).toMatchObject({ stream: 'NEW_IMAGE' })
    expect(streamPatch({ ...usersTable, stream: 'KEYS_ONLY' }, '')).toMatchObject({ stream: null })
  })

  it('adds an index only with a valid, new name and a hash key', () => {
    const form = { name: 'byEmail', hashKey: 'email', hashKeyType: 'S' as const }
    const patch = patchOf(addIndexPatch(usersTable, form))
    expect(patch).toMatchObject({ op: 'addTableIndex', index: { name: 'byEmail' } })
    expect(applied(patch)).toContain('IndexName: byEmail')
    expect(addIndexPatch(usersTable, { ...form, hashKey: '' }).ok).toBe(false)
  })

  it('sets and removes a dead-letter queue by logical id', () => {
    const queue = { kind: 'queue', name: 'Jobs', fifo: false } as QueueResource
    expect(deadLetterQueuePatch(queue, '')).toBeNull()
    expect(deadLetterQueuePatch(queue, 'JobsDlq')).toMatchObject({ deadLetterQueue: 'JobsDlq' })
    const withDlq = { ...queue, deadLetterQueue: 'queue:JobsDlq' } as QueueResource
    expect(deadLetterQueuePatch(withDlq, '')).toMatchObject({ deadLetterQueue: null })
  })
})

describe('event views', () => {
  it('reads the events of a function as written', () => {
    const source = functionSource(readSourceConfig(TEXT), 'getUser')
    expect(source.own['handler']).toBe('src/users.get')
    expect(source.events.map(eventView)).toEqual([
      { kind: 'api', type: 'http', path: 'users/{id}', method: 'GET' },
    ])
  })

  it('understands short forms and several schedule rates', () => {
    const view = (type: string, body: unknown) => eventView({ index: 0, type, body: body as never })
    expect(view('httpApi', 'POST /orders')).toEqual({
      kind: 'api',
      type: 'httpApi',
      path: '/orders',
      method: 'POST',
    })
    expect(view('schedule', 'rate(5 minutes)')).toMatchObject({ rate: 'rate(5 minutes)' })
    expect(
      view('schedule', { rate: ['rate(1 hour)', 'cron(0 1 * * ? *)'], enabled: false }),
    ).toMatchObject({ rate: undefined, enabled: false, summary: 'rate(1 hour); cron(0 1 * * ? *)' })
    expect(view('sqs', { arn: { 'Fn::GetAtt': ['Jobs', 'Arn'] }, batchSize: 5 })).toEqual({
      kind: 'batch',
      type: 'sqs',
      batchSize: 5,
      summary: '!GetAtt Jobs.Arn',
    })
    expect(view('s3', 'uploads')).toMatchObject({ bucket: 'uploads', event: 's3:ObjectCreated:*' })
    expect(view('cloudFront', { eventType: 'viewer-request' })).toMatchObject({ kind: 'other' })
  })

  it('gives nothing for a file that does not parse', () => {
    expect(readSourceConfig('a: [')).toBeNull()
    expect(functionSource(null, 'x').events).toEqual([])
  })
})
