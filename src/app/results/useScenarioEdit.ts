import { useCallback } from 'react'
import type { Scenario, ScenarioResult } from '../../model/scenario'
import { selectActions, selectScenario } from '../../store/selectors'
import { useDesigner, useDesignerStore } from '../../store/useDesigner'

/**
 * Applies a form edit to the current scenario: stored when it validates; otherwise the
 * validator's message is returned for the field to show, and nothing changes.
 */
export function useScenarioEdit(): (edit: (scenario: Scenario) => ScenarioResult) => string | null {
  const store = useDesignerStore()
  const { setScenario } = useDesigner(selectActions)
  return useCallback(
    (edit) => {
      const result = edit(selectScenario(store.getState()))
      if (!result.ok) return result.error
      setScenario(result.scenario)
      return null
    },
    [store, setScenario],
  )
}
