import {
  appendIn,
  fail,
  getAtt,
  join,
  nodeAt,
  ref,
  setIn,
  type Editable,
  type EditResult,
  type Path,
} from '../edit'
import { isMap, isScalar } from 'yaml'
import { kindOfId, type ResourceId } from '../../model/types'
import type { Plain } from '../plain'
import type { ConnectAccess, DisconnectAccess } from './patch'
import { deletePaths, statementCleanup, statementOf } from './cleanup'
import { defaultEnvVarName, envVarProblem } from './names'
import { findReferenceSites } from './referenceSites'
import {
  declaredResources,
  FUNCTIONS,
  isFailure,
  plainAt,
  RESOURCE_TYPES,
  requireFunction,
  runSteps,
  withEditable,
  type TypedResourceKind,
} from './service'

/** What a function is given for each kind of target: the variable's value and the grant. */
interface AccessGrant {
  readonly kind: TypedResourceKind
  readonly logicalId: string
  readonly envValue: Plain
  readonly resource: Plain
  readonly actions: readonly string[]
}

const DEFAULT_ACTIONS: Readonly<Record<TypedResourceKind, readonly string[]>> = {
  table: [
    'dynamodb:GetItem',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:Query',
    'dynamodb:Scan',
  ],
  bucket: ['s3:GetObject', 's3:PutObject'],
  queue: ['sqs:SendMessage'],
  topic: ['sns:Publish'],
}

/** The target as a declared resource of a kind we can grant access to. */
function grantFor(ed: Editable, target: ResourceId): AccessGrant | ReturnType<typeof fail> {
  const kind = kindOfId(target)
  const logicalId = target.slice(kind.length + 1)
  if (!(kind in RESOURCE_TYPES)) {
    return fail(`Access can be drawn to a table, bucket, queue or topic, not to ${target}.`)
  }
  const typed = kind as TypedResourceKind
  if (declaredResources(ed).get(logicalId) !== RESOURCE_TYPES[typed]) {
    return fail(`There is no ${RESOURCE_TYPES[typed]} "${logicalId}" under resources.Resources.`)
  }
  switch (typed) {
    case 'table':
      // Ref of a table is its name; queries on an index need the index ARNs too.
      return {
        kind: typed,
        logicalId,
        envValue: ref(logicalId),
        resource: getAtt(logicalId, 'Arn'),
        actions: DEFAULT_ACTIONS.table,
      }
    case 'bucket':
      // Object actions apply to the objects' ARNs, `<bucket ARN>/*`.
      return {
        kind: typed,
        logicalId,
        envValue: ref(logicalId),
        resource: join('', [getAtt(logicalId, 'Arn'), '/*']),
        actions: DEFAULT_ACTIONS.bucket,
      }
    case 'queue':
      // Ref of a queue is its URL, which is what the SDK's SendMessage takes.
      return {
        kind: typed,
        logicalId,
        envValue: ref(logicalId),
        resource: getAtt(logicalId, 'Arn'),
        actions: DEFAULT_ACTIONS.queue,
      }
    case 'topic':
      // Ref of a topic is its ARN.
      return {
        kind: typed,
        logicalId,
        envValue: ref(logicalId),
        resource: ref(logicalId),
        actions: DEFAULT_ACTIONS.topic,
      }
  }
}

/** Where new statements go, or why we cannot add any. */
function statementsPath(ed: Editable, fn: string): Path | ReturnType<typeof fail> {
  if (nodeAt(ed.doc.contents, [...FUNCTIONS, fn, 'iamRoleStatements']) !== undefined) {
    return [...FUNCTIONS, fn, 'iamRoleStatements']
  }
  if (nodeAt(ed.doc.contents, ['provider', 'iamRoleStatements']) !== undefined) {
    return ['provider', 'iamRoleStatements']
  }
  const role = nodeAt(ed.doc.contents, ['provider', 'iam', 'role'])
  const legacyRole = nodeAt(ed.doc.contents, ['provider', 'role'])
  const fnRole = nodeAt(ed.doc.contents, [...FUNCTIONS, fn, 'role'])
  if ((role && !isMap(role)) || (isScalar(legacyRole) && legacyRole.value !== null) || fnRole) {
    return fail('The function uses an existing IAM role; grant the access in that role.')
  }
  return ['provider', 'iam', 'role', 'statements']
}

