import type { Scenario } from '../model/scenario'
import type { Lesson, LessonStep } from './lessonTypes'
import {
  EMPTY_PROGRESS,
  lessonProgress,
  loadedLessonKey,
  readProgress,
  startingStepFor,
  updateLesson,
  withHint,
  withOutcome,
  withVisited,
  writeProgress,
  type LessonProgress,
  type Progress,
} from './progress'

/** Where progress is kept (the browser's localStorage in the app, a map in tests). */
export interface ProgressStorage {
  read(): string | null
  write(text: string): void
}

/** The designs a lesson works on: the app's design library and store behind a narrow port. */
export interface LessonDesigns {
  /** Saves a new design with this content, opens it, and gives its id. */
  create(name: string, yamlText: string, scenario: Scenario | undefined): Promise<string>
  /** Replaces the content of the open design `designId` (a step's start). */
  replace(designId: string, name: string, yamlText: string, scenario: Scenario | undefined): void
  /** Opens a saved design; false when it is gone. */
  open(designId: string): Promise<boolean>
  /** The id of the design open now. */
  openId(): string
  /** A bundled example's text, by name. */
  exampleYaml(name: string): string | undefined
}

export interface WorkshopState {
  /** The workshop panel is shown. */
  readonly open: boolean
  readonly presenter: boolean
  /** In presenter view the editor is folded away until asked for. */
  readonly editorShown: boolean
  readonly laser: boolean
  readonly progress: Progress
}

export interface WorkshopOptions {
  readonly storage: ProgressStorage
  readonly designs: LessonDesigns
  readonly bundled: readonly Lesson[]
  /** A problem for the learner to see (a damaged save, a missing example). */
  readonly notify: (kind: 'error' | 'info', message: string) => void
}

/** An empty service to start a lesson whose first step has no design of its own. */
const EMPTY_SERVICE = 'service: my-service\n\nprovider:\n  name: aws\n  runtime: nodejs20.x\n'

/**
 * The workshop: which lesson is open at which step, outcomes and hints (kept in storage so a
 * learner can leave and come back), and the presenter's view. Entering a step that has a start
 * design replaces the lesson's design with it, once: coming back to a step keeps the learner's
 * work (Reset step applies it again). Outside React; subscribe with `useSyncExternalStore`.
 */
