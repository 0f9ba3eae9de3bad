import type { Node } from 'yaml'

/**
 * New content for the file: JSON-like data (long-form intrinsics such as `{ Ref: 'T' }` are
 * written as short tags), possibly holding nodes taken from the document (cloned when written).
 * Every `Plain` value is a `NewValue`.
 */
export type NewValue =
  | string
  | number
  | boolean
  | null
  | Node
  | readonly NewValue[]
  | { readonly [key: string]: NewValue }
