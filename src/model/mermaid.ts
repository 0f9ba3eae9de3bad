/**
 * The architecture as a Mermaid flowchart, for READMEs and design documents: one node per
 * resource, one arrow per edge, drawn the way the canvas draws them (solid for synchronous
 * triggers, dashed for asynchronous ones, thick for poll-based ones, labelled `uses` for access).
 * Pure text; Mermaid itself is never loaded.
 */
import type {
  ApiResource,
  Edge,
  Resource,
  ResourceId,
  ResourceKind,
  ServiceModel,
  TriggerEdge,
} from './types'

export interface MermaidOptions {
  /** `LR` (default) reads left to right, event sources first; `TB` top to bottom. */
  readonly direction?: 'LR' | 'TB'
  /** Group nodes by kind in subgraphs (default true). */
  readonly subgraphs?: boolean
  /** Show CloudFormation resources the model does not understand, as plain boxes (default true). */
  readonly opaque?: boolean
  /** Start with `%%` comments naming the service and explaining the arrows (default true). */
  readonly legend?: boolean
}

/** The Mermaid id prefix of each kind: ids always start with a letter and never clash by kind. */
const ID_PREFIX: Readonly<Record<ResourceKind, string>> = {
  function: 'fn',
  restApi: 'api',
  httpApi: 'api',
  websocketApi: 'api',
  table: 'table',
  bucket: 'bucket',
  queue: 'queue',
  topic: 'topic',
  schedule: 'schedule',
  eventBus: 'bus',
  opaque: 'res',
}

/** Subgraphs, in the order they are written: sources of traffic first, storage last. */
const GROUPS: readonly { readonly id: string; readonly title: string; kinds: ResourceKind[] }[] = [
  { id: 'sg_apis', title: 'APIs', kinds: ['restApi', 'httpApi', 'websocketApi'] },
  { id: 'sg_events', title: 'Events', kinds: ['schedule', 'eventBus', 'topic', 'queue'] },
  { id: 'sg_functions', title: 'Functions', kinds: ['function'] },
  { id: 'sg_storage', title: 'Storage', kinds: ['table', 'bucket'] },
  { id: 'sg_other', title: 'Other resources', kinds: ['opaque'] },
]

const API_TITLE = { restApi: 'REST API', httpApi: 'HTTP API', websocketApi: 'WebSocket API' }

const ARROW = { sync: '-->', async: '-.->', poll: '==>' } as const

const LEGEND = [
  '%% Legend:',
  '%%   A --> B   synchronous trigger (HTTP, WebSocket): the caller waits',
  '%%   A -.-> B  asynchronous trigger (S3, SNS, EventBridge, schedule): retried, then onError',
  '%%   A ==> B   poll-based trigger (SQS, DynamoDB stream): Lambda polls in batches',
  '%%   A -->|uses| B  a function reading or writing a table, bucket, queue or topic',
]

/**
 * A Mermaid `flowchart` of the service. Deterministic: the same model gives the same text.
 *
 * @example
 * toMermaid(model)
 * // flowchart LR
 * //   api_restApi{{"REST API"}}
 * //   fn_getUser["λ getUser"]
 * //   api_restApi -->|"GET /users/{id}"| fn_getUser
 */
export function toMermaid(model: ServiceModel, options: MermaidOptions = {}): string {
  const showOpaque = options.opaque ?? true
  const resources = model.resources.filter((r) => showOpaque || r.kind !== 'opaque')
  const ids = mermaidIds(resources)
  const lines = [`flowchart ${options.direction ?? 'LR'}`]
  if (options.legend ?? true) {
    lines.push(`%% Service: ${escapeLabel(model.service)}`, ...LEGEND)
  }

  if (options.subgraphs ?? true) {
    for (const group of GROUPS) {
      const members = resources.filter((r) => group.kinds.includes(r.kind))
      if (members.length === 0) continue
      lines.push(`  subgraph ${group.id}["${group.title}"]`)
      for (const r of members) lines.push(`    ${nodeLine(r, ids)}`)
      lines.push('  end')
    }
  } else {
    for (const r of resources) lines.push(`  ${nodeLine(r, ids)}`)
  }

  const apis = resources.filter((r): r is ApiResource => isApi(r.kind))
  for (const edge of model.edges) {
    const from = ids.get(edge.from)
    const to = ids.get(edge.to)
    if (from === undefined || to === undefined) continue
    lines.push(`  ${edgeLine(edge, from, to, apis)}`)
  }
  return lines.join('\n') + '\n'
}

