import { useMemo } from 'react'
import { BarBreakdown } from '../../charts'
import { compareArchitectures } from '../../pricing/analysis/architectureComparison'
import type { UsageFile } from '../../pricing/flow'
import { lambdaBooks } from '../../pricing/lambda/prices'
import { formatUsd } from '../../pricing/lineItem'

/**
 * The design's Lambda bill with every function on x86_64 against every function on arm64, at
 * equal durations (the code's real speed on each is for the user to measure).
 */
export function ArchitecturePanel({ usage }: { usage: UsageFile }) {
  const comparison = useMemo(
    () =>
      compareArchitectures({
        usages: usage.lambda ?? [],
        prices: lambdaBooks[usage.priceBook],
        options: { freeTier: usage.freeTier, hoursPerMonth: usage.hoursPerMonth },
      }),
    [usage],
  )
  if (!usage.lambda?.length) return null
  const { total } = comparison
  return (
    <section
      className="results__architecture"
      data-testid="results.architecture"
      aria-label="x86_64 against arm64"
    >
      <h3>Lambda: x86_64 or arm64</h3>
      <BarBreakdown
        title="Lambda a month"
        format={formatUsd}
        data={[
          { label: 'x86_64', value: total.x86_64 },
          { label: 'arm64', value: total.arm64 },
        ]}
      />
      <p className="results__muted" data-testid="results.architecture.saving">
        arm64 saves {formatUsd(total.savingUsd)} a month ({total.savingPercent.toFixed(1)} %) at
        equal durations.
      </p>
    </section>
  )
}
