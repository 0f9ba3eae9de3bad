import type { AccessBehaviour } from '../../model/scenario'
import { kindOfId, type AccessEdge, type ResourceId, type ServiceModel } from '../../model/types'

/** Reads and writes one invocation makes on the target of an access edge. */
export interface AccessRates {
  readonly reads: number
  readonly writes: number
}

/** IAM actions that read or write each kind of target (case-insensitive, service prefix included). */
const READ_ACTIONS: Record<string, RegExp> = {
  table: /^dynamodb:(GetItem|BatchGetItem|Query|Scan|TransactGetItems|PartiQLSelect)$/i,
  bucket: /^s3:GetObject$/i,
}
const WRITE_ACTIONS: Record<string, RegExp> = {
  table:
    /^dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem|TransactWriteItems|PartiQL(Insert|Update|Delete))$/i,
  bucket: /^s3:PutObject$/i,
  queue: /^sqs:SendMessage(Batch)?$/i,
  topic: /^sns:Publish(Batch)?$/i,
  eventBus: /^events:PutEvents$/i,
}

/**
 * When the design does not say what a function does with a resource (no IAM actions, or a
 * wildcard), each invocation makes the access the resource is for: one table read, one object
 * PUT, one message sent, one publish, one event put.
 */
const UNKNOWN: Record<string, AccessRates> = {
  table: { reads: 1, writes: 0 },
  bucket: { reads: 0, writes: 1 },
  queue: { reads: 0, writes: 1 },
  topic: { reads: 0, writes: 1 },
  eventBus: { reads: 0, writes: 1 },
}

/**
 * What a function's HTTP routes say it does: `read` when every route is a GET or HEAD, `write`
 * when every route is a POST, PUT, PATCH or DELETE, `unknown` otherwise (no HTTP routes, `ANY`,
 * or a mix). IAM statements are usually written once for the whole service, so they grant every
 * function the same actions; the method is the better clue to what one function does.
 */
export type FunctionIntent = 'read' | 'write' | 'unknown'

const READ_METHODS = new Set(['GET', 'HEAD'])
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export function functionIntent(model: ServiceModel, functionId: string): FunctionIntent {
  const methods = model.resources.flatMap((r) =>
    r.kind === 'restApi' || r.kind === 'httpApi'
      ? r.routes.filter((route) => route.functionId === functionId).map((route) => route.method)
      : [],
  )
  if (methods.length === 0) return 'unknown'
  if (methods.every((m) => READ_METHODS.has(m.toUpperCase()))) return 'read'
  if (methods.every((m) => WRITE_METHODS.has(m.toUpperCase()))) return 'write'
  return 'unknown'
}

/** Kinds whose access can be a read or a write, so the function's intent picks one. */
const READ_OR_WRITE_KINDS = new Set(['table', 'bucket'])

/**
 * The default rates of an access edge, from the IAM actions the design grants on the target: one
 * read per invocation when a read action is granted, one write when a write action is. When both
 * are granted (or nothing precise is) and the function's routes say it only reads or only
 * writes, it does that one. A queue is never read by default: its consumers are the trigger
 * edges, whose polling is counted there.
 */
export function defaultAccessRates(
  to: ResourceId,
  actions: readonly string[],
  intent: FunctionIntent = 'unknown',
): AccessRates {
  const kind = kindOfId(to)
  const known = actions.length > 0 && !actions.some((a) => a.includes('*'))
  const grants = (patterns: Record<string, RegExp>) =>
    actions.some((action) => patterns[kind]?.test(action) ?? false) ? 1 : 0
  const granted = known
    ? { reads: grants(READ_ACTIONS), writes: grants(WRITE_ACTIONS) }
    : READ_OR_WRITE_KINDS.has(kind)
      ? { reads: 1, writes: 1 }
      : (UNKNOWN[kind] ?? { reads: 0, writes: 0 })
  if (READ_OR_WRITE_KINDS.has(kind) && granted.reads > 0 && granted.writes > 0) {
    if (intent === 'read') return { reads: 1, writes: 0 }
    if (intent === 'write') return { reads: 0, writes: 1 }
    if (!known) return UNKNOWN[kind] ?? granted
  }
  return granted
}

/** The scenario's figures where given, else the defaults from the design and the function's routes. */
export function accessRates(
  edge: Pick<AccessEdge, 'to' | 'actions'>,
  behaviour: AccessBehaviour | undefined,
  intent: FunctionIntent = 'unknown',
): AccessRates {
  const defaults = defaultAccessRates(edge.to, edge.actions, intent)
  return {
    reads: behaviour?.readsPerInvocation ?? defaults.reads,
    writes: behaviour?.writesPerInvocation ?? defaults.writes,
  }
}
