import { useMemo } from 'react'
import { selectCanvasModel, selectScenario } from '../store/selectors'
import { useDesigner } from '../store/useDesigner'
import { checkContextOf } from './checkContext'
import { evaluateCheck, type CheckResult, type SimulationFigures } from './evaluateCheck'
import type { Check } from './lessonTypes'

/** A step's check, judged live on the design, scenario, bill and (fresh) simulation run. */
export function useStepCheck(
  check: Check | undefined,
  simulation?: SimulationFigures,
): CheckResult | null {
  const model = useDesigner(selectCanvasModel)
  const scenario = useDesigner(selectScenario)
  const context = useMemo(
    () => checkContextOf(model, scenario, simulation),
    [model, scenario, simulation],
  )
  return useMemo(() => (check ? evaluateCheck(check, context) : null), [check, context])
}
