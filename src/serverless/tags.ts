import type { CollectionTag, ScalarTag } from 'yaml'

/**
 * CloudFormation's short-form intrinsic functions. Registered as custom tags so that the `yaml`
 * package parses them without "Unresolved tag" errors and keeps each node's tag exactly as
 * written; `toPlain` turns them into the long form (`!Ref X` → `{ Ref: 'X' }`) for the model.
 */
export const CFN_SHORT_TAGS = [
  'Ref',
  'GetAtt',
  'Sub',
  'Join',
  'If',
  'Equals',
  'Not',
  'Select',
  'Split',
  'FindInMap',
  'ImportValue',
  'Base64',
  'Cidr',
  'GetAZs',
  'And',
  'Or',
  'Condition',
  'Transform',
] as const
export type CfnShortTag = (typeof CFN_SHORT_TAGS)[number]

/** The long-form key of a short tag: `Ref` and `Condition` stay bare, the rest get `Fn::`. */
export function longFormKey(tag: CfnShortTag): string {
  return tag === 'Ref' || tag === 'Condition' ? tag : `Fn::${tag}`
}

/** `!GetAtt` → `GetAtt` when the tag is one of ours, else undefined. */
export function shortTagName(tag: string | undefined): CfnShortTag | undefined {
  if (!tag || !tag.startsWith('!')) return undefined
  const name = tag.slice(1)
  return (CFN_SHORT_TAGS as readonly string[]).includes(name) ? (name as CfnShortTag) : undefined
}

function scalarTag(name: string): ScalarTag {
  return {
    tag: `!${name}`,
    // Keep the source string; the model converter reads the node's tag.
    resolve: (value: string) => value,
    identify: () => false,
  }
}

function collectionTag(name: string, collection: 'map' | 'seq'): CollectionTag {
  return { tag: `!${name}`, collection, identify: () => false }
}

/** Every short tag in each form YAML allows it: scalar, sequence and mapping. */
export const cfnCustomTags: (ScalarTag | CollectionTag)[] = CFN_SHORT_TAGS.flatMap((name) => [
  scalarTag(name),
  collectionTag(name, 'seq'),
  collectionTag(name, 'map'),
])
