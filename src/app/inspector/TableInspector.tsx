import { useId, useState, type FormEvent } from 'react'
import type { TableResource } from '../../model/types'
import { CommitInput, ReadOnly, Section, SelectInput, options } from './fields'
import {
  addIndexPatch,
  billingModePatch,
  capacityPatch,
  hashKeyPatch,
  KEY_TYPES,
  keyType,
  rangeKeyPatch,
  removeIndexPatch,
  STREAM_VIEW_TYPES,
  streamPatch,
  type KeyType,
} from './resourcePatches'
import { useApplyChange } from './useInspector'

const BILLING_OPTIONS = [
  { value: 'PAY_PER_REQUEST', label: 'On-demand (PAY_PER_REQUEST)' },
  { value: 'PROVISIONED', label: 'Provisioned capacity' },
]
const STREAM_OPTIONS = [{ value: '', label: 'Off' }, ...options(STREAM_VIEW_TYPES)]
const TYPE_OPTIONS = [
  { value: 'S', label: 'String (S)' },
  { value: 'N', label: 'Number (N)' },
  { value: 'B', label: 'Binary (B)' },
]

export function TableInspector({ table }: { table: TableResource }) {
  const hash = table.keys.hash
  const range = table.keys.range
  return (
    <>
      <Section title="Capacity">
        <SelectInput
          testId="inspector.billingMode"
          label="Billing mode"
          value={table.billingMode}
          options={BILLING_OPTIONS}
          change={(mode) =>
            billingModePatch(table, mode === 'PROVISIONED' ? 'PROVISIONED' : 'PAY_PER_REQUEST')
          }
        />
        {table.billingMode === 'PROVISIONED' && (
          <>
            <CommitInput
              testId="inspector.rcu"
              label="Read capacity units"
              numeric
              value={table.rcu === undefined ? '' : String(table.rcu)}
              commit={(raw) => capacityPatch(table, 'rcu', raw)}
            />
            <CommitInput
              testId="inspector.wcu"
              label="Write capacity units"
              numeric
              value={table.wcu === undefined ? '' : String(table.wcu)}
              commit={(raw) => capacityPatch(table, 'wcu', raw)}
            />
          </>
        )}
      </Section>
      <Section title="Keys">
        <CommitInput
          testId="inspector.hashKey"
          label="Partition key (HASH)"
          value={hash?.name ?? ''}
          commit={(raw) => hashKeyPatch(table, raw, keyType(hash?.type))}
        />
        <SelectInput
          testId="inspector.hashKeyType"
          label="Partition key type"
          value={keyType(hash?.type)}
          options={TYPE_OPTIONS}
          change={(type) => hashKeyPatch(table, hash?.name ?? '', keyType(type))}
        />
        <CommitInput
          testId="inspector.rangeKey"
          label="Sort key (RANGE)"
          placeholder="None"
          value={range?.name ?? ''}
          commit={(raw) => rangeKeyPatch(table, raw, keyType(range?.type))}
        />
        {range && (
          <SelectInput
            testId="inspector.rangeKeyType"
            label="Sort key type"
            value={keyType(range.type)}
            options={TYPE_OPTIONS}
            change={(type) => rangeKeyPatch(table, range.name, keyType(type))}
          />
        )}
      </Section>
      <Indexes table={table} />
      <Section title="Stream">
        <SelectInput
          testId="inspector.stream"
          label="Stream view"
          value={table.stream ?? ''}
          options={STREAM_OPTIONS}
          change={(choice) => streamPatch(table, choice)}
        />
      </Section>
    </>
  )
}

function keysText(index: TableResource['gsis'][number]): string {
  const { hash, range } = index.keys
  return [hash?.name, range?.name].filter(Boolean).join(' + ')
}

function Indexes({ table }: { table: TableResource }) {
  const apply = useApplyChange()
  return (
    <Section title="Global secondary indexes">
      {table.gsis.length === 0 && <p className="inspector-empty">No indexes.</p>}
      <ul className="inspector-list">
        {table.gsis.map((gsi) => (
          <li key={gsi.name} className="inspector-row" data-testid={`inspector.gsi.${gsi.name}`}>
            <span className="inspector-row__text">
              <strong>{gsi.name}</strong> <span className="inspector-muted">{keysText(gsi)}</span>
            </span>
            <button
              type="button"
              className="inspector-button inspector-button--icon"
              aria-label={`Remove index ${gsi.name}`}
              data-testid={`inspector.gsi.${gsi.name}.remove`}
              onClick={() => apply(removeIndexPatch(table, gsi.name))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {table.lsis.map((lsi) => (
        <ReadOnly
          key={lsi.name}
          testId={`inspector.lsi.${lsi.name}`}
          label={`Local index ${lsi.name}`}
          value={keysText(lsi)}
        />
      ))}
      <NewIndex table={table} />
    </Section>
  )
}

function NewIndex({ table }: { table: TableResource }) {
  const apply = useApplyChange()
  const id = useId()
  const [name, setName] = useState('')
  const [hashKey, setHashKey] = useState('')
  const [hashKeyType, setHashKeyType] = useState<KeyType>('S')
  const [error, setError] = useState<string>()
  const add = (event: FormEvent) => {
    event.preventDefault()
    const refused = apply(addIndexPatch(table, { name, hashKey, hashKeyType }))
    setError(refused)
    if (!refused) {
      setName('')
      setHashKey('')
    }
  }
  return (
    <form className="inspector-add" onSubmit={add} aria-label="Add a global secondary index">
      <label className="visually-hidden" htmlFor={`${id}-name`}>
        Index name
      </label>
      <input
        id={`${id}-name`}
        className="inspector-input"
        data-testid="inspector.gsi.newName"
        placeholder="Index name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoComplete="off"
      />
      <label className="visually-hidden" htmlFor={`${id}-key`}>
        Index partition key
      </label>
      <input
        id={`${id}-key`}
        className="inspector-input"
        data-testid="inspector.gsi.newHashKey"
        placeholder="Partition key"
        value={hashKey}
        onChange={(event) => setHashKey(event.target.value)}
        autoComplete="off"
      />
      <label className="visually-hidden" htmlFor={`${id}-type`}>
        Index partition key type
      </label>
      <select
        id={`${id}-type`}
        className="inspector-input"
        value={hashKeyType}
        onChange={(event) => setHashKeyType(keyType(event.target.value))}
      >
        {KEY_TYPES.map((type) => (
          <option key={type} value={type}>
            {type}
          </option>
        ))}
      </select>
      <button type="submit" className="inspector-button" data-testid="inspector.gsi.add">
        Add index
      </button>
      {error && (
        <p className="inspector-field__error" role="alert" data-testid="inspector.gsi.error">
          {error}
        </p>
      )}
    </form>
  )
}
