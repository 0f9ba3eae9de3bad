import type { AccessSource, ResourceId } from '../model/types'
import { asList, type PlainMap } from './coerce'
import { kindOfService } from './eventSources'
import type { FunctionInfo } from './parseFunctions'
import type { ParseContext } from './parseContext'
import type { ProviderInfo } from './parseProvider'
import type { Plain } from './plain'
import { findReferences } from './references'

/** Kinds a function can use; an access edge always ends at one of these. */
const ACCESS_KINDS = ['table', 'bucket', 'queue', 'topic'] as const
type AccessKind = (typeof ACCESS_KINDS)[number]

/** IAM action prefixes per kind, to list only the actions that concern the target. */
const ACTION_PREFIX: Readonly<Record<AccessKind, string>> = {
  table: 'dynamodb:',
  bucket: 's3:',
  queue: 'sqs:',
  topic: 'sns:',
}

interface Usage {
  readonly envVars: string[]
  readonly actions: string[]
  iam: boolean
}

/**
 * Access edges (function → table, bucket, queue or topic), from two kinds of evidence:
 *
 * - an environment variable whose value points at the resource (`!Ref`, `!GetAtt`, `!Sub`,
 *   `Fn::Join`, an ARN or queue URL, or text equal to its physical name after variables resolve);
 * - an IAM statement (`Effect: Allow`) whose `Resource` names it.
 *
 * A function's own statements (serverless-iam-roles-per-function) apply to it alone. Provider-level
 * statements apply to the whole role, so they say a resource is usable, not which function uses
 * it: such a grant draws an edge from a function that also has an environment variable for the
 * resource, or from the only function of a service with one. Otherwise no edge is drawn and an
 * info diagnostic says why.
 */
export function inferAccessEdges(
  ctx: ParseContext,
  functions: readonly FunctionInfo[],
  provider: ProviderInfo,
): void {
  const usage = new Map<ResourceId, Map<ResourceId, Usage>>()
  const use = (fn: ResourceId, target: ResourceId): Usage => {
    let targets = usage.get(fn)
    if (!targets) usage.set(fn, (targets = new Map()))
    let found = targets.get(target)
    if (!found) targets.set(target, (found = { envVars: [], actions: [], iam: false }))
    return found
  }

  for (const fn of functions) {
    for (const [name, value] of Object.entries(fn.environment)) {
      for (const target of targetsOf(ctx, value, true)) pushUnique(use(fn.id, target).envVars, name)
    }
  }
  const grant = (fn: ResourceId, target: ResourceId, actions: readonly string[]) => {
    const found = use(fn, target)
    found.iam = true
    for (const action of actionsFor(target, actions)) pushUnique(found.actions, action)
  }
  for (const fn of functions) {
    for (const { statement } of fn.iamStatements) {
      const { targets, actions } = readStatement(ctx, statement)
      for (const target of targets) grant(fn.id, target, actions)
    }
  }
  for (const { statement, path } of provider.iamStatements) {
    const { targets, actions } = readStatement(ctx, statement)
    for (const target of targets) {
      const users = functions.filter(
        (fn) => functions.length === 1 || (usage.get(fn.id)?.get(target)?.envVars.length ?? 0) > 0,
      )
      for (const fn of users) grant(fn.id, target, actions)
      if (users.length === 0 && functions.length > 1) {
        ctx.report(
          'info',
          'access-ambiguous',
          `The provider's IAM role may use ${target}, but no function refers to it in its environment, so no access edge is drawn.`,
          path,
        )
      }
    }
  }

  for (const fn of functions) {
    for (const [target, found] of usage.get(fn.id) ?? []) {
      const via: AccessSource[] = []
      if (found.envVars.length > 0) via.push('environment')
      if (found.iam) via.push('iam')
      ctx.edges.push({
        kind: 'access',
        from: fn.id,
        to: target,
        via,
        envVars: found.envVars,
        actions: found.actions,
      })
    }
  }
}

function readStatement(
  ctx: ParseContext,
  statement: PlainMap,
): { targets: ResourceId[]; actions: string[] } {
  if (statement['Effect'] === 'Deny') return { targets: [], actions: [] }
  const actions = asList(statement['Action']).filter((a): a is string => typeof a === 'string')
  const targets: ResourceId[] = []
  for (const resource of asList(statement['Resource'])) {
    for (const target of targetsOf(ctx, resource, false)) pushUnique(targets, target)
  }
  return { targets, actions }
}

/** The access-kind nodes a value points at; bare names count only where names are expected. */
function targetsOf(ctx: ParseContext, value: Plain, acceptNames: boolean): ResourceId[] {
  const found: ResourceId[] = []
  const add = (id: ResourceId | undefined) => {
    if (id && isAccessKind(id) && ctx.registry.has(id)) pushUnique(found, id)
  }
  for (const ref of findReferences(value, ctx.settings)) {
    switch (ref.kind) {
      case 'logical':
        add(ctx.registry.byLogicalId(ref.logicalId))
        break
      case 'arn': {
        const kind = kindOfService(ref.service)
        if (kind && kind !== 'kinesis' && kind !== 'eventBus') {
          for (const id of ctx.registry.byPhysicalName(kind, ref.name)) add(id)
        }
        break
      }
      case 'queueUrl':
        for (const id of ctx.registry.byPhysicalName('queue', ref.name)) add(id)
        break
      case 'name':
        if (acceptNames) {
          for (const kind of ACCESS_KINDS) {
            if (!ref.name.includes('*'))
              for (const id of ctx.registry.byPhysicalName(kind, ref.name)) add(id)
          }
        }
        break
    }
  }
  return found
}

function isAccessKind(id: ResourceId): boolean {
  return ACCESS_KINDS.some((kind) => id.startsWith(`${kind}:`))
}

function actionsFor(target: ResourceId, actions: readonly string[]): string[] {
  const kind = ACCESS_KINDS.find((k) => target.startsWith(`${k}:`))
  if (!kind) return []
  return actions.filter((a) => a === '*' || a.startsWith(ACTION_PREFIX[kind]))
}

function pushUnique<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item)
}
