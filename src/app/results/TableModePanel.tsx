import { useMemo, useState } from 'react'
import { LineComparison } from '../../charts'
import { onDemandVsProvisioned } from '../../pricing/analysis/onDemandVsProvisioned'
import { dynamodbBooks } from '../../pricing/dynamodb/prices'
import type { DynamodbUsage } from '../../pricing/dynamodb/usage'
import type { UsageFile } from '../../pricing/flow'
import { formatUsd } from '../../pricing/lineItem'

/** A table's traffic over the month, its consistency groups added up. */
interface TableTraffic {
  readonly name: string
  readonly reads: number
  readonly writes: number
  readonly first: DynamodbUsage
  readonly storageGb: number
}

/** The flow names on-demand groups `Users (strong, 4 KB items)`: the table is the part before. */
const tableNameOf = (entry: DynamodbUsage) => entry.name.replace(/ \(.*\)$/, '')

function tablesOf(usage: UsageFile): TableTraffic[] {
  const byName = new Map<string, TableTraffic>()
  for (const entry of usage.dynamodb ?? []) {
    const name = tableNameOf(entry)
    const seen = byName.get(name)
    byName.set(name, {
      name,
      first: seen?.first ?? entry,
      reads: (seen?.reads ?? 0) + entry.reads,
      writes: (seen?.writes ?? 0) + entry.writes,
      storageGb: (seen?.storageGb ?? 0) + entry.storageGb,
    })
  }
  return [...byName.values()].filter((t) => t.reads + t.writes > 0)
}

const formatFactor = (factor: number) =>
  factor >= 1 ? `×${Number(factor.toPrecision(2))}` : `×${Number(factor.toPrecision(1))}`

/**
 * One table's month on demand and provisioned (sized by auto scaling's 70 % target), from a
 * hundredth to a hundred times the scenario's traffic, with the traffic level where they cost
 * the same.
 */
export function TableModePanel({ usage }: { usage: UsageFile }) {
  const tables = tablesOf(usage)
  const [chosen, setChosen] = useState<string | null>(null)
  const table = tables.find((t) => t.name === chosen) ?? tables[0]
  const comparison = useMemo(() => {
    if (!table) return null
    const seconds = usage.hoursPerMonth * 3600
    try {
      return onDemandVsProvisioned({
        readsPerSecond: table.reads / seconds,
        writesPerSecond: table.writes / seconds,
        itemSizeKb: table.first.itemSizeKb,
        readConsistency: table.first.readConsistency,
        transactionalWrites: table.first.transactionalWrites,
        storageGb: table.storageGb,
        prices: dynamodbBooks[usage.priceBook],
        freeTier: usage.freeTier,
        hoursPerMonth: usage.hoursPerMonth,
      })
    } catch (error) {
      return error instanceof RangeError ? error.message : null
    }
  }, [table, usage.hoursPerMonth, usage.priceBook, usage.freeTier])
  if (!table || comparison === null) return null
  return (
    <section
      className="results__table-mode"
      data-testid="results.tableMode"
      aria-label="On demand against provisioned"
    >
      <h3>DynamoDB: on demand or provisioned</h3>
      <label className="results__muted">
        Table{' '}
        <select
          data-testid="results.tableMode.table"
          value={table.name}
          onChange={(event) => setChosen(event.target.value)}
        >
          {tables.map((t) => (
            <option key={t.name} value={t.name}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      {typeof comparison === 'string' ? (
        <p className="results__error" role="alert">
          {comparison}
        </p>
      ) : (
        <>
          <LineComparison
            title={`${table.name} a month against traffic`}
            data={comparison.points.map((p) => ({
              x: p.factor,
              onDemand: p.onDemand,
              provisioned: p.provisioned,
            }))}
            series={[
              { key: 'onDemand', label: 'On demand', color: '#4f6bed' },
              { key: 'provisioned', label: 'Provisioned (70 % target)', color: '#16a34a' },
            ]}
            formatX={formatFactor}
            formatY={formatUsd}
            logX
            marks={comparison.breakEvens.map((b) => ({
              kind: 'line' as const,
              x: b.factor,
              label: `break-even ${formatFactor(b.factor)}`,
            }))}
          />
          <p className="results__muted" data-testid="results.tableMode.summary">
            {comparison.summary}
          </p>
          <code className="results__formula">{comparison.formulas.onDemand}</code>
          <code className="results__formula">{comparison.formulas.provisioned}</code>
        </>
      )}
    </section>
  )
}
