import { useState } from 'react'
import { selectActions } from '../store/selectors'
import { useDesigner } from '../store/useDesigner'
import { Calculators } from './Calculators'
import type { SimulationFigures } from './evaluateCheck'
import { roomLinkFor } from './lessonLink'
import { LessonList } from './LessonList'
import { LessonView } from './LessonView'
import { useWorkshop, useWorkshopSession } from './WorkshopContext'
import './workshop.css'

type Tab = 'lesson' | 'calculators'

interface WorkshopPanelProps {
  /** The last simulation run, when it was made on the design and scenario as they are now. */
  readonly simulation: SimulationFigures | undefined
}

/**
 * The workshop's left region: the lesson (or the list of lessons) and the cheat-sheet
 * calculators, with the presenter's controls at the foot.
 */
export function WorkshopPanel({ simulation }: WorkshopPanelProps) {
  const session = useWorkshopSession()
  const workshop = useWorkshop()
  const { notify } = useDesigner(selectActions)
  const [tab, setTab] = useState<Tab>('lesson')
  const [roomLink, setRoomLink] = useState<string | null>(null)
  const open = session.current()

  const copyRoomLink = async () => {
    if (!open) return
    const link = await roomLinkFor(window.location, open.lesson, open.key, open.at.step)
    if (!link.ok) {
      notify('error', link.reason)
      return
    }
    setRoomLink(link.url)
    try {
      await navigator.clipboard.writeText(link.url)
      notify(
        'info',
        `Room link copied: it opens “${open.lesson.title}” at step ${open.at.step + 1}.`,
      )
    } catch {
      // No clipboard (permissions, http): the link is shown to copy by hand.
    }
  }

  return (
    <div className="workshop" data-testid="lessons.panel">
      <div className="workshop__tabs" role="tablist" aria-label="Workshop">
        {(['lesson', 'calculators'] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            aria-selected={tab === t}
            className="workshop__tab"
            data-testid={`lessons.tab.${t}`}
            onClick={() => setTab(t)}
          >
            {t === 'lesson' ? 'Lesson' : 'Calculators'}
          </button>
        ))}
        <button
          type="button"
          className="icon-button workshop__close"
          aria-label="Close the workshop panel"
          data-testid="lessons.close"
          onClick={() => session.setOpen(false)}
        >
          ×
        </button>
      </div>
      <div className="workshop__body">
        {tab === 'calculators' ? (
          <Calculators />
        ) : open ? (
          <LessonView
            key={open.key}
            lessonKey={open.key}
            lesson={open.lesson}
            at={open.at}
            simulation={simulation}
            onCopyRoomLink={() => void copyRoomLink()}
          />
        ) : (
          <LessonList />
        )}
        {tab === 'lesson' && open && roomLink && (
          <label className="workshop__roomLink">
            Room link
            <input
              readOnly
              value={roomLink}
              data-testid="lessons.roomLinkUrl"
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
        )}
      </div>
      <div className="workshop__presenter">
        <label>
          <input
            type="checkbox"
            checked={workshop.presenter}
            data-testid="lessons.presenter"
            onChange={(e) => session.setPresenter(e.target.checked)}
          />{' '}
          Presenter view
        </label>
        {workshop.presenter && (
          <>
            <button
              type="button"
              aria-pressed={workshop.editorShown}
              data-testid="lessons.toggleEditor"
              onClick={() => session.toggleEditor()}
              title="Show or hide the editor (E)"
            >
              {workshop.editorShown ? 'Hide editor' : 'Show editor'}
            </button>
            <button
              type="button"
              aria-pressed={workshop.laser}
              data-testid="lessons.laser"
              onClick={() => session.toggleLaser()}
              title="Laser pointer (L)"
            >
              Laser
            </button>
          </>
        )}
      </div>
    </div>
  )
}
