import type { LineItem } from '../../pricing/lineItem'
import { formatQuantity, formatUsd } from '../../pricing/lineItem'
import { serviceLabel } from './costBreakdown'

/** Every line of the bill, each with the formula that produced it on a second line. */
export function LineItems({ lines }: { lines: readonly LineItem[] }) {
  if (lines.length === 0) return <p className="results__muted">No usage is billed.</p>
  return (
    <ul className="results__lines" aria-label="Line items">
      {lines.map((line, index) => (
        <li key={`${index}:${line.resource}:${line.item}`} data-testid="results.cost.line">
          <span className="results__line-item">
            {serviceLabel(line.service)} · {line.item}
          </span>
          <span className="results__line-resource">{line.resource}</span>
          <span className="results__line-quantity">
            {formatQuantity(line.quantity)} {line.unit}
          </span>
          <span className="results__line-cost">{formatUsd(line.cost)}</span>
          <code className="results__formula" data-testid="results.cost.line.formula">
            {line.formula}
          </code>
        </li>
      ))}
    </ul>
  )
}
