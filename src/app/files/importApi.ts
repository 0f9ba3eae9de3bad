import { importOpenApi, minimalServiceYaml, readOpenApi } from '../../openapi/import'
import type { ServiceModel } from '../../model/types'
import { applyPatches, parse, type Patch } from '../../serverless'

export type ImportPlan =
  | {
      readonly ok: true
      /** `merge`: the patches for the open design; `new`: the text of a new design. */
      readonly patches: readonly Patch[]
      readonly newDesign?: { readonly name: string; readonly yamlText: string }
      readonly summary: readonly string[]
    }
  | { readonly ok: false; readonly error: string }

/**
 * What importing an API document does: into the open design (patches to apply as one undo step),
 * or as a new design started from a minimal service named after the API's title.
 */
export function planApiImport(
  text: string,
  options: {
    readonly mode: 'merge' | 'new'
    readonly target: 'rest' | 'http'
    readonly existing: ServiceModel
  },
): ImportPlan {
  const read = readOpenApi(text)
  if (!read.ok) return read
  if (options.mode === 'merge') {
    return importOpenApi(text, { target: options.target, existing: options.existing })
  }
  const name = read.document.title?.trim() || 'Imported API'
  const start = minimalServiceYaml(name)
  const imported = importOpenApi(text, { target: options.target, existing: parse(start).model })
  if (!imported.ok) return imported
  const applied = applyPatches(start, imported.patches)
  if (!applied.ok) return { ok: false, error: applied.error }
  return { ...imported, patches: [], newDesign: { name, yamlText: applied.text } }
}
