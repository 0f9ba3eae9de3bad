import { runSideBySide } from '../../sim/simulationWorker'
import { createSimulationSession } from './simulationSession'

/** The app's one simulation session: it outlives the drawer, so closing it loses no results. */
export const simulationSession = createSimulationSession(runSideBySide)
