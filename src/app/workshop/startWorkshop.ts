import { hasLessonLink, readLessonLink } from '../../lessons/lessonLink'
import { BUNDLED_LESSONS, bundledLesson } from '../../lessons/library'
import {
  createWorkshopSession,
  type ProgressStorage,
  type WorkshopSession,
} from '../../lessons/workshopSession'
import type { DesignerStore } from '../../store/designerStore'
import type { DesignLibrary } from '../designs/designLibrary'
import type { Example } from '../exampleCatalog'
import { lessonDesigns } from './lessonDesigns'

/** Where lesson progress lives in the browser. */
export const PROGRESS_STORAGE_KEY = 'serverless-canvas.lesson-progress'

const browserStorage: ProgressStorage = {
  read: () => window.localStorage.getItem(PROGRESS_STORAGE_KEY),
  write: (text) => window.localStorage.setItem(PROGRESS_STORAGE_KEY, text),
}

/**
 * The workshop for this page: progress from the browser, the lesson's designs in the library,
 * and a room link in the address (`?lesson=…&step=…`, `#lesson=…`) opened at its step — then
 * taken out of the address, so a reload keeps the learner's work rather than starting afresh.
 */
export async function startWorkshop(
  store: DesignerStore,
  library: DesignLibrary,
  examples: readonly Example[],
): Promise<WorkshopSession> {
  const notify = store.getState().actions.notify
  const session = createWorkshopSession({
    storage: browserStorage,
    designs: lessonDesigns(store, library, examples),
    bundled: BUNDLED_LESSONS,
    notify,
  })
  const { search, hash } = window.location
  if (!hasLessonLink(search, hash)) return session
  const link = await readLessonLink(search, hash, bundledLesson)
  const url = new URL(window.location.href)
  url.searchParams.delete('lesson')
  url.searchParams.delete('step')
  url.hash = ''
  window.history.replaceState(window.history.state, '', url)
  if (link.kind === 'refused') {
    notify(
      'error',
      `This lesson link cannot be opened: ${link.reason}. Nothing you had was changed.`,
    )
  } else if (link.kind === 'lesson') {
    if (link.key === link.lesson.id) await session.start(link.key, link.lesson, link.step)
    else await session.load(link.lesson, link.step)
  }
  return session
}
