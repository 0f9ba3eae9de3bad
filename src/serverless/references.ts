import { parseArn, queueNameFromUrl } from './arn'
import type { Plain } from './plain'

/**
 * What a value in `serverless.yml` points at. CloudFormation refers to resources of the same stack
 * by logical id (`!Ref`, `!GetAtt`, `${X.Arn}` in `!Sub`), to anything by ARN, and application
 * code often just by physical name in an environment variable.
 */
export type Reference =
  | { readonly kind: 'logical'; readonly logicalId: string; readonly attribute?: string }
  | { readonly kind: 'arn'; readonly service: string; readonly name: string }
  /** SQS queue URL. */
  | { readonly kind: 'queueUrl'; readonly name: string }
  /** A plain text that may be a physical name. */
  | { readonly kind: 'name'; readonly name: string }

export interface ReferenceContext {
  readonly region: string
  readonly accountId: string
}

/** Stands for a part of a text we cannot know (a logical id's ARN, an import). */
const UNKNOWN = '\u0000'

/** A hostile document could share one subtree many times; the walk stops after this many values. */
const MAX_VISITS = 10_000

interface Evaluated {
  /** The text the value stands for, with `UNKNOWN` where a part is not known. */
  readonly text?: string
}

/**
 * The references in `value`: each `Ref`/`GetAtt`/`Sub` of a logical id, each ARN or queue URL the
 * value builds (`Fn::Join` and `Fn::Sub` evaluated with the pseudo parameters), and the value
 * itself as a candidate physical name. Lists are searched item by item.
 */
export function findReferences(value: Plain, context: ReferenceContext): Reference[] {
  const found: Reference[] = []
  let visits = 0
  const pseudo: Record<string, string> = {
    'AWS::Region': context.region,
    'AWS::AccountId': context.accountId,
    'AWS::Partition': 'aws',
    'AWS::URLSuffix': 'amazonaws.com',
  }

  const logical = (logicalId: string, attribute?: string): Evaluated => {
    found.push(
      attribute ? { kind: 'logical', logicalId, attribute } : { kind: 'logical', logicalId },
    )
    return { text: UNKNOWN }
  }

  const evaluate = (v: Plain): Evaluated => {
    if (++visits > MAX_VISITS) return {}
    if (typeof v === 'string') return { text: v }
    if (typeof v === 'number' || typeof v === 'boolean') return { text: String(v) }
    if (v === null) return {}
    if (Array.isArray(v)) {
      for (const item of v) interpret(evaluate(item))
      return {}
    }
    const keys = Object.keys(v)
    const only = keys.length === 1 ? keys[0]! : undefined
    const arg = only === undefined ? undefined : v[only]
    if (only === 'Ref' && typeof arg === 'string') {
      return arg in pseudo ? { text: pseudo[arg] } : logical(arg)
    }
    if (only === 'Fn::GetAtt') {
      if (Array.isArray(arg) && typeof arg[0] === 'string') {
        return logical(arg[0], typeof arg[1] === 'string' ? arg[1] : undefined)
      }
      if (typeof arg === 'string') {
        const dot = arg.indexOf('.')
        return dot < 0 ? logical(arg) : logical(arg.slice(0, dot), arg.slice(dot + 1))
      }
      return {}
    }
    if (only === 'Fn::Join' && Array.isArray(arg) && Array.isArray(arg[1])) {
      const separator = typeof arg[0] === 'string' ? arg[0] : ''
      const parts = arg[1].map((item) => evaluate(item).text ?? UNKNOWN)
      return { text: parts.join(separator) }
    }
    if (only === 'Fn::Sub') {
      const [template, variables] = Array.isArray(arg) ? [arg[0], arg[1]] : [arg, undefined]
      if (typeof template !== 'string') return {}
      const vars =
        variables && typeof variables === 'object' && !Array.isArray(variables) ? variables : {}
      return { text: substitute(template, vars) }
    }
    // Any other intrinsic or map: its references count, its text is unknown.
    for (const item of Object.values(v)) interpret(evaluate(item))
    return { text: only?.startsWith('Fn::') ? UNKNOWN : undefined }
  }

  const substitute = (template: string, vars: { [key: string]: Plain }): string =>
    template.replace(/\$\{([^}]*)\}/g, (whole, name: string) => {
      if (name.startsWith('!')) return `\${${name.slice(1)}}`
      if (Object.hasOwn(vars, name)) return evaluate(vars[name] ?? null).text ?? UNKNOWN
      if (name in pseudo) return pseudo[name]!
      // A Serverless variable left unresolved is unknown text, not a logical id.
      if (/^[A-Za-z][\w-]*(\(.*\))?:(?!:)/.test(name)) return UNKNOWN
      if (/^[A-Za-z][\w]*(\.[\w.]+)?$/.test(name)) {
        const dot = name.indexOf('.')
        return (dot < 0 ? logical(name) : logical(name.slice(0, dot), name.slice(dot + 1))).text!
      }
      return whole
    })

  const interpret = ({ text }: Evaluated) => {
    if (text === undefined || text === '') return
    const arn = parseArn(text)
    if (arn) {
      if (!arn.name.includes(UNKNOWN) && arn.name !== '') {
        found.push({ kind: 'arn', service: arn.service, name: arn.name })
      }
      return
    }
    if (text.includes(UNKNOWN)) return
    const queue = queueNameFromUrl(text)
    if (queue) found.push({ kind: 'queueUrl', name: queue })
    else found.push({ kind: 'name', name: text })
  }

  interpret(evaluate(value))
  return found
}

/** `orders-*` matches `orders-dev`; names without `*` must be equal. A lone `*` matches nothing. */
export function nameMatches(pattern: string, name: string): boolean {
  if (!pattern.includes('*')) return pattern === name
  if (pattern.replace(/\*/g, '') === '') return false
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${escaped.join('.*')}$`, 's').test(name)
}
