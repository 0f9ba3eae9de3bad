/** Canvas edits of `serverless.yml` as patches over its text. */
export { applyPatch, applyPatches } from './applyPatch'
export type * from './patch'
export { StreamViewType } from './patch'
