import type { Plain, PlainMap } from '../serverless'
import type { BodyModel, JsonObject, Parameter } from './model'
import { bool, mapAt, pascal, safeName, text } from './plainValues'
import { documentSchema } from './schema'

/** Path parameters of a path template: `{id}`, and the greedy `{proxy+}`. */
export function pathParameters(path: string): Parameter[] {
  const out: Parameter[] = []
  for (const match of path.matchAll(/\{([^{}/]+)\}/g)) {
    const raw = match[1]!
    const greedy = raw.endsWith('+')
    out.push({ name: greedy ? raw.slice(0, -1) : raw, in: 'path', required: true, greedy })
  }
  return out
}

/**
 * `request.parameters.querystrings/headers/paths` of an `http` event: `name: true|false` or
 * `name: { required, mappedValue }`. Path parameters stay required whatever they say: a
 * path template cannot match without them.
 */
export function requestParameters(request: PlainMap | undefined, path: string): Parameter[] {
  const out = pathParameters(path)
  const parameters = mapAt(request, 'parameters')
  const kinds = [
    ['querystrings', 'query'],
    ['headers', 'header'],
  ] as const
  for (const [key, location] of kinds) {
    for (const [name, value] of Object.entries(mapAt(parameters, key) ?? {})) {
      const required = bool(value) ?? bool(mapAt(value)?.['required']) ?? false
      out.push({ name, in: location, required })
    }
  }
  return out
}

/** The models declared once in `provider.apiGateway.request.schemas`, by key. */
export type SharedModels = Readonly<Record<string, PlainMap>>

/** Collects request body models into the API's `models`, named and deduplicated. */
export class ModelCollector {
  readonly models: Record<string, JsonObject> = {}

  constructor(
    private readonly shared: SharedModels,
    private readonly notes: string[],
  ) {}

  /** `request.schemas` (by content type) or the older `request.schema` of an `http` event. */
  bodies(request: PlainMap | undefined, operationName: string): BodyModel[] {
    if (!request) return []
    const schemas = mapAt(request, 'schemas')
    const entries: [string, Plain][] = schemas
      ? Object.entries(schemas)
      : request['schema'] !== undefined
        ? [['application/json', request['schema']]]
        : []
    return entries.map(([contentType, value], i) => ({
      contentType,
      model: this.model(value, `${operationName}${i === 0 ? '' : i + 1}Body`),
    }))
  }

  private model(value: Plain, fallbackName: string): string {
    if (typeof value === 'string' && this.shared[value]) {
      const shared = this.shared[value]
      return this.add(text(shared['name']) ?? pascal(value), shared['schema'], shared)
    }
    const map = mapAt(value)
    if (map && map['schema'] !== undefined) {
      return this.add(text(map['name']) ?? fallbackName, map['schema'], map)
    }
    return this.add(fallbackName, value, undefined)
  }

  private add(name: string, schema: Plain | undefined, settings: PlainMap | undefined): string {
    const key = safeName(name, 'Model')
    if (this.models[key]) return key
    let parsed = schema
    if (typeof schema === 'string') {
      try {
        parsed = JSON.parse(schema) as Plain
      } catch {
        // `${file(schema.json)}` is read by the framework at deploy time; we work offline.
        this.notes.push(`The model ${key} comes from ${schema}, which is not read here.`)
        parsed = null
      }
    }
    const out = documentSchema(parsed)
    const description = text(settings?.['description'])
    if (description !== undefined && out['description'] === undefined) {
      out['description'] = description
    }
    if (Object.keys(out).length === 0) out['type'] = 'object'
    this.models[key] = out
    return key
  }
}
