import { toMermaid } from '../../model/mermaid'
import {
  apiDocument,
  serializeDocument,
  type ApiExportOptions,
  type ApiKind,
  type OutputFormat,
} from '../../openapi'
import { readConfig } from '../../serverless'
import type { Command } from '../command'
import { CliError } from '../errors'
import { loadServerless, parseOptionsFrom } from '../load'
import { readTextFile } from '../readInput'

const KINDS = ['swagger', 'openapi', 'mermaid'] as const
type ExportKind = (typeof KINDS)[number]

export const exportCommand: Command = {
  name: 'export',
  usage:
    'export swagger|openapi|mermaid FILE [--format json|yaml] [--api rest|http] [--stage STAGE] [--region REGION] [--account ID]',
  summary:
    "Print FILE's REST or HTTP API as Swagger 2.0 or OpenAPI 3.0 for API Gateway, or the architecture as a Mermaid flowchart.",
  options: {
    format: { type: 'string' },
    api: { type: 'string' },
    stage: { type: 'string' },
    region: { type: 'string' },
    account: { type: 'string' },
  },
  run({ positionals, values }, io) {
    const [kind, file, ...rest] = positionals
    if (kind === undefined || file === undefined || rest.length > 0) {
      throw new CliError(`usage: ${this.usage}`)
    }
    if (!isExportKind(kind)) {
      throw new CliError(`unknown export '${kind}'; expected swagger, openapi or mermaid`)
    }
    const format = choice<OutputFormat>(values['format'], 'format', ['json', 'yaml'])
    const api = choice<ApiKind>(values['api'], 'api', ['rest', 'http'])
    if (kind === 'mermaid' && (format !== undefined || api !== undefined)) {
      throw new CliError(
        `--${format !== undefined ? 'format' : 'api'} applies to swagger and openapi, not mermaid`,
      )
    }
    const account = values['account']
    const settings = {
      ...parseOptionsFrom(values),
      ...(typeof account === 'string' && { accountId: account }),
    }
    const { model } = loadServerless(file, settings)
    if (kind === 'mermaid') {
      io.stdout(ensureNewline(toMermaid(model)))
      return
    }
    const config = readConfig(readTextFile(file), settings)
    if (!config) throw new CliError(`${file}: not a serverless.yml`)
    const region = values['region']
    const options: ApiExportOptions = {
      ...(api !== undefined && { api }),
      ...(typeof region === 'string' && { region }),
      ...(typeof account === 'string' && { account }),
    }
    const result = apiDocument(model, config, kind, options)
    if (!result.ok) throw new CliError(`${file}: ${result.error}`)
    io.stdout(serializeDocument(result.document, format ?? 'json'))
  },
}

function isExportKind(kind: string): kind is ExportKind {
  return (KINDS as readonly string[]).includes(kind)
}

function choice<T extends string>(
  value: string | boolean | undefined,
  name: string,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new CliError(`--${name} must be ${allowed.join(' or ')}; got '${String(value)}'`)
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`
}
