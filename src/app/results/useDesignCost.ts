import { useMemo } from 'react'
import { costOfDesign, type DesignCost } from '../../pricing/flow'
import { selectCanvasModel, selectScenario } from '../../store/selectors'
import { useDesigner } from '../../store/useDesigner'

/** The bill of the design on the canvas under the current scenario, recomputed only when either changes. */
export function useDesignCost(): DesignCost {
  const model = useDesigner(selectCanvasModel)
  const scenario = useDesigner(selectScenario)
  return useMemo(() => costOfDesign(model, scenario), [model, scenario])
}
