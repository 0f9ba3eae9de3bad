import type { AccessBehaviour } from '../../model/scenario'
import { kindOfId, type AccessEdge, type ResourceId } from '../../model/types'

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
 * The default rates of an access edge, from the IAM actions the design grants on the target: one
 * read per invocation when a read action is granted, one write when a write action is. A queue
 * is never read by default: its consumers are the trigger edges, whose polling is counted there.
 */
export function defaultAccessRates(to: ResourceId, actions: readonly string[]): AccessRates {
  const kind = kindOfId(to)
  const known = actions.length > 0 && !actions.some((a) => a.includes('*'))
  if (!known) return UNKNOWN[kind] ?? { reads: 0, writes: 0 }
  const grants = (patterns: Record<string, RegExp>) =>
    actions.some((action) => patterns[kind]?.test(action) ?? false) ? 1 : 0
  return { reads: grants(READ_ACTIONS), writes: grants(WRITE_ACTIONS) }
}

/** The scenario's figures where given, else the defaults from the design. */
export function accessRates(
  edge: Pick<AccessEdge, 'to' | 'actions'>,
  behaviour: AccessBehaviour | undefined,
): AccessRates {
  const defaults = defaultAccessRates(edge.to, edge.actions)
  return {
    reads: behaviour?.readsPerInvocation ?? defaults.reads,
    writes: behaviour?.writesPerInvocation ?? defaults.writes,
  }
}
