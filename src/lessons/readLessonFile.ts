import type { Lesson } from './lessonTypes'
import { validateLesson } from './validateLesson'

/** Larger than any lesson could honestly be: refused before it is read. */
export const MAX_LESSON_FILE_BYTES = 1024 * 1024

export type LessonFileResult =
  { readonly ok: true; readonly lesson: Lesson } | { readonly ok: false; readonly error: string }

/** A lesson file's text, read strictly; the error names the file and the first problem. */
export function readLessonText(name: string, text: string): LessonFileResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const why = error instanceof SyntaxError ? error.message : 'it is not JSON'
    return { ok: false, error: `${name} is not a lesson file: ${why}.` }
  }
  const read = validateLesson(data)
  return read.ok ? read : { ok: false, error: `${name} is not a valid lesson: ${read.error}.` }
}

export async function readLessonFile(file: File): Promise<LessonFileResult> {
  if (file.size > MAX_LESSON_FILE_BYTES) {
    return { ok: false, error: `${file.name} is too large to be a lesson (over 1 MB).` }
  }
  return readLessonText(file.name, await file.text())
}
