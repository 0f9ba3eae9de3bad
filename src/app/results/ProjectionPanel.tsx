import { useMemo, useState } from 'react'
import { LineSeries } from '../../charts'
import type { UsageFile } from '../../pricing/flow'
import { projectBill } from '../../pricing/analysis/projection'
import { formatUsd } from '../../pricing/lineItem'
import { NumberField } from './NumberField'

const DEFAULT_GROWTH_PERCENT = 10

/**
 * The next twelve months of the bill, each re-priced at a compounding monthly growth, for a new
 * account (so the 12-month free offers last the whole year).
 */
export function ProjectionPanel({ usage }: { usage: UsageFile }) {
  const [growthPercent, setGrowthPercent] = useState(DEFAULT_GROWTH_PERCENT)
  const projection = useMemo(
    () => projectBill(usage, { monthlyGrowth: growthPercent / 100 }),
    [usage, growthPercent],
  )
  return (
    <section
      className="results__projection"
      data-testid="results.projection"
      aria-label="12-month projection"
    >
      <h3>Next 12 months</h3>
      <label className="results__muted">
        Growth a month{' '}
        <NumberField
          label="Monthly growth in percent"
          testId="results.projection.growth"
          unit="%"
          value={growthPercent}
          onCommit={(percent) => {
            if (percent <= -100) return 'Growth must be above −100 %.'
            setGrowthPercent(percent)
            return null
          }}
        />
      </label>
      {projection.ok ? (
        <>
          <LineSeries
            title="Monthly total"
            format={formatUsd}
            data={projection.rows.map((row) => ({ label: `M${row.month}`, value: row.total }))}
          />
          <p className="results__muted" data-testid="results.projection.year">
            Year: {formatUsd(projection.rows.reduce((sum, row) => sum + row.total, 0))}
          </p>
        </>
      ) : (
        <p className="results__error" role="alert">
          No projection: {projection.error}
        </p>
      )}
    </section>
  )
}
