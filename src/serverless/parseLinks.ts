import { isPlainMap, isUnresolved } from './coerce'
import { sourceNode, type SourceKind } from './eventSources'
import type { FunctionInfo } from './parseFunctions'
import type { ParseContext } from './parseContext'
import type { DeclaredResource } from './parseResources'
import type { Plain } from './plain'
import { findReferences } from './references'

/**
 * References that are fields rather than edges: a function's `onError` (SNS topic or SQS queue)
 * and a queue's `RedrivePolicy.deadLetterTargetArn`.
 */
export function linkDeadLetters(
  ctx: ParseContext,
  functions: readonly FunctionInfo[],
  declared: readonly DeclaredResource[],
): void {
  for (const fn of functions) {
    const onError = fn.settings['onError']
    if (onError === undefined || onError === null || isUnresolved(onError)) continue
    const at = [...fn.path, 'onError']
    const id = sourceNode(ctx, onError, deadLetterKind(ctx, onError), at, { plainNames: false })
    const resource = ctx.registry.get(fn.id)
    if (!id) {
      ctx.report(
        'warning',
        'invalid-reference',
        `onError of '${fn.key}' must be an SNS topic or SQS queue ARN.`,
        at,
        fn.id,
      )
    } else if (resource?.kind === 'function') ctx.registry.replace({ ...resource, onError: id })
  }
  for (const queue of declared) {
    if (queue.type !== 'AWS::SQS::Queue') continue
    const policy = redrivePolicy(queue.properties['RedrivePolicy'])
    if (!policy) continue
    const at = [...queue.path, 'Properties', 'RedrivePolicy']
    const target = policy['deadLetterTargetArn']
    const resource = ctx.registry.get(ctx.registry.byLogicalId(queue.logicalId)!)
    if (resource?.kind !== 'queue') continue
    const id =
      target === undefined || target === null
        ? undefined
        : sourceNode(ctx, target, 'queue', at, { plainNames: false })
    const count = ctx.number(policy, 'maxReceiveCount', at, 'maxReceiveCount', resource.id)
    ctx.registry.replace({
      ...resource,
      ...(id !== undefined && { deadLetterQueue: id }),
      ...(count !== undefined && { maxReceiveCount: count }),
    })
  }
}

/** An ARN says which; a logical id of a declared resource too; an unknown logical id is a topic. */
function deadLetterKind(ctx: ParseContext, value: Plain): SourceKind {
  for (const ref of findReferences(value, ctx.settings)) {
    if (ref.kind === 'arn' && ref.service === 'sqs') return 'queue'
    if (ref.kind === 'logical') {
      const id = ctx.registry.byLogicalId(ref.logicalId)
      if (id?.startsWith('queue:')) return 'queue'
    }
  }
  return 'topic'
}

/** The policy as a map; older templates give it as a JSON string. */
function redrivePolicy(value: Plain | undefined): { [key: string]: Plain } | undefined {
  if (isPlainMap(value)) return value
  if (typeof value !== 'string') return undefined
  try {
    const parsed: unknown = JSON.parse(value)
    return isPlainMap(parsed as Plain) ? (parsed as { [key: string]: Plain }) : undefined
  } catch {
    return undefined
  }
}
