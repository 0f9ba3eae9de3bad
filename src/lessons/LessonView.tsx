import { useEffect } from 'react'
import type { SimulationFigures } from './evaluateCheck'
import type { Lesson } from './lessonTypes'
import { tally, type LessonProgress } from './progress'
import { useStepCheck } from './useStepCheck'
import { useWorkshopSession } from './WorkshopContext'

interface LessonViewProps {
  readonly lessonKey: string
  readonly lesson: Lesson
  readonly at: LessonProgress
  /** The last simulation run, when it was made on the design and scenario as they are now. */
  readonly simulation: SimulationFigures | undefined
  readonly onCopyRoomLink: () => void
}

const STATUS_LABEL = { passed: 'Done', failed: 'Not yet', waiting: 'Waiting' } as const

/**
 * One lesson: the steps as dots, the current step's goal and instructions, its live check (green
 * when done), hints one at a time, and moving on: Next, Back, Skip.
 */
export function LessonView({ lessonKey, lesson, at, simulation, onCopyRoomLink }: LessonViewProps) {
  const session = useWorkshopSession()
  const index = Math.min(at.step, lesson.steps.length - 1)
  const step = lesson.steps[index]
  const result = useStepCheck(step?.check, simulation)
  const passed = result?.status === 'passed'

  useEffect(() => {
    if (passed && step) session.recordPass(step.id)
  }, [passed, step, session])

  if (!step || !result) return null
  const hintsShown = at.hints[step.id] ?? 0
  const last = index === lesson.steps.length - 1
  const counts = tally(lesson, at)

  return (
    <article className="lesson" data-testid="lessons.lesson" data-lesson={lessonKey}>
      <header className="lesson__header">
        <button
          type="button"
          className="lesson__back"
          data-testid="lessons.list"
          onClick={() => session.leaveLesson()}
        >
          ‹ All lessons
        </button>
        <h2 className="lesson__title">{lesson.title}</h2>
        <ol className="lesson__dots" aria-label="Steps">
          {lesson.steps.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                className={`lesson__dot lesson__dot--${at.outcomes[s.id] ?? 'open'}`}
                aria-current={i === index ? 'step' : undefined}
                aria-label={`Step ${i + 1}: ${s.title}${at.outcomes[s.id] ? ` (${at.outcomes[s.id]})` : ''}`}
                title={s.title}
                data-testid="lessons.stepDot"
                data-outcome={at.outcomes[s.id] ?? 'open'}
                onClick={() => session.goTo(i)}
              >
                {at.outcomes[s.id] === 'passed' ? '✓' : i + 1}
              </button>
            </li>
          ))}
        </ol>
      </header>

      <section className="lesson__step" aria-labelledby="lesson-step-title">
        <p className="lesson__counter" data-testid="lessons.stepCounter">
          Step {index + 1} of {lesson.steps.length}
        </p>
        <h3 id="lesson-step-title" className="lesson__stepTitle" data-testid="lessons.stepTitle">
          {step.title}
        </h3>
        <p className="lesson__goal">
          <strong>Goal:</strong> {step.goal}
        </p>
        <div className="lesson__instructions" data-testid="lessons.instructions">
          {step.instructions.split(/\n\s*\n/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>

        <div
          className={`lesson__check lesson__check--${result.status}`}
          role="status"
          aria-live="polite"
          data-testid="lessons.check"
          data-status={result.status}
        >
          <span className="lesson__checkMark" aria-hidden="true">
            {result.status === 'passed' ? '✓' : result.status === 'waiting' ? '…' : '○'}
          </span>
          <span>
            <strong>{STATUS_LABEL[result.status]}.</strong> {result.detail}
          </span>
        </div>

        {step.hints.length > 0 && (
          <div className="lesson__hints">
            <ol data-testid="lessons.hints">
              {step.hints.slice(0, hintsShown).map((hint, i) => (
                <li key={i} data-testid="lessons.hintText">
                  {hint}
                </li>
              ))}
            </ol>
            {hintsShown < step.hints.length && (
              <button type="button" data-testid="lessons.hint" onClick={() => session.showHint()}>
                {hintsShown === 0 ? 'Show a hint' : 'Another hint'} ({hintsShown}/
                {step.hints.length})
              </button>
            )}
          </div>
        )}
      </section>

      <nav className="lesson__nav" aria-label="Step navigation">
        <button
          type="button"
          data-testid="lessons.previous"
          disabled={index === 0}
          onClick={() => session.previous()}
          title="Previous step (Page Up)"
        >
          Back
        </button>
        {step.start && (
          <button
            type="button"
            data-testid="lessons.reset"
            onClick={() => session.resetStep()}
            title="Put this step's starting design back"
          >
            Reset step
          </button>
        )}
        {!passed && (
          <button type="button" data-testid="lessons.skip" onClick={() => session.skip()}>
            Skip
          </button>
        )}
        {!last && (
          <button
            type="button"
            className={passed ? 'button--primary' : undefined}
            data-testid="lessons.next"
            onClick={() => session.next()}
            title="Next step (Page Down)"
          >
            Next ›
          </button>
        )}
      </nav>

      {counts.finished && (
        <p className="lesson__finished" data-testid="lessons.finished" role="status">
          Lesson complete: {counts.passed} of {counts.total} steps done
          {counts.skipped > 0 ? `, ${counts.skipped} skipped` : ''}.
        </p>
      )}
      <footer className="lesson__footer">
        <button type="button" data-testid="lessons.roomLink" onClick={onCopyRoomLink}>
          Copy room link
        </button>
        <button
          type="button"
          data-testid="lessons.restart"
          onClick={() => void session.restart(lessonKey, lesson)}
        >
          Start over
        </button>
      </footer>
    </article>
  )
}
