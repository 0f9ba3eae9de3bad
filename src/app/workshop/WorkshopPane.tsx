import { LaserPointer } from '../../lessons/LaserPointer'
import { useWorkshop } from '../../lessons/WorkshopContext'
import { useWorkshopKeys } from '../../lessons/useWorkshopKeys'
import { WorkshopPanel } from '../../lessons/WorkshopPanel'
import { PanelErrorBoundary } from '../PanelErrorBoundary'
import { useFreshSimulation } from './useFreshSimulation'

/** The workshop's region at the far left, its keys, and the presenter's laser pointer. */
export function WorkshopPane() {
  const workshop = useWorkshop()
  const simulation = useFreshSimulation()
  useWorkshopKeys(workshop.open && workshop.progress.current !== null, workshop.presenter)
  return (
    <>
      {workshop.open && (
        <aside id="pane-workshop" className="pane pane--workshop" aria-label="Workshop">
          <PanelErrorBoundary panel="The workshop panel">
            <WorkshopPanel simulation={simulation} />
          </PanelErrorBoundary>
        </aside>
      )}
      {workshop.presenter && workshop.laser && <LaserPointer />}
    </>
  )
}
