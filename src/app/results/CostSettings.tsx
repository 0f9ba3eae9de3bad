import { SCENARIO_PRICE_BOOKS, type ScenarioPriceBook } from '../../model/scenario'
import { selectScenario } from '../../store/selectors'
import { useDesigner } from '../../store/useDesigner'
import { NumberField } from './NumberField'
import { setCostSetting, setFreeTier, setPriceBook } from './scenarioEdits'
import { useScenarioEdit } from './useScenarioEdit'

const PRICE_BOOK_LABEL: Readonly<Record<ScenarioPriceBook, string>> = {
  current: 'Current prices',
  '2018': '2018 prices',
}

/**
 * The scenario's cost settings: which prices, whether the free tier is counted, the hours of the
 * month, deliveries to subscribers outside the design, and how long logs are kept.
 */
export function CostSettings() {
  const { cost } = useDesigner(selectScenario)
  const edit = useScenarioEdit()
  return (
    <div className="results__settings">
      <label>
        Price book{' '}
        <select
          data-testid="results.cost.priceBook"
          value={cost.priceBook}
          onChange={(event) => {
            const book = SCENARIO_PRICE_BOOKS.find((id) => id === event.target.value)
            if (book) edit((s) => setPriceBook(s, book))
          }}
        >
          {SCENARIO_PRICE_BOOKS.map((id) => (
            <option key={id} value={id}>
              {PRICE_BOOK_LABEL[id]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          role="switch"
          data-testid="results.cost.freeTier"
          checked={cost.freeTier}
          onChange={(event) => edit((s) => setFreeTier(s, event.target.checked))}
        />{' '}
        Free tier
      </label>
      <label>
        Hours a month{' '}
        <NumberField
          label="Hours in the month billed"
          testId="results.cost.hours"
          unit="h"
          value={cost.hoursPerMonth}
          onCommit={(hoursPerMonth) => edit((s) => setCostSetting(s, { hoursPerMonth }))}
        />
      </label>
      <label title="Deliveries per publish to HTTP/S subscribers the design does not show">
        Extra SNS deliveries{' '}
        <NumberField
          label="HTTP/S deliveries per publish to subscribers outside the design"
          testId="results.cost.snsFanOut"
          unit="per publish"
          value={cost.snsFanOut}
          onCommit={(snsFanOut) => edit((s) => setCostSetting(s, { snsFanOut }))}
        />
      </label>
      <label>
        Log retention{' '}
        <NumberField
          label="Months log data is kept"
          testId="results.cost.logRetention"
          unit="months"
          value={cost.logRetentionMonths}
          onCommit={(logRetentionMonths) => edit((s) => setCostSetting(s, { logRetentionMonths }))}
        />
      </label>
    </div>
  )
}
