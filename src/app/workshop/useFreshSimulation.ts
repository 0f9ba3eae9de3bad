import { useSyncExternalStore } from 'react'
import type { SimulationFigures } from '../../lessons/evaluateCheck'
import { selectCanvasModel, selectDocument, selectScenario } from '../../store/selectors'
import { useDesigner } from '../../store/useDesigner'
import { simulationSession } from '../simulation/session'

/**
 * The last simulation run's summary, only while it describes the design and scenario as they
 * are now: an edit after a run makes a lesson's simulation check wait for a new run.
 */
export function useFreshSimulation(): SimulationFigures | undefined {
  const state = useSyncExternalStore(simulationSession.subscribe, simulationSession.getSnapshot)
  const model = useDesigner(selectCanvasModel)
  const scenario = useDesigner(selectScenario)
  const document = useDesigner(selectDocument)
  if (state.status !== 'done' || state.documentId !== document.id) return undefined
  const run = state.runs[0]
  if (!run || run.request.model !== model || run.request.scenario !== scenario) return undefined
  return run.result.summary
}
