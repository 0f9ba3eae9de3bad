import { createSavedDesign, validateSavedDesign, type SavedDesign } from './savedDesign'

/**
 * The project file: one JSON file with everything a design is — its `serverless.yml` text, the
 * canvas layout and the traffic scenario — in the same versioned format as browser storage, so a
 * file written by an older release is migrated on import exactly as a stored design is.
 */

/** Larger than any project by far: the YAML is capped at 2 MB, positions and scenario are small. */
export const MAX_PROJECT_FILE_BYTES = 4 * 1024 * 1024

export const PROJECT_FILE_EXTENSION = '.canvas.json'

/** The design as a project file's text: indented, so it diffs well in version control. */
export function toProjectFile(design: SavedDesign): string {
  return `${JSON.stringify(createSavedDesign(design), null, 2)}\n`
}

export type ProjectFileResult =
  | {
      readonly ok: true
      readonly design: SavedDesign
      /** The file was written by an older version and has been brought up to date. */
      readonly migrated: boolean
      readonly note?: string
    }
  | { readonly ok: false; readonly reason: string }

/** A project file's text read back as a design; a clear reason when it is not one. */
export function readProjectFile(fileName: string, text: string): ProjectFileResult {
  if (text.length > MAX_PROJECT_FILE_BYTES) {
    return {
      ok: false,
      reason: `${fileName} is too large to be a project file. Nothing was opened.`,
    }
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return {
      ok: false,
      reason: `${fileName} is not valid JSON (${(error as Error).message}). Nothing was opened.`,
    }
  }
  const result = validateSavedDesign(data)
  if (!result.ok) {
    return {
      ok: false,
      reason: `${fileName} is not a Serverless Canvas project: ${result.reason}. Nothing was opened.`,
    }
  }
  return {
    ok: true,
    design: result.design,
    migrated: result.migrated,
    ...(result.note !== undefined && { note: result.note }),
  }
}

/** Whether a file looks like a project (JSON) rather than a `serverless.yml`, by name and text. */
export function looksLikeProjectFile(fileName: string, text: string): boolean {
  return /\.json$/i.test(fileName) || /^\s*\{\s*"format"\s*:\s*"serverless-canvas\//.test(text)
}
