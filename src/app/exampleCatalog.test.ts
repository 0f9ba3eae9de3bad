import { describe, expect, it } from 'vitest'
import { catalogFromFiles, chooseExample, headerFields, titleFromName } from './exampleCatalog'

const files = {
  '/public/examples/sqs-worker.yml': '# Title: SQS worker\n# Summary: A queue.\n\nservice: q\n',
  '/public/examples/rest-api-dynamodb.yml': 'service: users\n',
  '/public/examples/http-api.yml': '# just a comment\nservice: h\n',
}

describe('catalogFromFiles', () => {
  it('lists examples by file name, titled from their header', () => {
    const catalog = catalogFromFiles(files)
    expect(catalog.map((e) => [e.name, e.title, e.summary])).toEqual([
      ['http-api', 'HTTP API', undefined],
      ['rest-api-dynamodb', 'REST API DynamoDB', undefined],
      ['sqs-worker', 'SQS worker', 'A queue.'],
    ])
    expect(catalog[1]?.yamlText).toBe('service: users\n')
  })
})

describe('headerFields', () => {
  it('reads only the leading comment block', () => {
    const fields = headerFields('# Title: A\n#Summary:  B \nservice: x\n# Title: later\n')
    expect(Object.fromEntries(fields)).toEqual({ title: 'A', summary: 'B' })
  })
})

describe('titleFromName', () => {
  it('spells known acronyms and product names', () => {
    expect(titleFromName('s3-upload-processing')).toBe('S3 upload processing')
    expect(titleFromName('dynamodb-stream')).toBe('DynamoDB stream')
  })
})

describe('chooseExample', () => {
  const catalog = catalogFromFiles(files)

  it('opens the requested example, with or without .yml', () => {
    expect(chooseExample(catalog, 'http-api')?.name).toBe('http-api')
    expect(chooseExample(catalog, 'sqs-worker.yml')?.name).toBe('sqs-worker')
  })

  it('falls back to the REST API example, then to the first', () => {
    expect(chooseExample(catalog, null)?.name).toBe('rest-api-dynamodb')
    expect(chooseExample(catalog, 'nope')?.name).toBe('rest-api-dynamodb')
    const withoutDefault = catalog.filter((e) => e.name !== 'rest-api-dynamodb')
    expect(chooseExample(withoutDefault, null)?.name).toBe('http-api')
    expect(chooseExample([], 'x')).toBeUndefined()
  })
})
