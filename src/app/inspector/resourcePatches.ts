import type { BillingMode, QueueResource, TableResource } from '../../model/types'
import type { KeySpec, Patch, StreamViewType } from '../../serverless/patches'
import { change, fromChecked, unchanged, type FormChange } from './functionPatches'
import {
  checkAttributeName,
  checkCapacityUnits,
  checkIndexName,
  checkMaxReceiveCount,
  checkVisibilityTimeout,
} from './validation'

/** Form changes of tables, queues, buckets and topics, each as the one patch it means. */

export type KeyType = KeySpec['type']
export const KEY_TYPES: readonly KeyType[] = ['S', 'N', 'B']

export function keyType(value: string | undefined): KeyType {
  return value === 'N' || value === 'B' ? value : 'S'
}

export function billingModePatch(table: TableResource, mode: BillingMode): Patch | null {
  if (mode === table.billingMode) return null
  return { op: 'updateTable', name: table.name, billingMode: mode }
}

export function capacityPatch(table: TableResource, which: 'rcu' | 'wcu', raw: string): FormChange {
  const label = which === 'rcu' ? 'Read capacity' : 'Write capacity'
  return fromChecked(checkCapacityUnits(raw, label), table[which], (value) => ({
    op: 'updateTable',
    name: table.name,
    [which]: value,
  }))
}

export function hashKeyPatch(table: TableResource, rawName: string, type: KeyType): FormChange {
  const checked = checkAttributeName(rawName)
  if (!checked.ok) return checked
  const current = table.keys.hash
  if (current?.name === checked.value && keyType(current.type) === type) return unchanged
  return change({ op: 'updateTable', name: table.name, hashKey: { name: checked.value, type } })
}

/** An empty name removes the range (sort) key. */
export function rangeKeyPatch(table: TableResource, rawName: string, type: KeyType): FormChange {
  const current = table.keys.range
  if (rawName.trim() === '') {
    return current ? change({ op: 'updateTable', name: table.name, rangeKey: null }) : unchanged
  }
  const checked = checkAttributeName(rawName)
  if (!checked.ok) return checked
  if (current?.name === checked.value && keyType(current.type) === type) return unchanged
  return change({ op: 'updateTable', name: table.name, rangeKey: { name: checked.value, type } })
}

export const STREAM_VIEW_TYPES: readonly StreamViewType[] = [
  'NEW_IMAGE',
  'OLD_IMAGE',
  'NEW_AND_OLD_IMAGES',
  'KEYS_ONLY',
]

/** `''` turns the stream off. */
export function streamPatch(table: TableResource, choice: string): Patch | null {
  const next = STREAM_VIEW_TYPES.find((t) => t === choice) ?? null
  if (next === (table.stream ?? null)) return null
  return { op: 'updateTable', name: table.name, stream: next }
}

export interface NewIndexForm {
  readonly name: string
  readonly hashKey: string
  readonly hashKeyType: KeyType
}

export function addIndexPatch(table: TableResource, form: NewIndexForm): FormChange {
  const existing = [...table.gsis, ...table.lsis].map((i) => i.name)
  const name = checkIndexName(form.name, existing)
  if (!name.ok) return name
  const hash = checkAttributeName(form.hashKey)
  if (!hash.ok) return hash
  return change({
    op: 'addTableIndex',
    table: table.name,
    index: { name: name.value, hashKey: { name: hash.value, type: form.hashKeyType } },
  })
}

export function removeIndexPatch(table: TableResource, indexName: string): Patch {
  return { op: 'removeTableIndex', table: table.name, indexName }
}

export const visibilityTimeoutPatch = (queue: QueueResource, raw: string) =>
  fromChecked(checkVisibilityTimeout(raw), queue.visibilityTimeout, (value) => ({
    op: 'updateQueue',
    name: queue.name,
    visibilityTimeout: value,
  }))

export const maxReceiveCountPatch = (queue: QueueResource, raw: string) =>
  fromChecked(checkMaxReceiveCount(raw), queue.maxReceiveCount, (value) => ({
    op: 'updateQueue',
    name: queue.name,
    maxReceiveCount: value,
  }))

/** `''` removes the queue's redrive policy; otherwise the logical id of the dead-letter queue. */
export function deadLetterQueuePatch(queue: QueueResource, logicalId: string): Patch | null {
  const current = queue.deadLetterQueue?.replace(/^queue:/, '') ?? ''
  if (logicalId === current) return null
  return {
    op: 'updateQueue',
    name: queue.name,
    deadLetterQueue: logicalId === '' ? null : logicalId,
  }
}

/** A bucket's `BucketName` or a topic's `TopicName`; empty lets CloudFormation name it. */
export function physicalNamePatch(
  logicalId: string,
  property: 'BucketName' | 'TopicName',
  raw: string,
  current: string | undefined,
): FormChange {
  const value = raw.trim()
  if ((current ?? '') === value) return unchanged
  if (value !== '' && /\s/.test(value)) return { ok: false, error: 'A name has no spaces.' }
  return change({
    op: 'setResourceProperty',
    name: logicalId,
    path: [property],
    value: value === '' ? undefined : value,
  })
}
