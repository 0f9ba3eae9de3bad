import { appendIn, deleteIn, fail, setIn, type Editable, type EditResult } from '../edit'
import type { Plain } from '../plain'
import type {
  AddTable,
  AddTableIndex,
  IndexSpec,
  KeySpec,
  RemoveTableIndex,
  UpdateTable,
} from './patch'
import { addResource } from './resources'
import { findReferenceSites } from './referenceSites'
import { isFailure, plainAt, requireResource, RESOURCES, runSteps, withEditable } from './service'
import { syncAttributeDefinitions } from './attributeDefinitions'

/** Capacity written when a table or index becomes PROVISIONED without figures. */
const DEFAULT_CAPACITY = 5

type Record_ = { [key: string]: Plain }

export function addTable(text: string, patch: AddTable): EditResult {
  const hash = patch.hashKey ?? { name: 'id', type: 'S' }
  const keys = [hash, ...(patch.rangeKey ? [patch.rangeKey] : [])]
  const provisioned = patch.billingMode === 'PROVISIONED'
  if (!provisioned && (patch.rcu !== undefined || patch.wcu !== undefined)) {
    return fail('Read and write capacity apply only to a PROVISIONED table.')
  }
  const capacityProblem = capacityCheck(patch.rcu) ?? capacityCheck(patch.wcu)
  if (capacityProblem) return fail(capacityProblem)
  const properties: Record_ = {}
  if (patch.tableName !== undefined) properties.TableName = patch.tableName
  properties.AttributeDefinitions = uniqueKeys(keys).map((k) => ({
    AttributeName: k.name,
    AttributeType: k.type,
  }))
  properties.KeySchema = keySchema(hash, patch.rangeKey)
  properties.BillingMode = provisioned ? 'PROVISIONED' : 'PAY_PER_REQUEST'
  if (provisioned) properties.ProvisionedThroughput = throughput(patch.rcu, patch.wcu)
  if (patch.stream) properties.StreamSpecification = { StreamViewType: patch.stream }
  return addResource(text, patch.name, { Type: 'AWS::DynamoDB::Table', Properties: properties })
}

function uniqueKeys(keys: readonly KeySpec[]): KeySpec[] {
  return keys.filter((k, i) => keys.findIndex((o) => o.name === k.name) === i)
}

function keySchema(hash: KeySpec, range?: KeySpec): Plain[] {
  const schema: Plain[] = [{ AttributeName: hash.name, KeyType: 'HASH' }]
  if (range) schema.push({ AttributeName: range.name, KeyType: 'RANGE' })
  return schema
}

function throughput(rcu?: number, wcu?: number): Plain {
  return { ReadCapacityUnits: rcu ?? DEFAULT_CAPACITY, WriteCapacityUnits: wcu ?? DEFAULT_CAPACITY }
}

function capacityCheck(units: number | undefined): string | undefined {
  if (units === undefined) return undefined
  return Number.isInteger(units) && units >= 1 && units <= 1_000_000
    ? undefined
    : `Capacity units must be a whole number of at least 1, not ${units}.`
}

function tableProperties(ed: Editable, name: string): Record_ {
  const props = plainAt(ed, [...RESOURCES, name, 'Properties'])
  return props && typeof props === 'object' && !Array.isArray(props) ? props : {}
}

function listOf(value: Plain | undefined): Plain[] {
  return Array.isArray(value) ? value : []
}

/**
 * Change billing mode, capacity, keys or stream. Switching to on-demand removes every
 * ProvisionedThroughput (table and global indexes); switching to PROVISIONED adds them.
 * Key changes keep AttributeDefinitions to exactly the attributes keys use.
 */
