/**
 * The sizes of the resizable panes and which collapsible ones are open: remembered between
 * visits, and always brought back within limits, whatever storage holds. Pure.
 */

export const Pane = {
  palette: 'palette',
  inspector: 'inspector',
  editor: 'editor',
  problems: 'problems',
  results: 'results',
} as const
export type Pane = (typeof Pane)[keyof typeof Pane]

export interface PaneLimits {
  readonly min: number
  readonly max: number
  readonly initial: number
}

/** In CSS pixels: widths for the columns, heights for the problems and results drawers. */
export const PANE_LIMITS: Readonly<Record<Pane, PaneLimits>> = {
  palette: { min: 140, max: 360, initial: 176 },
  inspector: { min: 220, max: 520, initial: 272 },
  editor: { min: 280, max: 900, initial: 400 },
  problems: { min: 80, max: 480, initial: 160 },
  results: { min: 160, max: 720, initial: 360 },
}

/** What the results drawer shows beside the scenario. */
export const RESULTS_TABS = ['cost', 'simulation'] as const
export type ResultsTab = (typeof RESULTS_TABS)[number]

export interface PaneLayout {
  readonly sizes: Readonly<Record<Pane, number>>
  readonly paletteOpen: boolean
  readonly problemsOpen: boolean
  readonly resultsOpen: boolean
  readonly resultsTab: ResultsTab
}

export const DEFAULT_LAYOUT: PaneLayout = {
  sizes: {
    palette: PANE_LIMITS.palette.initial,
    inspector: PANE_LIMITS.inspector.initial,
    editor: PANE_LIMITS.editor.initial,
    problems: PANE_LIMITS.problems.initial,
    results: PANE_LIMITS.results.initial,
  },
  paletteOpen: true,
  problemsOpen: false,
  resultsOpen: false,
  resultsTab: 'cost',
}

export function clampSize(pane: Pane, size: number): number {
  const { min, max } = PANE_LIMITS[pane]
  return Math.round(Math.min(max, Math.max(min, size)))
}

/** Size after one arrow-key step: 16 px, or 64 with Shift held. */
export function steppedSize(pane: Pane, size: number, direction: 1 | -1, large: boolean): number {
  return clampSize(pane, size + direction * (large ? 64 : 16))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The layout stored as JSON, or the default for anything missing, unreadable or out of range. */
export function parseLayout(stored: string | null): PaneLayout {
  if (!stored) return DEFAULT_LAYOUT
  let data: unknown
  try {
    data = JSON.parse(stored)
  } catch {
    return DEFAULT_LAYOUT
  }
  if (!isRecord(data)) return DEFAULT_LAYOUT
  const storedSizes = isRecord(data.sizes) ? data.sizes : {}
  const size = (pane: Pane): number => {
    const value = storedSizes[pane]
    return typeof value === 'number' && Number.isFinite(value)
      ? clampSize(pane, value)
      : DEFAULT_LAYOUT.sizes[pane]
  }
  const flag = (value: unknown, fallback: boolean) =>
    typeof value === 'boolean' ? value : fallback
  return {
    sizes: {
      palette: size('palette'),
      inspector: size('inspector'),
      editor: size('editor'),
      problems: size('problems'),
      results: size('results'),
    },
    paletteOpen: flag(data.paletteOpen, DEFAULT_LAYOUT.paletteOpen),
    problemsOpen: flag(data.problemsOpen, DEFAULT_LAYOUT.problemsOpen),
    resultsOpen: flag(data.resultsOpen, DEFAULT_LAYOUT.resultsOpen),
    resultsTab: RESULTS_TABS.find((tab) => tab === data.resultsTab) ?? DEFAULT_LAYOUT.resultsTab,
  }
}

export function serializeLayout(layout: PaneLayout): string {
  return JSON.stringify(layout)
}
