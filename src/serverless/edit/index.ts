/**
 * The text-edit engine: small, targeted splices of `serverless.yml` guided by the parsed AST's
 * ranges. Each primitive takes the text and returns the new text (the caller re-parses); the
 * document is never printed again as a whole, so what an edit does not touch stays byte-identical.
 */
export { appendIn, planAppendIn } from './appendIn'
export { deleteIn, planDeleteIn } from './deleteIn'
export { isEditable, openEditable, type Editable } from './editable'
export { getAtt, join, ref, sub, asIntrinsic } from './intrinsics'
export { findPair, formatPath, nodeAt, type Path, type PathKey } from './locate'
export type { NewValue } from './newValue'
export { renameKey } from './renameKey'
export { setIn, planSetIn } from './setIn'
export { applyEdits, fail, ok, type EditFailure, type EditResult, type TextEdit } from './textEdit'
