import { useReactFlow, useStore } from '@xyflow/react'
import { useEffect, useRef } from 'react'
import { FIT_VIEW_OPTIONS } from './fitView'

/** Share of the pane's width and height kept clear on each side. */
const MARGIN = 0.1

/**
 * When the canvas changes size (a drawer or panel opens beside it) and a node no longer fits
 * in what is shown, zoom to fit again: opening the results drawer must not leave the design
 * hidden under its edge. A view where everything still fits is left as the user set it.
 */
export function useRefitOnResize(): void {
  const { fitView, getNodes, getNodesBounds, getViewport } = useReactFlow()
  const width = useStore((s) => s.width)
  const height = useStore((s) => s.height)
  const last = useRef<{ width: number; height: number } | null>(null)

  useEffect(() => {
    const before = last.current
    last.current = { width, height }
    // The first size is fitted by React Flow itself; an empty or hidden pane has nothing to show.
    if (!before || width === 0 || height === 0) return
    if (before.width === width && before.height === height) return
    const nodes = getNodes()
    if (nodes.length === 0) return
    const bounds = getNodesBounds(nodes)
    const { x, y, zoom } = getViewport()
    // The corners carry the zoom controls and the minimap: a node there is as good as hidden,
    // so the design must fit inside a margin, as a fit leaves it.
    const margin = { x: (width * MARGIN) / zoom, y: (height * MARGIN) / zoom }
    const shown = {
      left: -x / zoom + margin.x,
      top: -y / zoom + margin.y,
      right: (width - x) / zoom - margin.x,
      bottom: (height - y) / zoom - margin.y,
    }
    const fits =
      bounds.x >= shown.left &&
      bounds.y >= shown.top &&
      bounds.x + bounds.width <= shown.right &&
      bounds.y + bounds.height <= shown.bottom
    if (!fits) void fitView(FIT_VIEW_OPTIONS)
  }, [width, height, fitView, getNodes, getNodesBounds, getViewport])
}