export function createWorkshopSession(options: WorkshopOptions) {
  const { storage, designs, notify } = options
  const read = readProgress(safeRead(storage))
  if (!read.ok) notify('error', read.problem)
  let state: WorkshopState = {
    open: read.progress.current !== null,
    presenter: false,
    editorShown: true,
    laser: false,
    progress: read.progress,
  }
  const listeners = new Set<() => void>()

  const set = (next: Partial<WorkshopState>) => {
    state = { ...state, ...next }
    for (const listener of listeners) listener()
  }
  const setProgress = (progress: Progress) => {
    set({ progress })
    try {
      storage.write(writeProgress(progress))
    } catch {
      notify(
        'error',
        'Lesson progress could not be saved in this browser (storage is full or off).',
      )
    }
  }

  const lessonByKey = (key: string): Lesson | undefined =>
    state.progress.loaded[key] ?? options.bundled.find((l) => l.id === key)

  const current = () => {
    const key = state.progress.current
    const lesson = key === null ? undefined : lessonByKey(key)
    return key === null || !lesson ? null : { key, lesson, at: lessonProgress(state.progress, key) }
  }

  const change = (key: string, edit: (p: LessonProgress) => LessonProgress) =>
    setProgress(updateLesson(state.progress, key, edit))

  /** The design a step starts from (its own, or the nearest earlier step's), as text. */
  function startOf(lesson: Lesson, index: number) {
    const from = startingStepFor(lesson, index)
    const start = from === null ? undefined : lesson.steps[from]?.start
    if (!start) return { yamlText: EMPTY_SERVICE, scenario: undefined }
    const yamlText = 'yaml' in start ? start.yaml : designs.exampleYaml(start.example)
    if (yamlText === undefined) {
      notify(
        'error',
        `This lesson starts from the example “${'example' in start ? start.example : ''}”, which is not bundled.`,
      )
      return { yamlText: EMPTY_SERVICE, scenario: start.scenario }
    }
    return { yamlText, scenario: start.scenario }
  }

  const designName = (lesson: Lesson) => `Lesson: ${lesson.title}`

  async function newLessonDesign(key: string, lesson: Lesson, index: number) {
    const { yamlText, scenario } = startOf(lesson, index)
    const designId = await designs.create(designName(lesson), yamlText, scenario)
    change(key, (p) => ({ ...p, designId }))
  }

  /** Moves to a step, applying its start design the first time it is entered. */
  function enter(key: string, lesson: Lesson, index: number, forceStart: boolean) {
    const step = lesson.steps[index] as LessonStep
    const at = lessonProgress(state.progress, key)
    const designId = at.designId
    if (designId && (forceStart || (step.start && !at.visited.includes(step.id)))) {
      const { yamlText, scenario } = startOf(lesson, index)
      designs.replace(designId, designName(lesson), yamlText, scenario)
    }
    change(key, (p) => withVisited({ ...p, step: index }, step.id))
  }

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getSnapshot: (): WorkshopState => state,
    /** The lesson open now, its key and progress; null on the lesson list. */
    current,
    lessonByKey,
    bundled: options.bundled,

    /**
     * Opens a lesson: where the learner left it (its design reopened), or at `atStep` — a room
     * link — with that step's design, fresh.
     */
    async start(key: string, lesson: Lesson, atStep?: number): Promise<void> {
      set({ open: true, progress: { ...state.progress, current: key } })
      setProgress(state.progress)
      const at = lessonProgress(state.progress, key)
      const step = Math.min(atStep ?? at.step, lesson.steps.length - 1)
      const reopened =
        at.designId !== undefined &&
        (designs.openId() === at.designId || (await designs.open(at.designId)))
      if (reopened) {
        // A room link puts the step's design back; resuming keeps the learner's work.
        enter(key, lesson, step, atStep !== undefined)
        return
      }
      await newLessonDesign(key, lesson, step)
      change(key, (p) => ({ ...p, visited: lesson.steps.slice(0, step + 1).map((s) => s.id) }))
      enter(key, lesson, step, false)
    },

    /** A lesson from a file or a link: kept with the progress, then opened. */
    async load(lesson: Lesson, atStep?: number): Promise<void> {
      const key = loadedLessonKey(lesson)
      setProgress({ ...state.progress, loaded: { ...state.progress.loaded, [key]: lesson } })
      await this.start(key, lesson, atStep)
    },

    goTo(index: number): void {
      const open = current()
      if (!open || index < 0 || index >= open.lesson.steps.length || index === open.at.step) return
      enter(open.key, open.lesson, index, false)
    },
    next(): void {
      const open = current()
      if (open) this.goTo(open.at.step + 1)
    },
    previous(): void {
      const open = current()
      if (open) this.goTo(open.at.step - 1)
    },
    /** Marks the step skipped and moves on. */
    skip(): void {
      const open = current()
      const step = open?.lesson.steps[open.at.step]
      if (!open || !step) return
      change(open.key, (p) => withOutcome(p, step.id, 'skipped'))
      this.next()
    },
    /** Puts the step's start design back. */
    resetStep(): void {
      const open = current()
      if (open) enter(open.key, open.lesson, open.at.step, true)
    },
    showHint(): void {
      const open = current()
      const step = open?.lesson.steps[open.at.step]
      if (open && step) change(open.key, (p) => withHint(p, step.id, step.hints.length))
    },
    /** A step's check turned green: kept, even if the design changes afterwards. */
    recordPass(stepId: string): void {
      const open = current()
      if (open && open.at.outcomes[stepId] !== 'passed')
        change(open.key, (p) => withOutcome(p, stepId, 'passed'))
    },
    /** Back to the list of lessons; progress stays. */
    leaveLesson(): void {
      setProgress({ ...state.progress, current: null })
    },
    /** Starts a lesson over: outcomes and hints cleared, a fresh design from step 1. */
    async restart(key: string, lesson: Lesson): Promise<void> {
      const { designId } = lessonProgress(state.progress, key)
      setProgress(
        updateLesson(state.progress, key, () => ({
          ...lessonProgress(EMPTY_PROGRESS, key),
          ...(designId !== undefined && { designId }),
        })),
      )
      await this.start(key, lesson, 0)
    },

    setOpen(open: boolean): void {
      set({ open, ...(!open && { presenter: false, laser: false }) })
    },
    setPresenter(presenter: boolean): void {
      set({ presenter, open: state.open || presenter, editorShown: !presenter, laser: false })
    },
    toggleEditor(): void {
      set({ editorShown: !state.editorShown })
    },
    toggleLaser(): void {
      set({ laser: !state.laser })
    },
  }
}

export type WorkshopSession = ReturnType<typeof createWorkshopSession>

function safeRead(storage: ProgressStorage): string | null {
  try {
    return storage.read()
  } catch {
    return null
  }
}
