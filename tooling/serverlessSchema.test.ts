import { describe, expect, it } from 'vitest'
import { assembleServerlessSchema } from './serverlessSchema'

describe('the serverless.yml schema assembled from the framework', () => {
  it('holds the provider, function settings and every event type we model', async () => {
    const schema = JSON.stringify(await assembleServerlessSchema())
    const parsed = JSON.parse(schema)
    expect(parsed.$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(Object.keys(parsed.properties)).toEqual(
      expect.arrayContaining(['service', 'provider', 'functions', 'resources', 'custom']),
    )
    for (const event of [
      'http',
      'httpApi',
      'websocket',
      's3',
      'sns',
      'sqs',
      'stream',
      'schedule',
      'eventBridge',
    ]) {
      expect(schema).toContain(`"${event}":`)
    }
    // Function settings come from the AWS provider plugin, with the framework's own bounds.
    expect(schema).toContain('"memorySize":')
    expect(schema).toContain('"reservedConcurrency":')
    expect(schema).not.toContain('__schemaWorkaround__')
  })

  it('accepts a single item where the framework coerces it into an array', async () => {
    const schema = JSON.stringify(await assembleServerlessSchema())
    // The schedule event's object form: `rate` takes a list of expressions, or just one.
    expect(schema).toContain('"rate":{"anyOf":[{"type":"array","items":')
  })
})
