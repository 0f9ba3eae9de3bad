import { isPlainMap, type PlainMap } from './coerce'
import { loadDocument } from './document'
import { PlainLimitError, toPlain } from './plain'
import { resolveVariables, type ResolvedConfig, type VariableSettings } from './variables'

/** The resolved configuration of a readable `serverless.yml`: a mapping with its variables. */
export interface ServiceConfig extends Omit<ResolvedConfig, 'value'> {
  readonly value: PlainMap
}

/**
 * The configuration as the framework would see it, variables resolved where they can be
 * (short tags in long form): for readers that need event details the model does not carry,
 * such as the OpenAPI export. `undefined` when the text is not a YAML mapping; `parse` says why.
 */
export function readConfig(
  text: string,
  settings: VariableSettings = {},
): ServiceConfig | undefined {
  const loaded = loadDocument(text)
  if (!loaded.doc || loaded.doc.errors.length > 0) return undefined
  let plain
  try {
    plain = toPlain(loaded.doc.contents)
  } catch (error) {
    if (error instanceof PlainLimitError) return undefined
    throw error
  }
  if (!isPlainMap(plain)) return undefined
  const resolved = resolveVariables(plain, settings)
  return { ...resolved, value: isPlainMap(resolved.value) ? resolved.value : plain }
}
