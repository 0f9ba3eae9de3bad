import {
  LIMITS,
  RecordRefusal,
  collectPositions,
  describeValue,
  field,
  isCoordinate,
  isRecord,
  refuse,
  requireString,
  requireTimestamp,
  type UnknownRecord,
} from './recordFields'
import { migrateV1 } from './savedDesignV1'
import { validateScenario, type Scenario } from '../../model/scenario'

/** Tags a saved design, so a file or record of something else is recognised as such. */
export const DESIGN_FORMAT = 'serverless-canvas/design'
/** The format version this release writes. Older ones are migrated when read. */
export const DESIGN_VERSION = 3

export interface Position {
  readonly x: number
  readonly y: number
}

/** A design as it is kept in browser storage: the YAML text plus what only the canvas knows. */
export interface SavedDesign {
  readonly format: typeof DESIGN_FORMAT
  readonly version: typeof DESIGN_VERSION
  readonly id: string
  readonly name: string
  /** The `serverless.yml` text exactly as the user left it: it stays clean and deployable. */
  readonly yamlText: string
  /** Canvas positions by resource id. A resource without one is placed by the auto layout. */
  readonly positions: Readonly<Record<string, Position>>
  /** The traffic scenario, only when the user changed it; absent: the starter scenario. */
  readonly scenario?: Scenario
  /** Milliseconds since the epoch, from the caller's clock. */
  readonly createdAt: number
  readonly updatedAt: number
}

export type SavedDesignFields = Omit<SavedDesign, 'format' | 'version'>

export type ValidationResult =
  | {
      readonly ok: true
      readonly design: SavedDesign
      readonly migrated: boolean
      /** Something of the design that could not be read and was left out, to tell the user. */
      readonly note?: string
    }
  | { readonly ok: false; readonly reason: string }

export function createSavedDesign(fields: SavedDesignFields): SavedDesign {
  return {
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    id: fields.id,
    name: fields.name,
    yamlText: fields.yamlText,
    positions: fields.positions,
    ...(fields.scenario !== undefined && { scenario: fields.scenario }),
    createdAt: fields.createdAt,
    updatedAt: fields.updatedAt,
  }
}

/**
 * Read a stored value as a design of the current format, migrating an older one. Never throws:
 * anything that is not a design gives a reason naming what is wrong. Unknown fields are dropped.
 */
export function validateSavedDesign(value: unknown): ValidationResult {
  try {
    return readAnyVersion(value)
  } catch (error) {
    if (error instanceof RecordRefusal) return { ok: false, reason: error.message }
    // A value whose properties cannot even be read (a throwing getter, a revoked proxy).
    return { ok: false, reason: 'the record could not be read' }
  }
}

function readAnyVersion(value: unknown): ValidationResult {
  if (!isRecord(value)) refuse(`a saved design must be an object, not ${describeValue(value)}`)
  const format = field(value, 'format')
  if (format !== undefined && format !== DESIGN_FORMAT) {
    refuse('it is not a Serverless Canvas design (unknown "format")')
  }
  const version = field(value, 'version')
  if (version === undefined) refuse('field "version" is missing')
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    refuse(`field "version" must be a whole number from 1, not ${describeValue(version)}`)
  }
  if (version > DESIGN_VERSION) {
    refuse(`it was saved by a newer version of Serverless Canvas (format version ${version})`)
  }
  if (version === 1)
    return { ok: true, design: createSavedDesign(migrateV1(value)), migrated: true }
  if (format === undefined) refuse('field "format" is missing')
  // Version 2 is version 3 without a scenario: its designs use the starter scenario.
  if (version === 2) return { ok: true, design: readCurrent(value), migrated: true }
  const scenario = readScenario(value)
  const design = createSavedDesign({ ...readCurrent(value), scenario: scenario.scenario })
  if (scenario.note === undefined) return { ok: true, design, migrated: false }
  return { ok: true, design, migrated: false, note: scenario.note }
}

/** The fields versions 2 and 3 share. */
function readCurrent(record: UnknownRecord): SavedDesign {
  return createSavedDesign({
    id: requireString(record, 'id', { maxLength: LIMITS.idLength, nonEmpty: true }),
    name: requireString(record, 'name', { maxLength: LIMITS.nameLength }),
    yamlText: requireString(record, 'yamlText', { maxLength: LIMITS.yamlLength }),
    positions: collectPositions(record, 'positions', readPoint),
    createdAt: requireTimestamp(record, 'createdAt'),
    updatedAt: requireTimestamp(record, 'updatedAt'),
  })
}

/**
 * A stored scenario that no longer validates (damaged, or from rules since tightened) is left out
 * rather than refusing the whole design: the design opens with the starter scenario.
 */
function readScenario(record: UnknownRecord): {
  readonly scenario?: Scenario
  readonly note?: string
} {
  const raw = field(record, 'scenario')
  if (raw === undefined) return {}
  let reason: string
  try {
    const result = validateScenario(raw)
    if (result.ok) return { scenario: result.scenario }
    reason = result.error
  } catch {
    reason = 'it could not be read'
  }
  return {
    note: `The saved traffic scenario could not be read (${reason}); the starter scenario is used.`,
  }
}

function readPoint(value: unknown): Position | undefined {
  if (!isRecord(value)) return undefined
  const x = field(value, 'x')
  const y = field(value, 'y')
  return isCoordinate(x) && isCoordinate(y) ? { x, y } : undefined
}
