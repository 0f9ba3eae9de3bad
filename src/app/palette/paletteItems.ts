import type { ResourceKind } from '../../model/types'

/**
 * What the palette offers: every kind the canvas can add (opaque resources are only shown), with
 * the words a user reads on each item. Pure data and keyboard arithmetic: no React.
 */
export type PaletteKind = Exclude<ResourceKind, 'opaque'>

export interface PaletteItem {
  readonly kind: PaletteKind
  readonly label: string
  /** One line: what the resource is for. */
  readonly hint: string
  /** The family colour, shared with the nodes on the canvas. */
  readonly tone: 'compute' | 'api' | 'database' | 'storage' | 'messaging' | 'events'
}

export const PALETTE_ITEMS: readonly PaletteItem[] = [
  { kind: 'function', label: 'Function', hint: 'Lambda code run on demand', tone: 'compute' },
  { kind: 'restApi', label: 'REST API', hint: 'API Gateway with keys, usage plans', tone: 'api' },
  { kind: 'httpApi', label: 'HTTP API', hint: 'Cheaper, faster API Gateway routes', tone: 'api' },
  {
    kind: 'websocketApi',
    label: 'WebSocket API',
    hint: 'Two-way connections to clients',
    tone: 'api',
  },
  { kind: 'table', label: 'DynamoDB table', hint: 'Key-value store, on-demand', tone: 'database' },
  { kind: 'bucket', label: 'S3 bucket', hint: 'Files; can trigger on upload', tone: 'storage' },
  {
    kind: 'queue',
    label: 'SQS queue',
    hint: 'Buffer work, consumed in batches',
    tone: 'messaging',
  },
  {
    kind: 'topic',
    label: 'SNS topic',
    hint: 'Fan out a message to subscribers',
    tone: 'messaging',
  },
  { kind: 'schedule', label: 'Schedule', hint: 'Run a function on a rate or cron', tone: 'events' },
  {
    kind: 'eventBus',
    label: 'Event bus',
    hint: 'Route events by pattern (EventBridge)',
    tone: 'events',
  },
]

/**
 * The drag data type carrying the kind being dragged. The canvas, which handles the drop, spells
 * out the same literal: UI folders do not import each other.
 */
export const RESOURCE_KIND_MIME = 'application/x-serverless-canvas-kind'

export const BROKEN_YAML_REASON =
  'The YAML does not parse: fix it in the editor before adding resources.'

/**
 * Where focus goes in a vertical list of `count` items on a key press (roving tabindex):
 * arrows move and wrap, Home and End jump. Undefined for keys the list does not handle.
 */
export function nextFocusIndex(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return (index + 1) % count
    case 'ArrowUp':
    case 'ArrowLeft':
      return (index - 1 + count) % count
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return undefined
  }
}
