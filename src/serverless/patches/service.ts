import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml'
import {
  fail,
  isEditable,
  nodeAt,
  openEditable,
  type EditFailure,
  type Editable,
  type EditResult,
  type Path,
} from '../edit'
import { toPlain, type Plain } from '../plain'

/** Read helpers over a parsed `serverless.yml`, for patches that must look before they write. */

export const FUNCTIONS: Path = ['functions']
export const RESOURCES: Path = ['resources', 'Resources']

/** Parse, then run `body` on the parsed text; YAML errors refuse the patch. */
export function withEditable(text: string, body: (ed: Editable) => EditResult): EditResult {
  const ed = openEditable(text)
  return isEditable(ed) ? body(ed) : ed
}

/** Run edits one after another on the text each produced; the first refusal stops the run. */
export function runSteps(
  text: string,
  steps: readonly ((text: string) => EditResult)[],
): EditResult {
  let current = text
  for (const step of steps) {
    const result = step(current)
    if (!result.ok) return result
    current = result.text
  }
  return { ok: true, text: current }
}

export function plainAt(ed: Editable, path: Path): Plain | undefined {
  const node = nodeAt(ed.doc.contents, path)
  if (node === undefined) return undefined
  return toPlain(node)
}

/** The `functions` map, or why there is none we can edit. */
export function functionsMap(ed: Editable): YAMLMap | null | EditFailure {
  const node = nodeAt(ed.doc.contents, FUNCTIONS)
  if (node === undefined || node === null || (isScalar(node) && node.value === null)) return null
  if (isMap(node)) return node
  if (isScalar(node) || isSeq(node)) {
    return fail(
      'The functions are loaded from another file (functions: ${file(...)}); edit them there.',
    )
  }
  return fail('functions is not a map.')
}

export function functionNames(ed: Editable): string[] {
  const map = functionsMap(ed)
  if (!map || !isMap(map)) return []
  const plain = toPlain(map)
  return plain && typeof plain === 'object' && !Array.isArray(plain) ? Object.keys(plain) : []
}

/** The function's own map, or a clear refusal. */
export function requireFunction(ed: Editable, name: string): YAMLMap | EditFailure {
  const map = functionsMap(ed)
  if (map && !isMap(map)) return map
  const node = nodeAt(ed.doc.contents, [...FUNCTIONS, name])
  if (node === undefined || !map) return fail(`There is no function "${name}".`)
  if (!isMap(node)) return fail(`functions.${name} is not a map of settings.`)
  return node
}

export function isFailure<T>(value: T | EditFailure): value is EditFailure {
  return typeof value === 'object' && value !== null && 'ok' in value && value.ok === false
}

/** Logical ids under `resources.Resources` with their `Type`. */
export function declaredResources(ed: Editable): Map<string, string> {
  const out = new Map<string, string>()
  const node = nodeAt(ed.doc.contents, RESOURCES)
  if (!isMap(node)) return out
  const plain = toPlain(node)
  if (!plain || typeof plain !== 'object' || Array.isArray(plain)) return out
  for (const [name, value] of Object.entries(plain)) {
    const type =
      value && typeof value === 'object' && !Array.isArray(value) ? value.Type : undefined
    out.set(name, typeof type === 'string' ? type : '')
  }
  return out
}

export const RESOURCE_TYPES = {
  table: 'AWS::DynamoDB::Table',
  bucket: 'AWS::S3::Bucket',
  queue: 'AWS::SQS::Queue',
  topic: 'AWS::SNS::Topic',
} as const
export type TypedResourceKind = keyof typeof RESOURCE_TYPES

/** Refuse unless `name` is declared under `resources.Resources` with the expected type. */
export function requireResource(
  ed: Editable,
  name: string,
  kind: TypedResourceKind,
): true | EditFailure {
  const type = declaredResources(ed).get(name)
  if (type === undefined) return fail(`There is no resource "${name}" under resources.Resources.`)
  if (type !== RESOURCE_TYPES[kind]) {
    return fail(
      `${name} is ${type ? `a ${type}` : 'a resource without a Type'}, not a ${RESOURCE_TYPES[kind]}.`,
    )
  }
  return true
}

/** `resources` written as a list of `${file()}` includes cannot take new resources inline. */
export function resourcesProblem(ed: Editable): string | undefined {
  const node = nodeAt(ed.doc.contents, ['resources'])
  if (node === undefined || node === null || isMap(node)) return undefined
  if (isScalar(node) && node.value === null) return undefined
  return 'resources is written as a list of included files; add resources in those files.'
}
