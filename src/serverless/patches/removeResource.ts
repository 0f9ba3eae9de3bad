import { fail, formatPath, type Editable, type EditResult, type Path } from '../edit'
import type { RemoveResource } from './patch'
import { deletePaths, statementCleanup, statementOf } from './cleanup'
import { findReferenceSites, type ReferenceSite } from './referenceSites'
import { declaredResources, plainAt, RESOURCES, withEditable } from './service'

/**
 * Remove a resource and what points at it:
 * - environment variables (provider or function) whose value names it;
 * - IAM statement `Resource` entries naming it (the whole statement when it named only this);
 * - events whose source is it (an `sqs` arn, a `stream` arn, an `sns` arn);
 * - `onError`, a queue's `RedrivePolicy` naming it as dead-letter queue, `DependsOn` entries;
 * - `Outputs` that only report it, when they are not exported.
 * It is refused, with where and why, when a reference sits inside `Fn::If` (removing it would
 * change a condition's branches), in an exported output (other stacks may import it), or
 * anywhere else (another resource's properties, `custom`, a state machine...): those need a
 * person's decision.
 */
export function removeResource(text: string, patch: RemoveResource): EditResult {
  return withEditable(text, (ed) => {
    if (!declaredResources(ed).has(patch.name)) {
      return fail(`There is no resource "${patch.name}" under resources.Resources.`)
    }
    const own: Path = [...RESOURCES, patch.name]
    const sites = findReferenceSites(ed.doc).filter(
      (site) => site.logicalId === patch.name && !startsWith(site.path, own),
    )
    const paths: Path[] = [...statementCleanup(ed, sites)]
    const refusals: string[] = []
    for (const site of sites) {
      const cleanup = cleanupFor(ed, site)
      if (typeof cleanup === 'string') refusals.push(cleanup)
      else if (cleanup) paths.push(cleanup)
    }
    if (refusals.length > 0) {
      return fail(`Cannot remove ${patch.name}: ${[...new Set(refusals)].join('; ')}.`)
    }
    return deletePaths(text, [...paths, own])
  })
}

/** The path to delete for one reference, null when the IAM cleanup covers it, or a refusal. */
function cleanupFor(ed: Editable, site: ReferenceSite): Path | null | string {
  const { path } = site
  const where = formatPath(path)
  if (site.conditional) return `it is referenced inside Fn::If at ${where}`
  if (path[0] === 'provider' && path[1] === 'environment' && path.length >= 3)
    return path.slice(0, 3)
  if (path[0] === 'functions' && path.length >= 4) {
    if (path[2] === 'environment') return path.slice(0, 4)
    if (path[2] === 'events' && typeof path[3] === 'number') return path.slice(0, 4)
  }
  if (path[0] === 'functions' && path[2] === 'onError') return path.slice(0, 3)
  const statement = statementOf(path)
  if (statement) {
    return statement.rest[0] === 'Resource' ? null : `it is named in the IAM statement at ${where}`
  }
  if (path[0] === 'resources' && path[1] === 'Resources' && path.length >= 5) {
    if (path[3] === 'Properties' && path[4] === 'RedrivePolicy') return path.slice(0, 5)
  }
  if (path[0] === 'resources' && path[1] === 'Resources' && path[3] === 'DependsOn') {
    return typeof path[4] === 'number' ? path.slice(0, 5) : path.slice(0, 4)
  }
  if (path[0] === 'resources' && path[1] === 'Outputs' && path.length >= 3) {
    const output = path.slice(0, 3)
    if (plainAt(ed, [...output, 'Export']) !== undefined) {
      return `the exported output ${formatPath(output)} reports it (other stacks may import it)`
    }
    return output
  }
  return `it is referenced at ${where}`
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.every((key, i) => path[i] === key)
}