const same = (a: Plain | undefined, b: Plain | undefined) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Draw an access edge: an environment variable holding the target's name, URL or ARN, and an
 * IAM statement granting the usual actions on it. What is already there is kept (an existing
 * variable naming the target, a statement on the same resource gets only the missing actions).
 */
export function connectAccess(text: string, patch: ConnectAccess): EditResult {
  return withEditable(text, (ed) => {
    const fn = requireFunction(ed, patch.function)
    if (isFailure(fn)) return fn
    const grant = grantFor(ed, patch.target)
    if (isFailure(grant)) return grant
    const list = statementsPath(ed, patch.function)
    if (isFailure(list)) return list
    const steps: ((t: string) => EditResult)[] = []

    const fnEnv = plainAt(ed, [...FUNCTIONS, patch.function, 'environment'])
    const providerEnv = plainAt(ed, ['provider', 'environment'])
    const envVar = patch.envVar ?? defaultEnvVarName(grant.kind, grant.logicalId)
    const problem = envVarProblem(envVar)
    if (problem) return fail(problem)
    const existing = isRecord(fnEnv) ? fnEnv[envVar] : undefined
    if (existing !== undefined && !same(existing, grant.envValue)) {
      return fail(`Function "${patch.function}" already has ${envVar} set to something else.`)
    }
    const named = [fnEnv, providerEnv].some(
      (env) => isRecord(env) && Object.values(env).some((v) => same(v, grant.envValue)),
    )
    if (existing === undefined && (!named || patch.envVar !== undefined)) {
      steps.push((t) =>
        setIn(t, [...FUNCTIONS, patch.function, 'environment', envVar], grant.envValue),
      )
    }

    const actions = patch.actions ?? grant.actions
    const statements = plainAt(ed, list)
    const all = Array.isArray(statements) ? statements : []
    const index = all.findIndex(
      (s) =>
        isRecord(s) &&
        s.Effect === 'Allow' &&
        (same(s.Resource, grant.resource) || same(s.Resource, [grant.resource])),
    )
    const match = all[index]
    if (index >= 0 && isRecord(match)) {
      const granted = Array.isArray(match.Action) ? match.Action : [match.Action]
      for (const action of actions) {
        if (!granted.includes(action) && !granted.includes('*')) {
          steps.push((t) => appendIn(t, [...list, index, 'Action'], action))
        }
      }
    } else {
      steps.push((t) =>
        appendIn(t, list, { Effect: 'Allow', Action: [...actions], Resource: grant.resource }),
      )
    }
    return runSteps(text, steps)
  })
}

/**
 * Remove an access edge: the function's variables naming the target, and the IAM grant. The
 * service-wide role is shared by every function, so a provider-level grant is removed only when
 * no other function (and no provider variable) still names the target.
 */
export function disconnectAccess(text: string, patch: DisconnectAccess): EditResult {
  return withEditable(text, (ed) => {
    const fn = requireFunction(ed, patch.function)
    if (isFailure(fn)) return fn
    const kind = kindOfId(patch.target)
    const logicalId = patch.target.slice(kind.length + 1)
    const sites = findReferenceSites(ed.doc).filter(
      (s) => s.logicalId === logicalId && !s.conditional,
    )
    const paths: Path[] = []
    for (const site of sites) {
      const p = site.path
      if (
        p[0] === 'functions' &&
        p[1] === patch.function &&
        p[2] === 'environment' &&
        p.length >= 4
      ) {
        paths.push(p.slice(0, 4))
      }
    }
    const stillUsed = sites.some(
      (s) =>
        (s.path[0] === 'functions' &&
          s.path[1] !== patch.function &&
          s.path[2] === 'environment') ||
        (s.path[0] === 'provider' && s.path[1] === 'environment'),
    )
    const grantSites = sites.filter((s) => {
      const where = statementOf(s.path)
      if (!where) return false
      const own = where.list[0] === 'functions'
      return own ? where.list[1] === patch.function : !stillUsed
    })
    paths.push(...statementCleanup(ed, grantSites))
    if (paths.length === 0) {
      return fail(
        `Function "${patch.function}" has no access to ${logicalId} that can be removed here.`,
      )
    }
    return deletePaths(text, paths)
  })
}

function isRecord(value: Plain | undefined): value is { [key: string]: Plain } {
  return value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value)
}
