import { useRef, useState } from 'react'
import type { Lesson } from './lessonTypes'
import { lessonProgress, tally } from './progress'
import { readLessonFile } from './readLessonFile'
import { useWorkshop, useWorkshopSession } from './WorkshopContext'

/** The lessons to choose from: the bundled ones in workshop order, then those loaded from files. */
export function LessonList() {
  const session = useWorkshopSession()
  const { progress } = useWorkshop()
  const [error, setError] = useState<string | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const entries: { key: string; lesson: Lesson; loaded: boolean }[] = [
    ...session.bundled.map((lesson) => ({ key: lesson.id, lesson, loaded: false })),
    ...Object.entries(progress.loaded).map(([key, lesson]) => ({ key, lesson, loaded: true })),
  ]
  const totalMinutes = session.bundled.reduce((sum, l) => sum + l.minutes, 0)

  const openFile = async (file: File) => {
    const read = await readLessonFile(file)
    if (!read.ok) {
      setError(read.error)
      return
    }
    setError(null)
    await session.load(read.lesson)
  }

  return (
    <div className="lesson-list" data-testid="lessons.catalog">
      <p className="lesson-list__intro">
        {session.bundled.length} lessons, about {totalMinutes} minutes in all. Each step checks your
        design as you work and turns green when it is done.
      </p>
      <ol className="lesson-list__items">
        {entries.map(({ key, lesson, loaded }) => {
          const at = lessonProgress(progress, key)
          const counts = tally(lesson, at)
          const begun = progress.lessons[key] !== undefined
          return (
            <li key={key} className="lesson-card" data-testid="lessons.card" data-lesson={key}>
              <h3 className="lesson-card__title">
                {lesson.title}
                {loaded && <span className="lesson-card__badge">from a file</span>}
              </h3>
              <p className="lesson-card__summary">{lesson.summary}</p>
              <p className="lesson-card__meta">
                {lesson.steps.length} steps · {lesson.minutes} min
                {begun &&
                  ` · ${counts.passed + counts.skipped} of ${counts.total} done${counts.finished ? ' ✓' : ''}`}
              </p>
              <button
                type="button"
                className="button--primary"
                data-testid="lessons.open"
                onClick={() => void session.start(key, lesson)}
              >
                {begun ? 'Continue' : 'Start'}
              </button>
            </li>
          )
        })}
      </ol>
      <div className="lesson-list__file">
        <button
          type="button"
          data-testid="lessons.openFile"
          onClick={() => fileInput.current?.click()}
        >
          Open a lesson file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="lessons.fileInput"
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file) void openFile(file)
          }}
        />
        {error && (
          <p className="lesson-list__error" role="alert" data-testid="lessons.fileError">
            {error}
          </p>
        )}
        <p className="lesson-list__hint">
          A lesson file is JSON in the format README.md describes; write your own for your room.
        </p>
      </div>
    </div>
  )
}
