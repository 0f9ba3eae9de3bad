import type { DesignerState } from '../../store/designerStore'
import {
  createSavedDesign,
  encodeShareFragment,
  toProjectFile,
  type EncodeResult,
  type SharedDesign,
} from '../../store/persistence'

/** What a link or project carries of the open design: the scenario only when the user set one. */
export function sharedDesignOf(state: DesignerState): SharedDesign {
  return {
    name: state.document.name,
    yamlText: state.yamlText,
    positions: state.positions,
    ...(state.scenarioCustomised && { scenario: state.scenario }),
  }
}

/** The full address of a link to the open design, or why there can be none. */
export async function shareLinkOf(state: DesignerState, base: string): Promise<EncodeResult> {
  const encoded = await encodeShareFragment(sharedDesignOf(state))
  if (!encoded.ok) return encoded
  const url = new URL(base)
  url.search = ''
  url.hash = encoded.fragment
  return { ok: true, fragment: url.toString() }
}

/** The open design as a project file's text. */
export function projectFileOf(state: DesignerState, now: number): string {
  const design = sharedDesignOf(state)
  return toProjectFile(
    createSavedDesign({ id: state.designId, ...design, createdAt: now, updatedAt: now }),
  )
}

/** `Orders API` → `orders-api.canvas.json`. */
export function projectFileName(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return `${slug || 'design'}.canvas.json`
}
