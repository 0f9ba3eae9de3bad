import type { FitViewOptions } from '@xyflow/react'

/** How the canvas zooms to fit: a margin round the design, never zoomed in past 125%. */
export const FIT_VIEW_OPTIONS: FitViewOptions = { padding: 0.15, maxZoom: 1.25, duration: 200 }
