import { deleteIn, type Editable, type EditResult, type Path } from '../edit'
import type { ReferenceSite } from './referenceSites'
import { plainAt, runSteps } from './service'

/**
 * Where IAM statements live: `provider.iam.role.statements`, the legacy
 * `provider.iamRoleStatements`, or a function's own `iamRoleStatements` (the per-function roles
 * plugin). Returns the path of the statement list a site sits in, and the site's index there.
 */
export function statementOf(path: Path): { list: Path; index: number; rest: Path } | undefined {
  const lists: Path[] = [
    ['provider', 'iam', 'role', 'statements'],
    ['provider', 'iamRoleStatements'],
  ]
  if (path[0] === 'functions' && path[2] === 'iamRoleStatements') lists.push(path.slice(0, 3))
  for (const list of lists) {
    if (list.every((key, i) => path[i] === key) && typeof path[list.length] === 'number') {
      return { list, index: path[list.length] as number, rest: path.slice(list.length + 1) }
    }
  }
  return undefined
}

/**
 * The deletions that take a resource out of IAM statements: the `Resource` entries naming it,
 * or the whole statement when it names nothing else. Sites outside `Resource` are ignored
 * (the caller decides about them).
 */
export function statementCleanup(ed: Editable, sites: readonly ReferenceSite[]): Path[] {
  const byStatement = new Map<string, { statement: Path; entries: Set<number>; whole: boolean }>()
  for (const site of sites) {
    const where = statementOf(site.path)
    if (!where || where.rest[0] !== 'Resource') continue
    const statement = [...where.list, where.index]
    const key = JSON.stringify(statement)
    const group = byStatement.get(key) ?? { statement, entries: new Set<number>(), whole: false }
    const entry = where.rest[1]
    const resource = plainAt(ed, [...statement, 'Resource'])
    if (Array.isArray(resource) && typeof entry === 'number') group.entries.add(entry)
    else group.whole = true
    byStatement.set(key, group)
  }
  const paths: Path[] = []
  for (const { statement, entries, whole } of byStatement.values()) {
    const resource = plainAt(ed, [...statement, 'Resource'])
    const count = Array.isArray(resource) ? resource.length : 1
    if (whole || entries.size >= count) paths.push(statement)
    else for (const entry of entries) paths.push([...statement, 'Resource', entry])
  }
  return paths
}

/**
 * Delete several paths of one parsed snapshot. Later list items go first so the indexes of the
 * earlier ones stay right; a path inside another deleted path is skipped.
 */
export function deletePaths(text: string, paths: readonly Path[]): EditResult {
  const unique = paths.filter(
    (p, i) =>
      paths.findIndex((q) => JSON.stringify(q) === JSON.stringify(p)) === i &&
      !paths.some((q) => q.length < p.length && q.every((key, k) => p[k] === key)),
  )
  const ordered = [...unique].sort(comparePathsDescending)
  return runSteps(
    text,
    ordered.map((path) => (t: string) => deleteIn(t, path)),
  )
}

function comparePathsDescending(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!
    const y = b[i]!
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return y - x
    return String(y).localeCompare(String(x))
  }
  return b.length - a.length
}
