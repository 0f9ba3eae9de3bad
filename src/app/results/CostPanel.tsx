import { BarBreakdown } from '../../charts'
import { ArchitecturePanel } from './ArchitecturePanel'
import { formatUsd } from '../../pricing/lineItem'
import { byResource, byService, type CostShare } from './costBreakdown'
import { CostSettings } from './CostSettings'
import { FreeTierPanel } from './FreeTierPanel'
import { LineItems } from './LineItems'
import { MemoryPanel } from './MemoryPanel'
import { ProjectionPanel } from './ProjectionPanel'
import { TableModePanel } from './TableModePanel'
import { useDesignCost } from './useDesignCost'

const toBars = (shares: readonly CostShare[]) =>
  shares.map((s) => ({ label: s.label, value: s.usd }))

/** "Total = Lambda $1.20 + API Gateway $3.50 = $4.70": the top number's own formula. */
function totalFormula(services: readonly CostShare[], total: number): string {
  if (services.length === 0) return 'Total = $0.00: nothing is billed'
  const terms = services.map((s) => `${s.label} ${formatUsd(s.usd)}`).join(' + ')
  return `Total = ${terms} = ${formatUsd(total)}`
}

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
          <code className="results__formula" data-testid="results.cost.total.formula">
            {totalFormula(byService(cost.bill), cost.bill.total)}
          </code>
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
            <FreeTierPanel usage={cost.usage} />
            <MemoryPanel usage={cost.usage} />
            <TableModePanel usage={cost.usage} />
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
