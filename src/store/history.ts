/**
 * One undo history for both panes. A step is a snapshot of what the user edits — the YAML text
 * and the node positions — never selection, viewport or results. Our own small module rather
 * than zundo's `temporal`: a step here must capture text and layout together (a rename moves a
 * position key in the same step), a drag must become one step from its start, and the editor's
 * keystrokes arrive already coalesced by its debounce; all three are a few lines here.
 */

export interface XY {
  readonly x: number
  readonly y: number
}
export type Positions = Readonly<Record<string, XY>>

export interface Snapshot {
  readonly yamlText: string
  readonly positions: Positions
}

export interface History {
  readonly past: readonly Snapshot[]
  readonly future: readonly Snapshot[]
}

/** Steps kept; older ones fall off. */
export const HISTORY_LIMIT = 200

export const emptyHistory: History = { past: [], future: [] }

/** Record `before` as the state to return to; a new edit clears what could be redone. */
export function record(history: History, before: Snapshot): History {
  const last = history.past[history.past.length - 1]
  if (last && sameSnapshot(last, before)) return { past: history.past, future: [] }
  const past = [...history.past, before]
  return { past: past.length > HISTORY_LIMIT ? past.slice(-HISTORY_LIMIT) : past, future: [] }
}

/** Step back from `current`: the snapshot to show, and the history after it. */
export function undo(history: History, current: Snapshot): [Snapshot, History] | undefined {
  const target = history.past[history.past.length - 1]
  if (!target) return undefined
  return [target, { past: history.past.slice(0, -1), future: [current, ...history.future] }]
}

export function redo(history: History, current: Snapshot): [Snapshot, History] | undefined {
  const target = history.future[0]
  if (!target) return undefined
  return [target, { past: [...history.past, current], future: history.future.slice(1) }]
}

export function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  return a.yamlText === b.yamlText && samePositions(a.positions, b.positions)
}

export function samePositions(a: Positions, b: Positions): boolean {
  if (a === b) return true
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((k) => a[k]?.x === b[k]?.x && a[k]?.y === b[k]?.y)
}
