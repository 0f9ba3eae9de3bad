import { SCENARIO_PRICE_BOOKS, type ScenarioPriceBook } from '../../model/scenario'
import { selectScenario } from '../../store/selectors'
import { useDesigner } from '../../store/useDesigner'
import { setFreeTier, setPriceBook } from './scenarioEdits'
import { useScenarioEdit } from './useScenarioEdit'

const PRICE_BOOK_LABEL: Readonly<Record<ScenarioPriceBook, string>> = {
  current: 'Current prices',
  '2018': '2018 prices',
}

/** The scenario's cost settings: which prices, and whether the free tier is counted. */
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
    </div>
  )
}
