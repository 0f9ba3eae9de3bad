import { useEffect, useMemo, useState } from 'react'
import type { ServiceModel } from '../model/types'
import { selectActions, selectPositions } from '../store/selectors'
import { useDesigner } from '../store/useDesigner'
import { inheritPositions, placeMissing, type PositionMap, type Point } from './layout'

/** Resources that appeared and vanished between two models: a rename in the text is both. */
function renamedPlaces(
  before: ServiceModel,
  after: ServiceModel,
  stored: PositionMap,
): Record<string, Point> {
  const was = new Set(before.resources.map((r) => r.id))
  const is = new Set(after.resources.map((r) => r.id))
  const appeared = after.resources.filter((r) => !was.has(r.id))
  const vanished = before.resources.filter((r) => !is.has(r.id))
  return appeared.length === 0 ? {} : inheritPositions(appeared, vanished, stored)
}

/**
 * Where every resource of `model` is drawn: its stored position, or one the layout gives it.
 * Placed positions are drawn at once and stored right after (not as an undo step), so they
 * persist with the design; stored positions are never moved here.
 */
export function usePlacement(model: ServiceModel): PositionMap {
  const stored = useDesigner(selectPositions)
  const { placeNodes } = useDesigner(selectActions)

  const [seen, setSeen] = useState({ model, inherited: {} as Record<string, Point> })
  if (seen.model !== model) {
    // Adjusting state to a new model during render (not in an effect) avoids a frame in which
    // a renamed node jumps to a fresh place before settling back.
    setSeen({ model, inherited: renamedPlaces(seen.model, model, stored) })
  }

  const pending = useMemo(() => {
    const inherited = Object.fromEntries(
      Object.entries(seen.inherited).filter(([id]) => !stored[id]),
    )
    const placed = placeMissing(model, { ...stored, ...inherited })
    return { ...inherited, ...placed }
  }, [model, stored, seen.inherited])

  useEffect(() => {
    if (Object.keys(pending).length > 0) placeNodes(pending, { record: false })
  }, [pending, placeNodes])

  return useMemo(
    () => (Object.keys(pending).length === 0 ? stored : { ...stored, ...pending }),
    [stored, pending],
  )
}
