import type { Lesson } from './lessonTypes'
import { validateLesson } from './validateLesson'

/**
 * A learner's progress through the lessons, kept in the browser so they can leave and come back:
 * where they are in each lesson, which steps they passed or skipped, how many hints they opened,
 * and the saved design they work on. Lessons loaded from a file or link are kept with it, so
 * they come back too. Pure: reading, updating and writing the record; storage is the caller's.
 */

export const PROGRESS_FORMAT = 'serverless-canvas/lesson-progress'
export const PROGRESS_VERSION = 1

export type StepOutcome = 'passed' | 'skipped'

export interface LessonProgress {
  /** Index of the step the learner is on. */
  readonly step: number
  readonly outcomes: Readonly<Record<string, StepOutcome>>
  /** Hints opened, by step id. */
  readonly hints: Readonly<Record<string, number>>
  /** Steps entered at least once: their start design is not applied again on return. */
  readonly visited: readonly string[]
  /** The saved design the learner works on in this lesson. */
  readonly designId?: string
}

export interface Progress {
  /** The lesson open in the workshop panel: its key (`id`, or `file:id` for a loaded one). */
  readonly current: string | null
  readonly lessons: Readonly<Record<string, LessonProgress>>
  /** Lessons loaded from a file or a link, by key. */
  readonly loaded: Readonly<Record<string, Lesson>>
}

export const EMPTY_PROGRESS: Progress = { current: null, lessons: {}, loaded: {} }

export const EMPTY_LESSON_PROGRESS: LessonProgress = {
  step: 0,
  outcomes: {},
  hints: {},
  visited: [],
}

/** Loaded lessons are keyed apart from bundled ones, so a file can never replace a bundled one. */
export const loadedLessonKey = (lesson: Lesson) => `file:${lesson.id}`

export type ProgressRead =
  | { readonly ok: true; readonly progress: Progress }
  | { readonly ok: false; readonly progress: Progress; readonly problem: string }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Reads the stored record. Damaged parts are dropped one lesson at a time (the rest is kept) and
 * named in `problem`; nothing here throws.
 */
export function readProgress(text: string | null): ProgressRead {
  if (text === null) return { ok: true, progress: EMPTY_PROGRESS }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, progress: EMPTY_PROGRESS, problem: 'The saved lesson progress is damaged.' }
  }
  if (!isRecord(raw) || raw.format !== PROGRESS_FORMAT || raw.version !== PROGRESS_VERSION) {
    return {
      ok: false,
      progress: EMPTY_PROGRESS,
      problem: 'The saved lesson progress is in a format this version does not read.',
    }
  }
  const dropped: string[] = []
  const lessons: Record<string, LessonProgress> = {}
  for (const [key, value] of Object.entries(isRecord(raw.lessons) ? raw.lessons : {})) {
    const read = readLessonProgress(value)
    if (read) lessons[key] = read
    else dropped.push(key)
  }
  const loaded: Record<string, Lesson> = {}
  for (const [key, value] of Object.entries(isRecord(raw.loaded) ? raw.loaded : {})) {
    const read = validateLesson(value)
    if (read.ok && key === loadedLessonKey(read.lesson)) loaded[key] = read.lesson
    else dropped.push(key)
  }
  const current = typeof raw.current === 'string' ? raw.current : null
  const progress = { current, lessons, loaded }
  return dropped.length === 0
    ? { ok: true, progress }
    : {
        ok: false,
        progress,
        problem: `Saved progress for ${dropped.join(', ')} was damaged and has been reset.`,
      }
}

function readLessonProgress(value: unknown): LessonProgress | null {
  if (!isRecord(value)) return null
  const { step, outcomes, hints, visited, designId } = value
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0) return null
  if (
    !isRecord(outcomes) ||
    !Object.values(outcomes).every((o) => o === 'passed' || o === 'skipped')
  )
    return null
  if (
    !isRecord(hints) ||
    !Object.values(hints).every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)
  )
    return null
  if (!Array.isArray(visited) || !visited.every((v) => typeof v === 'string')) return null
  if (designId !== undefined && typeof designId !== 'string') return null
  return {
    step,
    outcomes: outcomes as Record<string, StepOutcome>,
    hints: hints as Record<string, number>,
    visited: visited as string[],
    ...(designId !== undefined && { designId }),
  }
}

export function writeProgress(progress: Progress): string {
  return JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, ...progress })
}

export function lessonProgress(progress: Progress, key: string): LessonProgress {
  return progress.lessons[key] ?? EMPTY_LESSON_PROGRESS
}

/** The progress with one lesson's record changed. */
export function updateLesson(
  progress: Progress,
  key: string,
  change: (lesson: LessonProgress) => LessonProgress,
): Progress {
  return {
    ...progress,
    lessons: { ...progress.lessons, [key]: change(lessonProgress(progress, key)) },
  }
}

/** Records a step's outcome; a pass is never downgraded to a skip. */
export function withOutcome(
  lesson: LessonProgress,
  stepId: string,
  outcome: StepOutcome,
): LessonProgress {
  if (lesson.outcomes[stepId] === 'passed' || lesson.outcomes[stepId] === outcome) return lesson
  return { ...lesson, outcomes: { ...lesson.outcomes, [stepId]: outcome } }
}

export function withVisited(lesson: LessonProgress, stepId: string): LessonProgress {
  return lesson.visited.includes(stepId)
    ? lesson
    : { ...lesson, visited: [...lesson.visited, stepId] }
}

/** One more hint opened, up to the number the step has. */
export function withHint(
  lesson: LessonProgress,
  stepId: string,
  available: number,
): LessonProgress {
  const shown = Math.min(available, (lesson.hints[stepId] ?? 0) + 1)
  return { ...lesson, hints: { ...lesson.hints, [stepId]: shown } }
}

/** The index of the step whose start the design of `step` comes from: itself or an earlier one. */
export function startingStepFor(lesson: Lesson, step: number): number | null {
  for (let i = Math.min(step, lesson.steps.length - 1); i >= 0; i--) {
    if (lesson.steps[i]?.start) return i
  }
  return null
}

/** How far a lesson has got: steps passed and skipped, and whether every step has an outcome. */
export function tally(lesson: Lesson, progress: LessonProgress) {
  let passed = 0
  let skipped = 0
  for (const step of lesson.steps) {
    if (progress.outcomes[step.id] === 'passed') passed++
    else if (progress.outcomes[step.id] === 'skipped') skipped++
  }
  return {
    passed,
    skipped,
    total: lesson.steps.length,
    finished: passed + skipped === lesson.steps.length,
  }
}
