import { useCallback, useEffect, useState } from 'react'
import {
  clampSize,
  parseLayout,
  serializeLayout,
  type Pane,
  type PaneLayout,
  type ResultsTab,
} from './paneLayout'

const STORAGE_KEY = 'serverless-canvas.layout'

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY)
  } catch {
    // Storage blocked (privacy settings): the default layout will do.
    return null
  }
}

export interface PaneLayoutControls {
  readonly layout: PaneLayout
  resize(pane: Pane, size: number): void
  togglePalette(): void
  setProblemsOpen(open: boolean): void
  setResultsOpen(open: boolean): void
  /** Opens the results drawer on `tab`. */
  showResults(tab: ResultsTab): void
}

/** Pane sizes and open panels, remembered in localStorage across visits. */
export function usePaneLayout(): PaneLayoutControls {
  const [layout, setLayout] = useState(() => parseLayout(readStored()))

  useEffect(() => {
    try {
      window.localStorage.setItem(STORAGE_KEY, serializeLayout(layout))
    } catch {
      // Not remembered; the layout still works for this visit.
    }
  }, [layout])

  const resize = useCallback(
    (pane: Pane, size: number) =>
      setLayout((current) => ({
        ...current,
        sizes: { ...current.sizes, [pane]: clampSize(pane, size) },
      })),
    [],
  )
  const togglePalette = useCallback(
    () => setLayout((current) => ({ ...current, paletteOpen: !current.paletteOpen })),
    [],
  )
  const setProblemsOpen = useCallback(
    (open: boolean) => setLayout((current) => ({ ...current, problemsOpen: open })),
    [],
  )
  const setResultsOpen = useCallback(
    (open: boolean) => setLayout((current) => ({ ...current, resultsOpen: open })),
    [],
  )
  const showResults = useCallback(
    (tab: ResultsTab) =>
      setLayout((current) => ({ ...current, resultsOpen: true, resultsTab: tab })),
    [],
  )
  return { layout, resize, togglePalette, setProblemsOpen, setResultsOpen, showResults }
}
