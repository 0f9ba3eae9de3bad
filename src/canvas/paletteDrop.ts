import { ResourceKind } from '../model/types'

/**
 * The drag data type the palette (in src/app) sets to the kind of resource being dragged. The
 * two folders may not import each other, so both spell out this same literal.
 */
export const RESOURCE_KIND_MIME = 'application/x-serverless-canvas-kind'

const KINDS: ReadonlySet<string> = new Set(Object.values(ResourceKind))

/** The kind a drop carries, or undefined when the data is not one of ours. */
export function droppedKind(data: string): ResourceKind | undefined {
  return KINDS.has(data) ? (data as ResourceKind) : undefined
}

/** Whether a drag carries a resource kind: checked on dragover, when the data itself is hidden. */
export function carriesResourceKind(types: readonly string[]): boolean {
  return types.includes(RESOURCE_KIND_MIME)
}
