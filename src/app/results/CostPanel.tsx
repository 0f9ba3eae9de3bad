import { BarBreakdown } from '../../charts'
import { ArchitecturePanel } from './ArchitecturePanel'
import { formatUsd } from '../../pricing/lineItem'
import { byResource, byService, type CostShare } from './costBreakdown'
import { CostSettings } from './CostSettings'
import { LineItems } from './LineItems'
import { ProjectionPanel } from './ProjectionPanel'
import { useDesignCost } from './useDesignCost'

const toBars = (shares: readonly CostShare[]) =>
  shares.map((s) => ({ label: s.label, value: s.usd }))

/** The month's bill of the design under the scenario: total, breakdowns, and every line. */
export function CostPanel() {
  const cost = useDesignCost()
  return (
    <section className="results__cost" data-testid="results.cost" aria-label="Monthly cost">
      <header className="results__heading">
        <h3>Monthly cost</h3>
        {cost.ok && (
          <output className="results__total" data-testid="results.cost.total">
            {formatUsd(cost.bill.total)}
          </output>
        )}
      </header>
      <CostSettings />
      {cost.ok ? (
        <>
          {cost.notes.map((note) => (
            <p key={note} className="results__muted">
              {note}
            </p>
          ))}
          <div className="results__charts">
            <BarBreakdown
              title="By service"
              data={toBars(byService(cost.bill))}
              format={formatUsd}
            />
            <BarBreakdown
              title="By resource"
              data={toBars(byResource(cost.bill))}
              format={formatUsd}
            />
          </div>
          <LineItems lines={cost.bill.lines} />
          <div className="results__charts">
            <ArchitecturePanel usage={cost.usage} />
            <ProjectionPanel usage={cost.usage} />
          </div>
        </>
      ) : (
        <p className="results__error" role="alert" data-testid="results.cost.error">
          The cost cannot be estimated: {cost.error}
        </p>
      )}
    </section>
  )
}
