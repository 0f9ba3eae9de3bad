import type { Plain } from '../serverless'
import type { Json, JsonObject } from './model'

/**
 * The JSON Schema keywords that the Swagger 2.0 and OpenAPI 3.0 Schema Objects both accept.
 * API Gateway models are JSON Schema draft 4; a document holding `$schema` or `id` is
 * refused by the validators, so schemas are reduced to this subset.
 */
const SCALAR_KEYWORDS = new Set([
  'title',
  'description',
  'default',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxProperties',
  'minProperties',
  'required',
  'enum',
  'format',
  'readOnly',
  'example',
])

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object'])

/** A JSON Schema (draft 4) reduced to what both document versions accept; `$ref`s are dropped. */
export function documentSchema(schema: Plain | undefined, depth = 0): JsonObject {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema) || depth > 32) {
    return {}
  }
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(schema)) {
    if (SCALAR_KEYWORDS.has(key)) {
      const kept = scalarKeyword(key, value)
      if (kept !== undefined) out[key] = kept
    } else if (key === 'type') {
      const types = (Array.isArray(value) ? value : [value]).filter(
        (t): t is string => typeof t === 'string' && TYPES.has(t),
      )
      if (types[0] !== undefined) out['type'] = types[0]
    } else if (key === 'properties' && isObject(value)) {
      const properties: JsonObject = {}
      for (const [name, sub] of Object.entries(value))
        properties[name] = documentSchema(sub, depth + 1)
      out['properties'] = properties
    } else if (key === 'items') {
      // Draft 4 tuple items are not in the Schema Object; the first item type stands for all.
      out['items'] = documentSchema(Array.isArray(value) ? value[0] : value, depth + 1)
    } else if (key === 'additionalProperties') {
      if (typeof value === 'boolean') out[key] = value
      else if (isObject(value)) out[key] = documentSchema(value, depth + 1)
    } else if (key === 'allOf' && Array.isArray(value) && value.length > 0) {
      out['allOf'] = value.map((sub) => documentSchema(sub, depth + 1))
    } else if (key.startsWith('x-')) out[key] = toJson(value)
  }
  if (out['items'] !== undefined && out['type'] === undefined) out['type'] = 'array'
  if (out['type'] === 'array' && out['items'] === undefined) out['items'] = {}
  return out
}

function scalarKeyword(key: string, value: Plain): Json | undefined {
  switch (key) {
    case 'required':
      return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')
        ? value
        : undefined
    case 'enum':
      return Array.isArray(value) && value.length > 0 ? toJson(value) : undefined
    case 'title':
    case 'description':
    case 'pattern':
    case 'format':
      return typeof value === 'string' ? value : undefined
    case 'exclusiveMaximum':
    case 'exclusiveMinimum':
    case 'uniqueItems':
    case 'readOnly':
      return typeof value === 'boolean' ? value : undefined
    case 'default':
    case 'example':
      return toJson(value)
    case 'minimum':
    case 'maximum':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined
    case 'multipleOf':
      return typeof value === 'number' && value > 0 ? value : undefined
    default:
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined
  }
}

function isObject(value: Plain): value is { [key: string]: Plain } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function toJson(value: Plain): Json {
  return value
}
