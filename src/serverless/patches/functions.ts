import {
  applyEdits,
  deleteIn,
  fail,
  ok,
  renameKey,
  setIn,
  type Editable,
  type EditResult,
  type NewValue,
  type TextEdit,
} from '../edit'
import type { Scalar } from 'yaml'
import { renderInlineScalar } from '../edit/render'
import type { AddFunction, FunctionProperty, RemoveFunction, RenameFunction } from './patch'
import { functionPropertyValue } from './functionProperties'
import { FUNCTION_LOGICAL_ID_SUFFIXES, functionNameProblem, normalizedFunctionName } from './names'
import { findReferenceSites, renameInValue } from './referenceSites'
import {
  functionNames,
  functionsMap,
  FUNCTIONS,
  isFailure,
  requireFunction,
  withEditable,
} from './service'
import { formatPath } from '../edit'

/** The order keys are written in for a new function, as people usually write them. */
const PROPERTY_ORDER: readonly FunctionProperty[] = [
  'handler',
  'description',
  'runtime',
  'architecture',
  'memorySize',
  'timeout',
  'ephemeralStorageSize',
  'reservedConcurrency',
  'provisionedConcurrency',
  'tracing',
  'onError',
  'layers',
  'environment',
]

export function addFunction(text: string, patch: AddFunction): EditResult {
  return withEditable(text, (ed) => {
    const problem = functionNameProblem(patch.name) ?? clashProblem(ed, patch.name)
    if (problem) return fail(problem)
    const map = functionsMap(ed)
    if (isFailure(map)) return map
    const props = { handler: `src/handlers/${patch.name}.handler`, ...patch.props }
    const body: Record<string, NewValue> = {}
    for (const property of PROPERTY_ORDER) {
      const value = props[property]
      if (value === undefined) continue
      const checked = functionPropertyValue(ed, property, value as never)
      if (isFailure(checked)) return checked
      body[property] = checked
    }
    return setIn(text, [...FUNCTIONS, patch.name], body)
  })
}

/** Two keys the framework would turn into the same logical ids clash as surely as equal keys. */
function clashProblem(ed: Editable, name: string, except?: string): string | undefined {
  for (const existing of functionNames(ed)) {
    if (existing === except) continue
    if (existing === name) return `A function named "${name}" already exists.`
    if (normalizedFunctionName(existing) === normalizedFunctionName(name)) {
      return `"${name}" would clash with the function "${existing}" (same CloudFormation names).`
    }
  }
  return undefined
}

/**
 * Rename the key and the references to the logical ids the framework generates for it
 * (`!GetAtt OldLambdaFunction.Arn`, `Ref: OldLogGroup`, `${OldLambdaFunction.Arn}` in Sub).
 */
export function renameFunction(text: string, patch: RenameFunction): EditResult {
  return withEditable(text, (ed) => {
    const fn = requireFunction(ed, patch.from)
    if (isFailure(fn)) return fn
    if (patch.from === patch.to) return ok(text)
    const problem = functionNameProblem(patch.to) ?? clashProblem(ed, patch.to, patch.from)
    if (problem) return fail(problem)
    const renamed = renameReferences(
      ed,
      functionLogicalIds(patch.from),
      functionLogicalIds(patch.to),
    )
    return renameKey(renamed, [...FUNCTIONS, patch.from], patch.to)
  })
}

function functionLogicalIds(name: string): string[] {
  return FUNCTION_LOGICAL_ID_SUFFIXES.map((suffix) => normalizedFunctionName(name) + suffix)
}

/** Rewrite every reference to `from[i]` as `to[i]`, each scalar in place. */
export function renameReferences(
  ed: Editable,
  from: readonly string[],
  to: readonly string[],
): string {
  const renamed = new Map<Scalar, string>()
  for (const site of findReferenceSites(ed.doc)) {
    const index = from.indexOf(site.logicalId)
    if (index < 0) continue
    const current = renamed.get(site.scalar) ?? String(site.scalar.value)
    renamed.set(site.scalar, renameInValue(site.form, current, from[index]!, to[index]!))
  }
  const edits: TextEdit[] = []
  for (const [scalar, value] of renamed) {
    const insert = renderInlineScalar(value, ed.style, scalar.type)
    if (scalar.range && insert !== undefined && value !== scalar.value) {
      edits.push({ start: scalar.range[0], end: scalar.range[1], insert })
    }
  }
  return applyEdits(ed.text, edits)
}

/**
 * Remove the function with its events. Refused while resources, outputs or other settings name
 * its generated logical ids (a permission, an alarm, a state machine): those need a decision.
 */
export function removeFunction(text: string, patch: RemoveFunction): EditResult {
  return withEditable(text, (ed) => {
    const fn = requireFunction(ed, patch.name)
    if (isFailure(fn)) return fn
    const ids = functionLogicalIds(patch.name)
    const outside = findReferenceSites(ed.doc).filter(
      (site) =>
        ids.includes(site.logicalId) &&
        !(site.path[0] === 'functions' && site.path[1] === patch.name),
    )
    if (outside.length > 0) {
      const where = [...new Set(outside.map((site) => formatPath(site.path)))].join(', ')
      return fail(
        `Cannot remove "${patch.name}": it is still referenced at ${where}. Remove those references first.`,
      )
    }
    return deleteIn(text, [...FUNCTIONS, patch.name])
  })
}
