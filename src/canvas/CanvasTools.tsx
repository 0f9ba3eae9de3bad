import { Controls, MiniMap, Panel, useReactFlow, type Node } from '@xyflow/react'
import { memo, useCallback, useEffect } from 'react'
import { selectActions, selectCanvasModel } from '../store/selectors'
import { useDesigner, useDesignerStore } from '../store/useDesigner'
import { FIT_VIEW_OPTIONS } from './fitView'
import { autoLayout } from './layout'
import type { ResourceNodeData } from './toFlow'
import { useRefitOnResize } from './useRefitOnResize'

const MINIMAP_SIZE = { width: 150, height: 100 }

/** Keys typed into a field (the editor, the inspector, a name) are never canvas shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target.closest('input, textarea, select, [contenteditable="true"], .nokey') !== null
  )
}

const minimapClass = (node: Node) =>
  `minimap-node kind-${(node.data as ResourceNodeData).resource.kind}`

/**
 * The canvas's own tools, over the diagram: tidy up and zoom to fit (also Shift+1), zoom
 * controls and the minimap.
 */
export const CanvasTools = memo(function CanvasTools({ editable }: { readonly editable: boolean }) {
  const { fitView } = useReactFlow()
  const store = useDesignerStore()
  const { placeNodes } = useDesigner(selectActions)
  const empty = useDesigner(selectCanvasModel).resources.length === 0

  const fit = useCallback(() => void fitView(FIT_VIEW_OPTIONS), [fitView])
  useRefitOnResize()

  const tidy = useCallback(() => {
    const positions = Object.fromEntries(autoLayout(store.getState().lastGoodModel))
    placeNodes(positions, { record: true })
    // Fit once React Flow has the new positions.
    requestAnimationFrame(fit)
  }, [store, placeNodes, fit])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shiftOne = event.code === 'Digit1' && event.shiftKey
      if (!shiftOne || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) {
        return
      }
      event.preventDefault()
      fit()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [fit])

  return (
    <>
      <Panel position="top-left" className="canvas-tools" aria-label="Canvas tools">
        <button
          type="button"
          data-testid="canvas.tidy"
          onClick={tidy}
          disabled={!editable || empty}
          title="Lay out every node again, left to right"
        >
          Tidy up
        </button>
        <button
          type="button"
          data-testid="canvas.fit"
          onClick={fit}
          disabled={empty}
          aria-keyshortcuts="Shift+1"
          title="Zoom to fit (Shift+1)"
        >
          Fit
        </button>
      </Panel>
      <Controls showInteractive={false} showFitView={false} position="bottom-left" />
      <MiniMap
        position="bottom-right"
        pannable
        zoomable
        nodeClassName={minimapClass}
        style={MINIMAP_SIZE}
        ariaLabel="Overview of the diagram"
      />
    </>
  )
})
