import type { Diagnostic, TextRange } from '../model/diagnostics'
import { FRAMEWORK_DEFAULTS } from '../model/defaults'
import { withoutDanglingReferences } from '../model/graph'
import type { ServiceModel } from '../model/types'
import { validate } from '../model/validate'
import { isPlainMap, resolvedText } from './coerce'
import { loadDocument } from './document'
import { LIMITS } from './limits'
import { inferAccessEdges } from './inferEdges'
import { declarationRanges, documentPath, withRanges } from './locate'
import { ParseContext } from './parseContext'
import { parseEvents } from './parseEvents'
import { parseFunctions } from './parseFunctions'
import { linkDeadLetters } from './parseLinks'
import { parseProvider } from './parseProvider'
import { parseResources } from './parseResources'
import { PlainLimitError, toPlain, type Plain } from './plain'
import { SourceMap } from './sourceMap'
import { resolveVariables, type VariableSettings } from './variables'

/** `--stage`, `--region`, the account for `${aws:accountId}`, values for `${env:...}`. */
export type ParseOptions = VariableSettings

export interface ParseResult {
  /** False when the YAML failed to parse or is not a mapping; the model is then partial. */
  readonly ok: boolean
  readonly text: string
  readonly model: ServiceModel
  /** Every diagnostic has a `range`. */
  readonly diagnostics: readonly Diagnostic[]
  /** Resource id → range of its declaration in the text. */
  readonly ranges: Readonly<Record<string, TextRange>>
}

/**
 * Read a `serverless.yml`: the model of the service, diagnostics with ranges, and where each
 * resource is declared. Never throws, whatever the input.
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return parseText(text, options)
  } catch (error) {
    // A bug of ours must not take the editor down; report it like any other problem.
    const start = { line: 1, column: 1, offset: 0 }
    return refused(text, options, [
      {
        severity: 'error',
        code: 'internal',
        message: `The file could not be read: ${String(error)}`,
        range: { start, end: start },
      },
    ])
  }
}

/** The text, unchanged: edits are patches to the text, so there is nothing to re-stringify. */
export function print(result: ParseResult): string {
  return result.text
}

/** Characters YAML does not allow in a text (C0 controls but tab, LF, CR; and DEL). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

function parseText(text: string, options: ParseOptions): ParseResult {
  const control = CONTROL_CHARACTER.exec(text.slice(0, LIMITS.maxTextLength))
  if (control) return binaryText(text, control.index, options)
  const loaded = loadDocument(text)
  const sourceMap = new SourceMap(loaded.doc, loaded.lineCounter, text)
  const diagnostics: Diagnostic[] = [...loaded.diagnostics]
  const failed = (extra?: Omit<Diagnostic, 'range'>): ParseResult =>
    refused(
      text,
      options,
      extra ? [...diagnostics, { ...extra, range: sourceMap.startRange() }] : diagnostics,
    )
  if (!loaded.doc) return failed()
  let plain: Plain
  try {
    plain = toPlain(loaded.doc.contents)
  } catch (error) {
    if (!(error instanceof PlainLimitError)) throw error
    return failed({ severity: 'error', code: 'too-many-aliases', message: error.message })
  }
  const yamlOk = loaded.doc.errors.length === 0
  if (!isPlainMap(plain)) {
    if (!yamlOk) return failed()
    return failed({
      severity: 'error',
      code: 'not-a-mapping',
      message:
        plain === null
          ? 'The file is empty; a serverless.yml is a mapping with service, provider and functions.'
          : `A serverless.yml is a mapping of keys (service, provider, functions...); this file holds ${Array.isArray(plain) ? 'a list' : 'a single value'}.`,
    })
  }

  const resolved = resolveVariables(plain, options)
  const config = isPlainMap(resolved.value) ? resolved.value : plain
  const ctx = new ParseContext(config, resolved)
  for (const issue of resolved.issues)
    ctx.report(issue.severity, issue.code, issue.message, issue.path)
  const model = buildModel(ctx)

  const rewrite = (path: readonly (string | number)[]) =>
    documentPath(path, ctx.functionPaths, ctx.resourcePaths)
  const ranges = declarationRanges(model.resources, ctx.registry.declarations, sourceMap)
  // On a broken document the syntax errors are the news; problems of a half-read model are noise.
  if (yamlOk) {
    diagnostics.push(
      ...withRanges([...ctx.diagnostics, ...validate(model)], sourceMap, ranges, rewrite),
    )
  }
  return { ok: yamlOk, text, model: withoutDanglingReferences(model), diagnostics, ranges }
}

function buildModel(ctx: ParseContext): ServiceModel {
  const service = serviceName(ctx, ctx.config['service'])
  const provider = parseProvider(ctx)
  const functions = parseFunctions(ctx, provider, service)
  const declared = parseResources(ctx)
  parseEvents(ctx, functions, provider)
  linkDeadLetters(ctx, functions, declared)
  inferAccessEdges(ctx, functions, provider)
  return {
    service: service ?? '',
    provider: provider.settings,
    resources: ctx.registry.list(),
    edges: ctx.edges,
  }
}

/** `service: name`, or the older `service: { name: ... }`. */
function serviceName(ctx: ParseContext, value: Plain | undefined): string | undefined {
  const name = isPlainMap(value) ? value['name'] : value
  const text = resolvedText(name)
  if (value !== undefined && text === undefined && typeof name !== 'string') {
    ctx.wrongType(['service'], 'service', 'a name', value)
  }
  return text
}

/** Binary data pasted or opened by mistake: say so, rather than report it as odd YAML. */
function binaryText(text: string, offset: number, options: ParseOptions): ParseResult {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  const code = text.charCodeAt(offset).toString(16).toUpperCase().padStart(4, '0')
  const start = { line, column: offset - lineStart + 1, offset }
  return refused(text, options, [
    {
      severity: 'error',
      code: 'not-text',
      message: `The file holds a control character (U+${code}) at line ${line}; a serverless.yml is plain text, so this looks like binary data.`,
      range: { start, end: { ...start, column: start.column + 1, offset: offset + 1 } },
    },
  ])
}

/** A text we could not turn into a model: the diagnostics say why; the canvas keeps its last. */
function refused(text: string, options: ParseOptions, diagnostics: Diagnostic[]): ParseResult {
  return { ok: false, text, model: emptyModel(options), diagnostics, ranges: {} }
}

function emptyModel(options: ParseOptions): ServiceModel {
  return {
    service: '',
    provider: {
      region: options.region ?? FRAMEWORK_DEFAULTS.region,
      stage: options.stage ?? FRAMEWORK_DEFAULTS.stage,
    },
    resources: [],
    edges: [],
  }
}