export function updateTable(text: string, patch: UpdateTable): EditResult {
  return withEditable(text, (ed) => {
    const declared = requireResource(ed, patch.name, 'table')
    if (isFailure(declared)) return declared
    const base = [...RESOURCES, patch.name, 'Properties']
    const props = tableProperties(ed, patch.name)
    const current = props.BillingMode === 'PAY_PER_REQUEST' ? 'PAY_PER_REQUEST' : 'PROVISIONED'
    const mode = patch.billingMode ?? current
    const capacityProblem = capacityCheck(patch.rcu) ?? capacityCheck(patch.wcu)
    if (capacityProblem) return fail(capacityProblem)
    if (mode === 'PAY_PER_REQUEST' && (patch.rcu !== undefined || patch.wcu !== undefined)) {
      return fail(
        `${patch.name} is on-demand (PAY_PER_REQUEST); switch it to PROVISIONED to set capacity.`,
      )
    }
    const steps: ((t: string) => EditResult)[] = []
    const gsis = listOf(props.GlobalSecondaryIndexes)
    if (patch.billingMode === 'PAY_PER_REQUEST' && current !== 'PAY_PER_REQUEST') {
      steps.push((t) => setIn(t, [...base, 'BillingMode'], 'PAY_PER_REQUEST'))
      steps.push((t) => deleteIn(t, [...base, 'ProvisionedThroughput']))
      gsis.forEach((_gsi, i) =>
        steps.push((t) =>
          deleteIn(t, [...base, 'GlobalSecondaryIndexes', i, 'ProvisionedThroughput']),
        ),
      )
    }
    if (mode === 'PROVISIONED') {
      if (
        patch.billingMode === 'PROVISIONED' &&
        props.BillingMode !== undefined &&
        props.BillingMode !== 'PROVISIONED'
      ) {
        steps.push((t) => setIn(t, [...base, 'BillingMode'], 'PROVISIONED'))
      }
      const existing = props.ProvisionedThroughput
      if (existing === undefined) {
        steps.push((t) =>
          setIn(t, [...base, 'ProvisionedThroughput'], throughput(patch.rcu, patch.wcu)),
        )
      } else {
        if (patch.rcu !== undefined)
          steps.push((t) =>
            setIn(t, [...base, 'ProvisionedThroughput', 'ReadCapacityUnits'], patch.rcu!),
          )
        if (patch.wcu !== undefined)
          steps.push((t) =>
            setIn(t, [...base, 'ProvisionedThroughput', 'WriteCapacityUnits'], patch.wcu!),
          )
      }
      gsis.forEach((gsi, i) => {
        if (
          gsi &&
          typeof gsi === 'object' &&
          !Array.isArray(gsi) &&
          gsi.ProvisionedThroughput === undefined
        ) {
          steps.push((t) =>
            setIn(t, [...base, 'GlobalSecondaryIndexes', i, 'ProvisionedThroughput'], throughput()),
          )
        }
      })
    }
    if (patch.hashKey || patch.rangeKey !== undefined) {
      const keysStep = keyChanges(props, base, patch)
      if (isFailure(keysStep)) return keysStep
      steps.push(...keysStep)
      const types = new Map<string, string>()
      if (patch.hashKey) types.set(patch.hashKey.name, patch.hashKey.type)
      if (patch.rangeKey) types.set(patch.rangeKey.name, patch.rangeKey.type)
      steps.push((t) => syncAttributeDefinitions(t, patch.name, types))
    }
    if (patch.stream === null) {
      const problem = streamInUse(ed, patch.name)
      if (problem) return fail(problem)
      steps.push((t) => deleteIn(t, [...base, 'StreamSpecification']))
    } else if (patch.stream !== undefined) {
      const stream = patch.stream
      steps.push((t) => setIn(t, [...base, 'StreamSpecification', 'StreamViewType'], stream))
    }
    return runSteps(text, steps)
  })
}

function keyChanges(props: Record_, base: (string | number)[], patch: UpdateTable) {
  const schema = listOf(props.KeySchema)
  const indexOfType = (type: string) =>
    schema.findIndex(
      (k) => k !== null && typeof k === 'object' && !Array.isArray(k) && k.KeyType === type,
    )
  const steps: ((t: string) => EditResult)[] = []
  if (patch.hashKey) {
    const i = indexOfType('HASH')
    if (i < 0) return fail(`${patch.name} has no HASH key in its KeySchema.`)
    const name = patch.hashKey.name
    steps.push((t) => setIn(t, [...base, 'KeySchema', i, 'AttributeName'], name))
  }
  if (patch.rangeKey !== undefined) {
    const i = indexOfType('RANGE')
    const range = patch.rangeKey
    if (range === null) {
      if (i >= 0) steps.push((t) => deleteIn(t, [...base, 'KeySchema', i]))
    } else if (i >= 0) {
      steps.push((t) => setIn(t, [...base, 'KeySchema', i, 'AttributeName'], range.name))
    } else {
      steps.push((t) =>
        appendIn(t, [...base, 'KeySchema'], { AttributeName: range.name, KeyType: 'RANGE' }),
      )
    }
  }
  return steps
}

