import type { Diagnostic } from '../../model/diagnostics'
import type { Edge, Resource } from '../../model/types'
import type { ParseResult } from '../../serverless'
import type { Command } from '../command'
import { CliError } from '../errors'
import { loadServerless, locate, parseOptionsFrom } from '../load'

export const graphCommand: Command = {
  name: 'graph',
  usage: 'graph FILE [--json] [--stage STAGE] [--region REGION]',
  summary: 'The model of FILE: nodes, edges and diagnostics.',
  options: {
    json: { type: 'boolean' },
    stage: { type: 'string' },
    region: { type: 'string' },
  },
  run({ positionals, values }, io) {
    const [file, ...rest] = positionals
    if (file === undefined || rest.length > 0) throw new CliError(`usage: ${this.usage}`)
    const result = loadServerless(file, parseOptionsFrom(values))
    io.stdout(
      values['json'] ? `${JSON.stringify(graphJson(result), null, 2)}\n` : graphText(result),
    )
  },
}

/** Nodes lead with id, kind and name; edges with from, to and kind; the rest follows as modelled. */
export function graphJson(result: ParseResult) {
  return {
    service: result.model.service,
    provider: result.model.provider,
    nodes: result.model.resources.map(nodeJson),
    edges: result.model.edges.map(({ from, to, kind, ...rest }) => ({ from, to, kind, ...rest })),
    diagnostics: result.diagnostics.map(diagnosticJson),
  }
}

/** Capacity fields are always present on functions and tables (null when not set), for a stable shape. */
function nodeJson(resource: Resource) {
  const { id, kind, name, ...rest } = resource
  const node = { id, kind, name, ...rest }
  if (resource.kind === 'function') {
    return {
      ...node,
      reservedConcurrency: resource.reservedConcurrency ?? null,
      provisionedConcurrency: resource.provisionedConcurrency ?? null,
    }
  }
  if (resource.kind === 'table')
    return { ...node, rcu: resource.rcu ?? null, wcu: resource.wcu ?? null }
  return node
}

function diagnosticJson(d: Diagnostic) {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    line: d.range?.start.line ?? 1,
    column: d.range?.start.column ?? 1,
    ...(d.resourceId && { resourceId: d.resourceId }),
  }
}

function graphText(result: ParseResult): string {
  const { model } = result
  const lines = [
    `service ${model.service || '(unnamed)'}, stage ${model.provider.stage}, region ${model.provider.region}`,
    '',
    `nodes (${model.resources.length}):`,
    ...model.resources.map((r) => `  ${r.id}  ${describeNode(r)}`.trimEnd()),
    '',
    `edges (${model.edges.length}):`,
    ...model.edges.map((e) => `  ${e.from} -> ${e.to}  ${describeEdge(e)}`),
  ]
  if (result.diagnostics.length > 0) {
    lines.push('', `diagnostics (${result.diagnostics.length}):`)
    for (const d of result.diagnostics)
      lines.push(`  ${locate(d)} ${d.severity} ${d.code}: ${d.message}`)
  }
  return `${lines.join('\n')}\n`
}

function describeNode(r: Resource): string {
  switch (r.kind) {
    case 'function':
      return [r.runtime ?? r.image ?? '', `${r.memorySize} MB`, `${r.timeout} s`, r.architecture]
        .concat(r.reservedConcurrency === undefined ? [] : [`reserved ${r.reservedConcurrency}`])
        .concat(
          r.provisionedConcurrency === undefined ? [] : [`provisioned ${r.provisionedConcurrency}`],
        )
        .filter(Boolean)
        .join(', ')
    case 'table':
      return r.billingMode === 'PROVISIONED'
        ? `PROVISIONED ${r.rcu ?? '?'} RCU / ${r.wcu ?? '?'} WCU`
        : r.billingMode
    case 'restApi':
    case 'httpApi':
    case 'websocketApi':
      return `${r.routes.length} route${r.routes.length === 1 ? '' : 's'}`
    case 'schedule':
      return r.expression + (r.enabled ? '' : ' (disabled)')
    case 'opaque':
      return r.type
    case 'bucket':
    case 'queue':
    case 'topic':
    case 'eventBus':
      return r.origin === 'event' ? 'from an event' : ''
  }
}

function describeEdge(e: Edge): string {
  if (e.kind === 'trigger') {
    return `trigger ${e.event} (${e.mode})${e.batchSize === undefined ? '' : `, batch ${e.batchSize}`}`
  }
  return `access via ${e.via.join('+')}${e.envVars.length > 0 ? ` (${e.envVars.join(', ')})` : ''}`
}
