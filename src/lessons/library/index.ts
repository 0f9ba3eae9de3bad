import type { Lesson } from '../lessonTypes'
import { validateLesson } from '../validateLesson'
import apiGatewayBasics from './api-gateway-basics.json'
import asyncRetries from './async-retries.json'
import coldStarts from './cold-starts.json'
import dynamodbCapacity from './dynamodb-capacity.json'
import theBill from './the-bill.json'
import throttling from './throttling.json'

/**
 * The lessons that ship with the app, in the order a one-hour workshop takes them. They are
 * read through the same strict reader as a teacher's file, so they are proof the format works;
 * `lessons.test.ts` plays every step of each, from its start to a solution.
 */
export const BUNDLED_LESSONS: readonly Lesson[] = [
  apiGatewayBasics,
  coldStarts,
  throttling,
  dynamodbCapacity,
  asyncRetries,
  theBill,
].map((raw) => {
  const read = validateLesson(raw)
  // A broken bundled lesson is our bug, caught by the tests before it ships.
  if (!read.ok) throw new Error(`bundled lesson refused: ${read.error}`)
  return read.lesson
})

/** A bundled lesson by id. */
export function bundledLesson(id: string): Lesson | undefined {
  return BUNDLED_LESSONS.find((lesson) => lesson.id === id)
}