/** A stream event reading the table's stream would break if the stream went away. */
function streamInUse(ed: Editable, table: string): string | undefined {
  const site = findReferenceSites(ed.doc).find(
    (s) =>
      s.logicalId === table && s.form === 'GetAtt' && String(s.scalar.value).endsWith('StreamArn'),
  )
  const fromSeq = findReferenceSites(ed.doc).find(
    (s) => s.logicalId === table && s.path[0] === 'functions' && s.path.includes('stream'),
  )
  const found = site ?? fromSeq
  return found
    ? `The stream of ${table} is read by ${found.path.slice(0, 2).join('.')}; remove that stream event first.`
    : undefined
}

/** Turn on the table's stream (new and old images) unless it has one. */
export function enableTableStream(text: string, table: string): EditResult {
  return withEditable(text, (ed) => {
    const declared = requireResource(ed, table, 'table')
    if (isFailure(declared)) return declared
    if (tableProperties(ed, table).StreamSpecification !== undefined) return { ok: true, text }
    return setIn(text, [...RESOURCES, table, 'Properties', 'StreamSpecification'], {
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    })
  })
}

export function addTableIndex(text: string, patch: AddTableIndex): EditResult {
  return withEditable(text, (ed) => {
    const declared = requireResource(ed, patch.table, 'table')
    if (isFailure(declared)) return declared
    const props = tableProperties(ed, patch.table)
    const spec: IndexSpec = patch.index
    if (!/^[A-Za-z0-9_.-]{3,255}$/.test(spec.name)) {
      return fail(
        `"${spec.name}" is not a valid index name: 3 to 255 letters, digits, "_", "-" or ".".`,
      )
    }
    const existing = [
      ...listOf(props.GlobalSecondaryIndexes),
      ...listOf(props.LocalSecondaryIndexes),
    ]
    if (
      existing.some(
        (i) =>
          i !== null && typeof i === 'object' && !Array.isArray(i) && i.IndexName === spec.name,
      )
    ) {
      return fail(`${patch.table} already has an index named "${spec.name}".`)
    }
    const index: Record_ = {
      IndexName: spec.name,
      KeySchema: keySchema(spec.hashKey, spec.rangeKey),
      Projection: { ProjectionType: spec.projection ?? 'ALL' },
    }
    if (props.BillingMode !== 'PAY_PER_REQUEST')
      index.ProvisionedThroughput = throughput(spec.rcu, spec.wcu)
    const types = new Map<string, string>([[spec.hashKey.name, spec.hashKey.type]])
    if (spec.rangeKey) types.set(spec.rangeKey.name, spec.rangeKey.type)
    return runSteps(text, [
      (t) =>
        appendIn(t, [...RESOURCES, patch.table, 'Properties', 'GlobalSecondaryIndexes'], index),
      (t) => syncAttributeDefinitions(t, patch.table, types),
    ])
  })
}

export function removeTableIndex(text: string, patch: RemoveTableIndex): EditResult {
  return withEditable(text, (ed) => {
    const declared = requireResource(ed, patch.table, 'table')
    if (isFailure(declared)) return declared
    const props = tableProperties(ed, patch.table)
    for (const list of ['GlobalSecondaryIndexes', 'LocalSecondaryIndexes'] as const) {
      const i = listOf(props[list]).findIndex(
        (x) =>
          x !== null &&
          typeof x === 'object' &&
          !Array.isArray(x) &&
          x.IndexName === patch.indexName,
      )
      if (i >= 0) {
        return runSteps(text, [
          (t) => deleteIn(t, [...RESOURCES, patch.table, 'Properties', list, i]),
          (t) => syncAttributeDefinitions(t, patch.table, new Map()),
        ])
      }
    }
    return fail(`${patch.table} has no index named "${patch.indexName}".`)
  })
}
