import type { DesignerStore, Positions } from '../../store/designerStore'
import { planDuplicate } from '../../serverless/design/duplicate'

/** Where the copy goes relative to the original: below and to the right, so both show. */
export const DUPLICATE_OFFSET = { x: 40, y: 60 } as const

/** Ctrl+D: a copy of the selected resource beside it, selected, as one undo step. */
export function duplicateSelection(store: DesignerStore): void {
  const { selection, parsed, yamlText, positions, actions } = store.getState()
  if (!selection.id) return
  if (!parsed.ok) {
    actions.notify(
      'error',
      'Fix the YAML first: a resource cannot be copied while it does not parse.',
    )
    return
  }
  const plan = planDuplicate(parsed.model, yamlText, selection.id)
  if (!plan.ok) {
    actions.notify('error', plan.reason)
    return
  }
  const original = positions[selection.id]
  // Without a position of the original, the canvas places the copy itself.
  const placed: Positions | undefined = original
    ? { [plan.id]: { x: original.x + DUPLICATE_OFFSET.x, y: original.y + DUPLICATE_OFFSET.y } }
    : undefined
  actions.applyPatches(plan.patches, { select: plan.id, ...(placed ? { positions: placed } : {}) })
}
