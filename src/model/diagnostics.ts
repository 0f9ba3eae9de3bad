import type { ResourceId } from './types'

export const Severity = { error: 'error', warning: 'warning', info: 'info' } as const
export type Severity = (typeof Severity)[keyof typeof Severity]

/** A position in the text: 1-based line and column, 0-based offset. */
export interface Position {
  readonly line: number
  readonly column: number
  readonly offset: number
}

export interface TextRange {
  readonly start: Position
  readonly end: Position
}

/**
 * A problem found in a design. The model's validation knows nothing of text, so it points at a
 * resource and a path inside `serverless.yml` (`['functions', 'api', 'memorySize']`); the codec
 * turns that into a `range`.
 */
export interface Diagnostic {
  readonly severity: Severity
  /** Stable machine-readable code, e.g. `yaml-syntax`, `dangling-reference`. */
  readonly code: string
  readonly message: string
  readonly resourceId?: ResourceId
  /** Path of keys and sequence indexes in the YAML document. */
  readonly path?: readonly (string | number)[]
  readonly range?: TextRange
}
