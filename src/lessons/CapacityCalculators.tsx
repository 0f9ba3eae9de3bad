import { useState } from 'react'
import { READ_CONSISTENCIES, calculateCapacity, calculatePartitions } from '../pricing/calculators'
import { formatQuantity as q } from '../pricing/lineItem'
import {
  parse,
  parseOptional,
  useTexts,
  errorOf,
  Section,
  numberInputs,
  Select,
  Checkbox,
  Figure,
  Formulas,
  Unplaced,
} from './calculatorFields'

/** DynamoDB calculators: capacity units from item size and consistency, and partitions. */

const CAPACITY_LABELS = {
  itemSizeKb: 'Item size',
  rcu: 'RCU',
  wcu: 'WCU',
  readsPerSecond: 'Target reads/s',
  writesPerSecond: 'Target writes/s',
}

export function CapacitySection() {
  const s = 'capacity'
  const [texts, set] = useTexts({
    itemSizeKb: '4',
    rcu: '10',
    wcu: '5',
    readsPerSecond: '',
    writesPerSecond: '',
  })
  const [consistency, setConsistency] = useState<(typeof READ_CONSISTENCIES)[number]>('strong')
  const [transactionalWrites, setTransactionalWrites] = useState(false)
  const result = calculateCapacity({
    itemSizeKb: parse(texts.itemSizeKb),
    consistency,
    rcu: parse(texts.rcu),
    wcu: parse(texts.wcu),
    transactionalWrites,
    readsPerSecond: parseOptional(texts.readsPerSecond),
    writesPerSecond: parseOptional(texts.writesPerSecond),
  })
  const error = errorOf(result, CAPACITY_LABELS)
  const f = result.ok ? result.value : null
  const field = numberInputs(s, texts, set, CAPACITY_LABELS, error)
  const reads = (c: (typeof READ_CONSISTENCIES)[number]) =>
    f && `${q(f.readsServed[c].value)} reads/s`
  return (
    <Section name={s} title="Capacity units">
      {field('itemSizeKb', 'itemSizeKb', 'KB')}
      {field('rcu', 'rcu', 'RCU')}
      {field('wcu', 'wcu', 'WCU')}
      <Checkbox
        section={s}
        name="transactionalWrites"
        label="Transactional writes"
        checked={transactionalWrites}
        onChange={setTransactionalWrites}
      />
      <Select
        section={s}
        name="consistency"
        label="Target read consistency"
        value={consistency}
        options={READ_CONSISTENCIES}
        onChange={setConsistency}
      />
      {field('readsPerSecond', 'readsPerSecond', 'reads/s', { placeholder: 'optional' })}
      {field('writesPerSecond', 'writesPerSecond', 'writes/s', { placeholder: 'optional' })}
      <Unplaced section={s} error={error} fields={Object.keys(CAPACITY_LABELS)} />
      <dl className="calc__figures">
        <Figure section={s} name="strongReads" label="Strong reads" value={reads('strong')} />
        <Figure section={s} name="eventualReads" label="Eventual reads" value={reads('eventual')} />
        <Figure
          section={s}
          name="transactionalReads"
          label="Transactional reads"
          value={reads('transactional')}
        />
        <Figure
          section={s}
          name="writes"
          label={transactionalWrites ? 'Transactional writes' : 'Writes'}
          value={f && `${q(f.writesServed.value)} writes/s`}
        />
        {f?.rcuNeeded && (
          <Figure section={s} name="rcuNeeded" label="RCU needed" value={q(f.rcuNeeded.value)} />
        )}
        {f?.wcuNeeded && (
          <Figure section={s} name="wcuNeeded" label="WCU needed" value={q(f.wcuNeeded.value)} />
        )}
      </dl>
      <Formulas
        section={s}
        lines={
          f && [
            f.readUnitsPerRead.formula,
            ...READ_CONSISTENCIES.map((c) => f.readsServed[c].formula),
            f.writeUnitsPerWrite.formula,
            f.writesServed.formula,
            ...(f.rcuNeeded ? [f.rcuNeeded.formula] : []),
            ...(f.wcuNeeded ? [f.wcuNeeded.formula] : []),
          ]
        }
      />
    </Section>
  )
}

// ── Partitions ────────────────────────────────────────────────────────────────────────────

const PARTITION_LABELS = { rcu: 'RCU', wcu: 'WCU', storageGb: 'Table size' }

export function PartitionSection() {
  const s = 'partitions'
  const [texts, set] = useTexts({ rcu: '1000', wcu: '500', storageGb: '25' })
  const result = calculatePartitions({
    rcu: parse(texts.rcu),
    wcu: parse(texts.wcu),
    storageGb: parse(texts.storageGb),
  })
  const error = errorOf(result, PARTITION_LABELS)
  const f = result.ok ? result.value : null
  const field = numberInputs(s, texts, set, PARTITION_LABELS, error)
  const each = f?.perPartition.value
  return (
    <Section name={s} title="Partitions">
      {field('rcu', 'rcu', 'RCU')}
      {field('wcu', 'wcu', 'WCU')}
      {field('storageGb', 'storageGb', 'GB')}
      <Unplaced section={s} error={error} fields={Object.keys(PARTITION_LABELS)} />
      <dl className="calc__figures">
        <Figure section={s} name="count" label="Partitions" value={f && q(f.count.value)} />
        <Figure
          section={s}
          name="perPartition"
          label="Each partition"
          value={each ? `${q(each.rcu)} RCU, ${q(each.wcu)} WCU` : null}
        />
      </dl>
      <Formulas section={s} lines={f && [f.count.formula, f.perPartition.formula]} />
      <p className="calc__hint">
        The classic 2018 rule (3,000 RCU, 1,000 WCU and 10 GB per partition); AWS now calls it
        subject to change.
      </p>
    </Section>
  )
}

// ── Lambda ────────────────────────────────────────────────────────────────────────────────
