import type { ResourceId, ServiceModel } from '../../model/types'
import type { Patch } from '../patches'
import { defaultEnvVarName } from '../patches/names'
import { checkConnection } from './connectionRules'
import { describeResource } from './labels'
import { readRaw } from './rawDocument'
import { planTrigger } from './triggerEvents'

export { connectionKind, type ConnectionKind } from './connectionRules'

export interface ConnectionOptions {
  /**
   * The current `serverless.yml`. Give it whenever there is one: a source known only from events
   * is then named exactly as the file names it (variables kept), and a declared bucket or event
   * bus is referenced with `!Ref`. Without it, names come from the model (resolved values).
   */
  readonly text?: string
}

export type ConnectionPlan =
  | { readonly ok: true; readonly patches: Patch[]; readonly description: string }
  | { readonly ok: false; readonly reason: string }

/**
 * What drawing an edge from `from` to `to` writes into `serverless.yml`, or why it cannot be
 * drawn. Event sources (APIs, bucket, queue, topic, schedule, event bus, table stream) connect
 * to a function as a new event; a function connects to a table, bucket, queue or topic as
 * access (an environment variable and an IAM grant).
 */
export function planConnection(
  model: ServiceModel,
  from: ResourceId,
  to: ResourceId,
  options: ConnectionOptions = {},
): ConnectionPlan {
  const check = checkConnection(model, from, to)
  if (!check.ok) return check
  if (check.kind === 'access') {
    const envVar = defaultEnvVarName(check.to.kind, check.to.name)
    return {
      ok: true,
      patches: [{ op: 'connectAccess', function: check.from.name, target: check.to.id }],
      description: `Give ${check.from.name} access to ${describeResource(check.to)} (${envVar} and an IAM grant).`,
    }
  }
  if (check.to.kind !== 'function')
    return { ok: false, reason: 'Only a function can be triggered.' }
  return planTrigger({ model, raw: readRaw(options.text) }, check.from, check.to)
}

/** Cheap yes/no for the canvas while an edge is dragged; `planConnection` says why not. */
export function canConnect(model: ServiceModel, from: ResourceId, to: ResourceId): boolean {
  return checkConnection(model, from, to).ok
}
