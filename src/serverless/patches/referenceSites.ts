import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml'
import { keyString } from '../plain'
import { shortTagName } from '../tags'
import type { Path } from '../edit'

/** How a scalar names a logical id. */
export type ReferenceForm = 'Ref' | 'GetAtt' | 'Sub' | 'DependsOn'

/** One place in the document that names a logical id (a resource or a generated one). */
export interface ReferenceSite {
  readonly logicalId: string
  readonly form: ReferenceForm
  /** Path of the scalar holding the name. */
  readonly path: Path
  readonly scalar: Scalar
  /** True when an `Fn::If` / `!If` encloses it: removing it would change a condition's branches. */
  readonly conditional: boolean
}

/**
 * Every `Ref`, `GetAtt`, `Sub` placeholder and `DependsOn` entry in the document, in short or
 * long form. `${...}` placeholders of `Sub` whose name contains `:` (`${AWS::Region}`) are
 * pseudo parameters, not logical ids.
 */
export function findReferenceSites(doc: Document.Parsed): ReferenceSite[] {
  const sites: ReferenceSite[] = []
  const visit = (node: unknown, path: Path, conditional: boolean, form?: ReferenceForm) => {
    if (isScalar(node)) {
      const tag = shortTagName(node.tag)
      const scalarForm = tag === 'Ref' || tag === 'GetAtt' || tag === 'Sub' ? tag : form
      if (scalarForm && typeof node.value === 'string') {
        for (const logicalId of namesIn(scalarForm, node.value)) {
          sites.push({ logicalId, form: scalarForm, path, scalar: node as Scalar, conditional })
        }
      }
      return
    }
    const tag = isMap(node) || isSeq(node) ? shortTagName(node.tag) : undefined
    const inIf = conditional || tag === 'If'
    if (isSeq(node)) {
      node.items.forEach((item, index) => {
        // `!GetAtt [X, Arn]` and `Fn::GetAtt: [X, Arn]` name X in the first item; the template
        // of `Fn::Sub: [template, vars]` is the first item too.
        const itemForm =
          (tag === 'GetAtt' || form === 'GetAtt') && index === 0
            ? 'Ref'
            : (tag === 'Sub' || form === 'Sub') && index === 0
              ? 'Sub'
              : form === 'DependsOn'
                ? 'DependsOn'
                : undefined
        visit(item, [...path, index], inIf, itemForm)
      })
      return
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        const key = keyString(pair.key)
        const keyForm: ReferenceForm | undefined =
          key === 'Ref'
            ? 'Ref'
            : key === 'Fn::GetAtt'
              ? 'GetAtt'
              : key === 'Fn::Sub'
                ? 'Sub'
                : key === 'DependsOn' && path.length === 3 && path[0] === 'resources'
                  ? 'DependsOn'
                  : undefined
        visit(pair.value, [...path, key], inIf || key === 'Fn::If', keyForm)
      }
    }
  }
  visit(doc.contents as Node | null, [], false)
  return sites
}

function namesIn(form: ReferenceForm, value: string): string[] {
  switch (form) {
    case 'Ref':
    case 'DependsOn':
      return [value]
    case 'GetAtt': {
      const dot = value.indexOf('.')
      return [dot < 0 ? value : value.slice(0, dot)]
    }
    case 'Sub': {
      const names: string[] = []
      for (const match of value.matchAll(/\$\{([^}!:]+?)(\.[^}]*)?\}/g)) names.push(match[1]!)
      return names
    }
  }
}

/** A reference scalar's value with the logical id `from` renamed to `to` where it names it. */
export function renameInValue(
  form: ReferenceForm,
  value: string,
  from: string,
  to: string,
): string {
  switch (form) {
    case 'Ref':
    case 'DependsOn':
      return value === from ? to : value
    case 'GetAtt':
      return value === from || value.startsWith(`${from}.`) ? to + value.slice(from.length) : value
    case 'Sub':
      return value.replace(/\$\{([^}!:]+?)(\.[^}]*)?\}/g, (match, name: string, rest?: string) =>
        name === from ? `\${${to}${rest ?? ''}}` : match,
      )
  }
}
