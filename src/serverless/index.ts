/** The `serverless.yml` ⇄ model codec: what the store, the CLI and the tests import. */
export { parse, print, type ParseOptions, type ParseResult } from './parse'
export {
  resolveVariables,
  type ResolvedConfig,
  type VariableIssue,
  type VariableSettings,
} from './variables'
export { findReferences, type Reference } from './references'
export { displayValue } from './display'
export { applyPatch, applyPatches, type Patch, type PatchResult } from './patches'
export { readConfig, type ServiceConfig } from './config'
export { isPlainMap, type PlainMap } from './coerce'
export type { Plain } from './plain'
