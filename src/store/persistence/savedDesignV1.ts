import {
  LIMITS,
  collectPositions,
  isCoordinate,
  requireString,
  requireTimestamp,
  type UnknownRecord,
} from './recordFields'
import type { Position, SavedDesignFields } from './savedDesign'

/**
 * Format version 1, written by the first release, kept readable so its designs still open:
 *
 * ```
 * {
 *   version: 1,
 *   id: string,                            // the key in the `designs` object store
 *   name: string,
 *   yaml: string,                          // the serverless.yml text
 *   layout: { [resourceId]: [x, y] },      // positions as pairs of numbers
 *   savedAt: number,                       // milliseconds since the epoch
 * }
 * ```
 *
 * It had no `format` tag and did not record when a design was created.
 */
export function migrateV1(record: UnknownRecord): SavedDesignFields {
  const savedAt = requireTimestamp(record, 'savedAt')
  return {
    id: requireString(record, 'id', { maxLength: LIMITS.idLength, nonEmpty: true }),
    name: requireString(record, 'name', { maxLength: LIMITS.nameLength }),
    yamlText: requireString(record, 'yaml', { maxLength: LIMITS.yamlLength }),
    positions: collectPositions(record, 'layout', readPair),
    // The first save is not known; the last one is the earliest time the design is known to exist.
    createdAt: savedAt,
    updatedAt: savedAt,
  }
}

function readPair(value: unknown): Position | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined
  const [x, y]: unknown[] = value
  return isCoordinate(x) && isCoordinate(y) ? { x, y } : undefined
}
