/**
 * Swagger 2.0 and OpenAPI 3.0 export of a design's REST API (`http` events) and HTTP API
 * (`httpApi` events), with API Gateway's extensions, so the document imports as it is.
 */
import { stringify } from 'yaml'
import type { ServiceModel } from '../model/types'
import { parse, readConfig, type ParseOptions } from '../serverless'
import { describeApi, type ApiExportOptions, type ExportConfig } from './describe'
import type { JsonObject, OutputFormat, SpecVersion } from './model'
import { toOpenApi3 } from './openapi3'
import { toSwagger2 } from './swagger2'

export { describeApi, type ApiExportOptions, type ExportConfig } from './describe'
export {
  ApiKind,
  OutputFormat,
  SpecVersion,
  type ApiDescription,
  type Json,
  type JsonObject,
} from './model'
export { toOpenApi3 } from './openapi3'
export { toSwagger2 } from './swagger2'

export type ApiDocumentResult =
  | { readonly ok: true; readonly document: JsonObject; readonly notes: readonly string[] }
  | { readonly ok: false; readonly error: string }

/** The API definition of a parsed design: `swagger` is Swagger 2.0, `openapi` is OpenAPI 3.0.1. */
export function apiDocument(
  model: ServiceModel,
  config: ExportConfig,
  spec: SpecVersion,
  options: ApiExportOptions = {},
): ApiDocumentResult {
  const described = describeApi(model, config, options)
  if (!described.ok) return described
  const { api } = described
  return {
    ok: true,
    document: spec === 'swagger' ? toSwagger2(api) : toOpenApi3(api),
    notes: api.notes,
  }
}

/** `--stage` and `--region` resolve variables; the region and account also go in the URIs. */
export interface ExportTextOptions extends ApiExportOptions {
  readonly stage?: string
}

export type ExportTextResult =
  | (Extract<ApiDocumentResult, { ok: true }> & { readonly text: string })
  | { readonly ok: false; readonly error: string }

/**
 * Export a `serverless.yml` text: parse it, describe its API, write the document as JSON or
 * YAML. Never throws; a text with no API, or one that does not parse, is `{ ok: false }`.
 *
 * @example
 * const out = exportApiText(yamlText, 'openapi', 'yaml', { api: 'http', region: 'eu-west-1' })
 * if (out.ok) download(out.text)
 */
export function exportApiText(
  text: string,
  spec: SpecVersion,
  format: OutputFormat,
  options: ExportTextOptions = {},
): ExportTextResult {
  const settings: ParseOptions = {
    ...(options.stage !== undefined && { stage: options.stage }),
    ...(options.region !== undefined && { region: options.region }),
    ...(options.account !== undefined && { accountId: options.account }),
  }
  const parsed = parse(text, settings)
  const config = readConfig(text, settings)
  if (!parsed.ok || !config) {
    const first = parsed.diagnostics.find((d) => d.severity === 'error')
    return { ok: false, error: first ? first.message : 'not a serverless.yml' }
  }
  const result = apiDocument(parsed.model, config, spec, options)
  if (!result.ok) return result
  return { ...result, text: serializeDocument(result.document, format) }
}

/** JSON with two-space indents, or YAML that keeps long URIs on one line. */
export function serializeDocument(document: JsonObject, format: OutputFormat): string {
  return format === 'json'
    ? `${JSON.stringify(document, null, 2)}\n`
    : stringify(document, { lineWidth: 0, aliasDuplicateObjects: false })
}
