import { useReactFlow, useStoreApi, type EdgeChange, type NodeChange } from '@xyflow/react'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ResourceId } from '../model/types'
import { selectActions, selectSelection } from '../store/selectors'
import { useDesigner } from '../store/useDesigner'
import { NODE_SIZE, type PositionMap } from './layout'

const EMPTY: ReadonlySet<string> = new Set()

/** The ids a batch of React Flow select changes leaves selected. */
function afterSelectChanges(
  current: ReadonlySet<string>,
  changes: readonly (NodeChange | EdgeChange)[],
): ReadonlySet<string> {
  let next: Set<string> | undefined
  for (const change of changes) {
    if (change.type !== 'select' || current.has(change.id) === change.selected) continue
    next ??= new Set(current)
    if (change.selected) next.add(change.id)
    else next.delete(change.id)
  }
  return next ?? current
}

/**
 * Selection on the canvas. React Flow may select several nodes and edges (for deleting them
 * together); the store knows one resource, the one last clicked, which the editor and inspector
 * follow. A selection made elsewhere selects that node here and pans it into view.
 */
export function useSelectionSync(positions: PositionMap) {
  const selection = useDesigner(selectSelection)
  const { select } = useDesigner(selectActions)
  const [nodes, setNodes] = useState<ReadonlySet<string>>(() =>
    selection.id ? new Set([selection.id]) : EMPTY,
  )
  const [edges, setEdges] = useState(EMPTY)
  const [followed, setFollowed] = useState(selection)
  const [reveal, setReveal] = useState<Reveal | null>(null)

  if (followed !== selection) {
    setFollowed(selection)
    if (selection.origin !== 'canvas') {
      setNodes(selection.id ? new Set([selection.id]) : EMPTY)
      setEdges(EMPTY)
      setReveal(selection.id ? { id: selection.id } : null)
    }
  }

  const onNodeSelectChanges = useCallback(
    (changes: readonly NodeChange[]) => {
      const selects = changes.filter((c) => c.type === 'select')
      if (selects.length === 0) return
      setNodes((current) => afterSelectChanges(current, selects))
      const chosen = selects.find((c) => c.selected)
      select(chosen ? (chosen.id as ResourceId) : null, 'canvas')
    },
    [select],
  )

  const onEdgeSelectChanges = useCallback((changes: readonly EdgeChange[]) => {
    setEdges((current) => afterSelectChanges(current, changes))
  }, [])

  usePanIntoView(reveal, positions)

  return { selectedNodes: nodes, selectedEdges: edges, onNodeSelectChanges, onEdgeSelectChanges }
}

/** A request to show a node; a new object per request, so the same node can be shown again. */
interface Reveal {
  readonly id: string
}

/** Pans (never zooms) so the node is on screen, when it is not already. */
function usePanIntoView(reveal: Reveal | null, positions: PositionMap) {
  const { setCenter } = useReactFlow()
  const flowStore = useStoreApi()
  const latest = useRef(positions)
  useEffect(() => {
    latest.current = positions
  }, [positions])
  useEffect(() => {
    const at = reveal ? latest.current[reveal.id] : undefined
    if (!at) return
    const { width, height, transform } = flowStore.getState()
    const [tx, ty, zoom] = transform
    const left = at.x * zoom + tx
    const top = at.y * zoom + ty
    const visible =
      left >= 0 &&
      top >= 0 &&
      left + NODE_SIZE.width * zoom <= width &&
      top + NODE_SIZE.height * zoom <= height
    if (visible) return
    const center = { x: at.x + NODE_SIZE.width / 2, y: at.y + NODE_SIZE.height / 2 }
    void setCenter(center.x, center.y, { zoom, duration: 250 })
  }, [reveal, flowStore, setCenter])
}
