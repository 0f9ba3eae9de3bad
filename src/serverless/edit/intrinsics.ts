import { isNode } from 'yaml'
import type { Plain } from '../plain'
import { CFN_SHORT_TAGS, type CfnShortTag } from '../tags'
import type { NewValue } from './newValue'

/**
 * CloudFormation intrinsic functions as plain values in their long form, the same shape
 * `toPlain` reads them in. New content built from these is written with short tags
 * (`!Ref X`, `!GetAtt X.Arn`) by the renderer.
 */
export function ref(logicalId: string): Plain {
  return { Ref: logicalId }
}

export function getAtt(logicalId: string, attribute: string): Plain {
  return { 'Fn::GetAtt': [logicalId, attribute] }
}

export function join(delimiter: string, parts: Plain[]): Plain {
  return { 'Fn::Join': [delimiter, parts] }
}

export function sub(template: string): Plain {
  return { 'Fn::Sub': template }
}

/** An intrinsic call recognised in a plain value: its short tag name and argument. */
export interface IntrinsicCall {
  readonly tag: CfnShortTag
  readonly argument: NewValue
}

/**
 * `{ Ref: X }` or `{ 'Fn::Name': arg }` with exactly one key. `Condition` is left alone: as a
 * long-form key it is ambiguous with the resource attribute of the same name.
 */
export function asIntrinsic(value: NewValue): IntrinsicCall | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || isNode(value)) {
    return undefined
  }
  const record = value as { readonly [key: string]: NewValue }
  const keys = Object.keys(record)
  if (keys.length !== 1) return undefined
  const key = keys[0]!
  const name = key === 'Ref' ? 'Ref' : key.startsWith('Fn::') ? key.slice(4) : undefined
  if (!name || name === 'Condition') return undefined
  if (!(CFN_SHORT_TAGS as readonly string[]).includes(name)) return undefined
  return { tag: name as CfnShortTag, argument: record[key]! }
}