/**
 * A Mermaid id per resource id: kind prefix, then the name with every character outside
 * `[A-Za-z0-9]` replaced by `_`; names that collapse to the same id are numbered in model order.
 */
export function mermaidIds(resources: readonly Resource[]): ReadonlyMap<ResourceId, string> {
  const ids = new Map<ResourceId, string>()
  const taken = new Set<string>(GROUPS.map((g) => g.id))
  for (const r of resources) {
    if (ids.has(r.id)) continue
    const name = isApi(r.kind) ? r.kind : r.name
    const base = `${ID_PREFIX[r.kind]}_${name.replace(/[^A-Za-z0-9]/g, '_')}`.replace(/_+$/, '')
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`
    taken.add(id)
    ids.set(r.id, id)
  }
  return ids
}

function isApi(kind: ResourceKind): kind is 'restApi' | 'httpApi' | 'websocketApi' {
  return kind === 'restApi' || kind === 'httpApi' || kind === 'websocketApi'
}

function nodeLine(r: Resource, ids: ReadonlyMap<ResourceId, string>): string {
  const id = ids.get(r.id)!
  const [open, close] = SHAPE[r.kind]
  return `${id}${open}"${escapeLabel(nodeLabel(r))}"${close}`
}

const SHAPE: Readonly<Record<ResourceKind, readonly [string, string]>> = {
  function: ['[', ']'],
  restApi: ['{{', '}}'],
  httpApi: ['{{', '}}'],
  websocketApi: ['{{', '}}'],
  table: ['[(', ')]'],
  bucket: ['[/', '\\]'],
  queue: ['[[', ']]'],
  topic: ['>', ']'],
  schedule: ['([', '])'],
  eventBus: ['([', '])'],
  opaque: ['[', ']'],
}

function nodeLabel(r: Resource): string {
  switch (r.kind) {
    case 'function':
      return `λ ${r.name}`
    case 'restApi':
    case 'httpApi':
    case 'websocketApi':
      return API_TITLE[r.kind]
    case 'table':
      return `DynamoDB ${r.name}`
    case 'bucket':
      return `S3 ${r.name}`
    case 'queue':
      return `SQS ${r.name}${r.fifo && !r.name.endsWith('.fifo') ? ' (FIFO)' : ''}`
    case 'topic':
      return `SNS ${r.name}`
    case 'schedule':
      return `⏰ ${r.expression}${r.enabled ? '' : ' (disabled)'}`
    case 'eventBus':
      return `EventBridge ${r.busName}`
    case 'opaque':
      return `${r.name} (${r.type})`
  }
}

function edgeLine(edge: Edge, from: string, to: string, apis: readonly ApiResource[]): string {
  if (edge.kind === 'access') return `${from} -->|"uses"| ${to}`
  return `${from} ${ARROW[edge.mode]}|"${escapeLabel(triggerLabel(edge, apis))}"| ${to}`
}

/** `GET /users/{id}` for a route, `$connect` for a WebSocket route, else the event type. */
function triggerLabel(edge: TriggerEdge, apis: readonly ApiResource[]): string {
  const api = apis.find((a) => a.id === edge.from)
  const route = api?.routes.find(
    (r) => r.functionId === edge.to && r.eventIndex === edge.eventIndex,
  )
  if (route) return route.path === '' ? route.method : `${route.method} ${route.path}`
  return edge.batchSize === undefined ? edge.event : `${edge.event}, batch ${edge.batchSize}`
}

/** C0 controls (line breaks among them), DEL and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f\u2028\u2029]+/g

/**
 * Text safe inside a quoted Mermaid label: Mermaid's entity codes for the characters that end
 * the string, start an entity, would be read as HTML or as Markdown; line breaks and control
 * characters become spaces.
 */
export function escapeLabel(text: string): string {
  return text.replace(LINE_BREAKS_AND_CONTROLS, ' ').replace(/["#<>&`]/g, (c) => {
    switch (c) {
      case '"':
        return '#quot;'
      case '<':
        return '#lt;'
      case '>':
        return '#gt;'
      case '&':
        return '#amp;'
      default:
        return `#${c.charCodeAt(0)};`
    }
  })
}
