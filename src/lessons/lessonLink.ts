import { MAX_SHARE_FRAGMENT_CHARS, packText, unpackJson } from '../store/persistence'
import type { Lesson } from './lessonTypes'
import { loadedLessonKey } from './progress'
import { validateLesson } from './validateLesson'

/**
 * Links that open a lesson at a step, for a room: `?lesson=<id>&step=<n>` for a bundled lesson,
 * and for a teacher's own lesson the whole lesson packed into the fragment
 * (`?step=<n>#lesson=…`), which browsers never send anywhere. Steps count from 1 in links.
 */

export const LESSON_PARAM = 'lesson'
export const STEP_PARAM = 'step'
const FRAGMENT_PREFIX = '#lesson='

export type RoomLink =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string }

/** The link that opens `lesson` at step `stepIndex` (0-based) on this page. */
export async function roomLinkFor(
  page: { readonly origin: string; readonly pathname: string },
  lesson: Lesson,
  key: string,
  stepIndex: number,
): Promise<RoomLink> {
  const base = `${page.origin}${page.pathname}`
  const step = `${STEP_PARAM}=${stepIndex + 1}`
  if (key !== loadedLessonKey(lesson)) {
    return { ok: true, url: `${base}?${LESSON_PARAM}=${encodeURIComponent(lesson.id)}&${step}` }
  }
  const fragment = `${FRAGMENT_PREFIX}${await packText(JSON.stringify(lesson))}`
  if (fragment.length > MAX_SHARE_FRAGMENT_CHARS) {
    return {
      ok: false,
      reason: `This lesson needs a link of ${fragment.length.toLocaleString('en-US')} characters, more than a link can safely carry. Hand out the lesson file instead.`,
    }
  }
  return { ok: true, url: `${base}?${step}${fragment}` }
}

export type LessonLinkResult =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'lesson'
      readonly lesson: Lesson
      readonly key: string
      /** 0-based, within the lesson. */
      readonly step: number
    }
  | { readonly kind: 'refused'; readonly reason: string }

/** Whether the address asks for a lesson (whatever state its payload is in). */
export function hasLessonLink(search: string, hash: string): boolean {
  return new URLSearchParams(search).has(LESSON_PARAM) || hash.startsWith(FRAGMENT_PREFIX)
}

/** The lesson and step an address opens; a damaged or unknown one gets a reason. */
export async function readLessonLink(
  search: string,
  hash: string,
  bundled: (id: string) => Lesson | undefined,
): Promise<LessonLinkResult> {
  const params = new URLSearchParams(search)
  const stepOf = (lesson: Lesson) => {
    const n = Number(params.get(STEP_PARAM) ?? '1')
    return Number.isInteger(n) ? Math.min(Math.max(n, 1), lesson.steps.length) - 1 : 0
  }
  if (hash.startsWith(FRAGMENT_PREFIX)) {
    const body = hash.slice(FRAGMENT_PREFIX.length)
    if (body.length > MAX_SHARE_FRAGMENT_CHARS)
      return { kind: 'refused', reason: 'the lesson in this link is too long to be one of ours' }
    const unpacked = await unpackJson(body, 'a lesson')
    if (!unpacked.ok) return { kind: 'refused', reason: unpacked.reason }
    const read = validateLesson(unpacked.data)
    if (!read.ok) return { kind: 'refused', reason: `the lesson is not valid: ${read.error}` }
    return {
      kind: 'lesson',
      lesson: read.lesson,
      key: loadedLessonKey(read.lesson),
      step: stepOf(read.lesson),
    }
  }
  const id = params.get(LESSON_PARAM)
  if (id === null) return { kind: 'none' }
  const lesson = bundled(id)
  if (!lesson) return { kind: 'refused', reason: `there is no lesson “${id.slice(0, 80)}”` }
  return { kind: 'lesson', lesson, key: lesson.id, step: stepOf(lesson) }
}
