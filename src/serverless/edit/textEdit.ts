/**
 * A splice of the text: replace `[start, end)` with `insert`. Every canvas edit ends up as a few
 * of these, so untouched bytes stay untouched.
 */
export interface TextEdit {
  readonly start: number
  readonly end: number
  readonly insert: string
}

/** The outcome of an edit primitive or a patch: the new text, or why it was refused. */
export type EditResult = { readonly ok: true; readonly text: string } | EditFailure
export interface EditFailure {
  readonly ok: false
  readonly error: string
}

export function ok(text: string): EditResult {
  return { ok: true, text }
}

export function fail(error: string): EditFailure {
  return { ok: false, error }
}

/**
 * Apply non-overlapping edits. Applied from the end backwards so that earlier offsets stay
 * valid; two insertions at the same offset keep the order they were given in.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => b.edit.start - a.edit.start || b.order - a.order)
  let out = text
  let limit = text.length
  for (const { edit } of ordered) {
    if (edit.start > edit.end || edit.end > limit) {
      throw new Error(`Overlapping text edits at ${edit.start}..${edit.end}`)
    }
    out = out.slice(0, edit.start) + edit.insert + out.slice(edit.end)
    limit = edit.start
  }
  return out
}
