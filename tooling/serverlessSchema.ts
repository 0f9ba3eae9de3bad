/**
 * The JSON schema of `serverless.yml`, as the framework itself assembles it: the core schema plus
 * what each built-in plugin (the AWS provider, every event type) adds at start-up. Generated at
 * build time from the `osls` package, so the editor's completion and hover docs follow the
 * framework we test against instead of a hand-kept copy.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

interface ServerlessInstance {
  init(): Promise<void>
  configSchemaHandler: { schema: Json }
}
type ServerlessConstructor = new (config: Record<string, unknown>) => ServerlessInstance

export async function assembleServerlessSchema(): Promise<Json> {
  const require = createRequire(import.meta.url)
  const Serverless = require('osls/lib/serverless') as ServerlessConstructor
  const serviceDir = mkdtempSync(join(tmpdir(), 'serverless-schema-'))
  try {
    const serverless = new Serverless({
      configuration: { service: 'schema', provider: { name: 'aws' } },
      serviceDir,
      configurationFilename: 'serverless.yml',
      commands: [],
      options: {},
    })
    // Loading the built-in plugins is what adds the provider and event schemas.
    await serverless.init()
    const schema = withArrayCoercion(
      withoutWorkarounds(structuredClone(serverless.configSchemaHandler.schema)),
    )
    if (!isObject(schema)) throw new Error('osls returned no configuration schema')
    return {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'serverless.yml',
      ...schema,
    }
  } finally {
    rmSync(serviceDir, { recursive: true, force: true })
  }
}

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The framework keeps placeholder branches (`{ __schemaWorkaround__: null }`) in some `anyOf`
 * lists to steer its validator; an editor would offer `__schemaWorkaround__` as a completion.
 */
function withoutWorkarounds(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutWorkarounds)
  if (!isObject(value)) return value
  const out: { [key: string]: Json } = {}
  for (const [key, child] of Object.entries(value)) {
    out[key] =
      key === 'anyOf' && Array.isArray(child)
        ? child.filter((branch) => !isWorkaround(branch)).map(withoutWorkarounds)
        : withoutWorkarounds(child)
  }
  return out
}

function isWorkaround(branch: Json): boolean {
  return (
    isObject(branch) &&
    Array.isArray(branch.required) &&
    branch.required.includes('__schemaWorkaround__')
  )
}

/**
 * The framework validates with Ajv's `coerceTypes: 'array'`: where the schema asks for an array,
 * a single item is accepted and wrapped (`rate: rate(5 minutes)` for `rate: [rate(5 minutes)]`).
 * An editor validating the plain schema would flag those valid files, so every array schema
 * with an `items` schema also accepts one such item.
 */
function withArrayCoercion(value: Json): Json {
  if (Array.isArray(value)) return value.map(withArrayCoercion)
  if (!isObject(value)) return value
  const out: { [key: string]: Json } = {}
  for (const [key, child] of Object.entries(value)) {
    // A `properties` map whose keys happen to be `type` and `items` holds schemas, not the
    // string 'array', so the test below only ever matches a real array schema.
    out[key] = withArrayCoercion(child)
  }
  const items = out.items
  if (out.type === 'array' && items !== undefined && isObject(items)) {
    const { type: _type, items: _items, minItems: _min, maxItems: _max, ...rest } = out
    const arraySchema: { [key: string]: Json } = { type: 'array', items }
    if (value.minItems !== undefined) arraySchema.minItems = value.minItems
    if (value.maxItems !== undefined) arraySchema.maxItems = value.maxItems
    return { ...rest, anyOf: [arraySchema, items] }
  }
  return out
}
