import { useMemo } from 'react'
import { freeTierUse } from '../../pricing/analysis/freeTierUse'
import type { UsageFile } from '../../pricing/flow'
import { formatQuantity, formatUsd } from '../../pricing/lineItem'

/**
 * Each monthly free allowance the design reaches: how much of it the month takes, what that saves,
 * and whether the offer is always free or ends after 12 months. Shown with the free tier off too,
 * as what it would cover.
 */
export function FreeTierPanel({ usage }: { usage: UsageFile }) {
  const result = useMemo(() => freeTierUse(usage), [usage])
  if (!result.ok) return null
  const saved = result.allowances.reduce((total, a) => total + a.savedUsd, 0)
  return (
    <section className="results__free" data-testid="results.freeTier" aria-label="Free tier use">
      <h3>Free tier</h3>
      <p className="results__muted" data-testid="results.freeTier.summary">
        {usage.freeTier
          ? `The free tier takes ${formatUsd(saved)} off this month.`
          : `The free tier is off; it would take ${formatUsd(saved)} off this month.`}
      </p>
      {result.allowances.length === 0 ? (
        <p className="results__muted">No usage falls under a free allowance.</p>
      ) : (
        <ul className="results__allowances">
          {result.allowances.map((a) => {
            const share = a.limit > 0 ? a.used / a.limit : 0
            return (
              <li
                key={a.allowance}
                data-testid="results.freeTier.row"
                data-allowance={a.allowance}
                title={a.formula}
              >
                <span className="results__label">
                  {a.allowance}
                  {a.term === '12-month' && (
                    <span className="results__badge" title="Ends 12 months after sign-up">
                      12 months
                    </span>
                  )}
                </span>
                <meter
                  min={0}
                  max={1}
                  value={share}
                  high={0.999}
                  aria-label={`${a.allowance} used`}
                />
                <span className="results__muted" data-testid="results.freeTier.used">
                  {formatQuantity(Math.round(a.used * 100) / 100)} of {formatQuantity(a.limit)}{' '}
                  {a.unit} ({(100 * share).toFixed(share > 0 && share < 0.1 ? 1 : 0)} %)
                </span>
                <code className="results__formula">{a.formula}</code>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
