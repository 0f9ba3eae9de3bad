import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const repo = path.resolve(import.meta.dirname, '../..')
const corpus = path.resolve(repo, '../shared/corpus')
const scratch = mkdtempSync(path.join(tmpdir(), 'cli-test-'))

/** Run the CLI as users do, in a child process. */
function cli(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: repo, encoding: 'utf8' })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

function scratchFile(name: string, content: string | Buffer): string {
  const file = path.join(scratch, name)
  writeFileSync(file, content)
  return file
}

describe('cli', () => {
  it('roundtrip prints the exact bytes', () => {
    const file = scratchFile(
      'crlf.yml',
      'service: s\r\nfunctions:\r\n  a:\r\n    handler: a.h # c\r\n  b: { handler: b.h }',
    )
    const run = cli('roundtrip', file)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toBe(readFileSync(file, 'utf8'))
    const sqs = path.join(corpus, 'sls-fixture-sqs__serverless.yml')
    expect(cli('roundtrip', sqs).stdout).toBe(readFileSync(sqs, 'utf8'))
  })

  it('graph --json prints nodes, edges and diagnostics', () => {
    const run = cli(
      'graph',
      path.join(corpus, 'aws-node-rest-api-with-dynamodb__serverless.yml'),
      '--json',
      '--stage',
      'prod',
    )
    expect(run.code).toBe(0)
    const graph = JSON.parse(run.stdout) as {
      nodes: Record<string, unknown>[]
      edges: Record<string, unknown>[]
      diagnostics: unknown[]
    }
    expect(Object.keys(graph.nodes[0]!).slice(0, 3)).toEqual(['id', 'kind', 'name'])
    expect(graph.nodes[0]).toMatchObject({
      id: 'function:create',
      kind: 'function',
      memorySize: 1024,
      timeout: 6,
      runtime: 'nodejs18.x',
      architecture: 'x86_64',
      reservedConcurrency: null,
      provisionedConcurrency: null,
      environment: { DYNAMODB_TABLE: 'serverless-rest-api-with-dynamodb-prod' },
    })
    expect(graph.nodes[5]).toMatchObject({
      id: 'table:TodosDynamoDbTable',
      billingMode: 'PROVISIONED',
      rcu: 1,
      wcu: 1,
    })
    expect(graph.edges[0]).toEqual({
      from: 'restApi',
      to: 'function:create',
      kind: 'trigger',
      event: 'http',
      mode: 'sync',
      eventIndex: 0,
    })
    expect(graph.edges).toHaveLength(10)
    expect(graph.diagnostics).toEqual([])
  })

  it('graph prints a readable summary, with --region', () => {
    const run = cli(
      'graph',
      path.join(corpus, 'sls-fixture-stream__serverless.yml'),
      '--region',
      'eu-west-1',
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toMatchInlineSnapshot(`
      "service service, stage dev, region eu-west-1

      nodes (4):
        function:streamDynamoDb  nodejs16.x, 1024 MB, 6 s, x86_64
        function:streamKinesis  nodejs16.x, 1024 MB, 6 s, x86_64
        table:DynamoDbTable  PAY_PER_REQUEST
        opaque:service-kinesis  AWS::Kinesis::Stream

      edges (2):
        table:DynamoDbTable -> function:streamDynamoDb  trigger stream (poll)
        opaque:service-kinesis -> function:streamKinesis  trigger stream (poll), batch 100
      "
    `)
  })

  it('--help prints the usage', () => {
    const run = cli('--help')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('roundtrip FILE')
    expect(run.stdout).toContain('graph FILE [--json] [--stage STAGE] [--region REGION]')
  })

  it.each([
    [
      'a missing file',
      ['graph', '/no/such/file.yml'],
      '/no/such/file.yml: cannot read: no such file',
    ],
    ['a directory', ['roundtrip', '/tmp'], '/tmp: is a directory, not a file'],
    ['an unknown command', ['frobnicate'], "unknown command 'frobnicate'; try --help"],
    [
      'a missing argument',
      ['graph'],
      'usage: graph FILE [--json] [--stage STAGE] [--region REGION]',
    ],
  ])('exits 1 with one line on %s', (_what, args, message) => {
    const run = cli(...args)
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(`${message}\n`)
  })

  it.each([
    [
      'YAML errors',
      'broken.yml',
      'service: s\nfunctions:\n  a: [\n',
      'broken.yml:4:1: Flow sequence in block collection',
    ],
    ['not a mapping', 'list.yml', '- a\n- b\n', 'list.yml:1:1: A serverless.yml is a mapping'],
    [
      'binary',
      'blob.yml',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
      'blob.yml: not a text file',
    ],
    ['an unknown option', 'ok.yml', 'service: s\n', "Unknown option '--bogus'"],
  ])('exits 1 with one line on %s', (what, name, content, expected) => {
    const file = scratchFile(name, content)
    const run =
      what === 'an unknown option' ? cli('graph', file, '--bogus') : cli('graph', file, '--json')
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr.split('\n')).toHaveLength(2)
    expect(run.stderr).toContain(expected)
    if (what === 'YAML errors') expect(cli('roundtrip', file).code).toBe(1)
  })
})

describe('cli estimate', () => {
  it('prints the bill as JSON: total, services and lines with formulas', () => {
    const file = scratchFile(
      'usage.json',
      JSON.stringify({
        lambda: [{ name: 'api', requests: 3_000_000, durationMs: 120, memoryMb: 1536 }],
      }),
    )
    const run = cli('estimate', file, '--json')
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const bill = JSON.parse(run.stdout)
    expect(Object.keys(bill)).toEqual(['total', 'services', 'lines'])
    expect(bill.total).toBeCloseTo(2.733, 3)
    expect(Object.keys(bill.lines[0])).toEqual([
      'service',
      'resource',
      'item',
      'quantity',
      'unit',
      'unitPrice',
      'cost',
      'formula',
    ])
    expect(cli('estimate', file).stdout).toMatch(/^Monthly estimate: \$2\.73/)
  })

  it('bad usage: exit code 1 and one line naming the problem', () => {
    const notJson = cli('estimate', scratchFile('bad.json', '{ lambda: '))
    expect(notJson.code).toBe(1)
    expect(notJson.stderr.trim().split('\n')).toHaveLength(1)
    expect(notJson.stderr).toContain('not valid JSON')
    const wrong = cli('estimate', scratchFile('wrong.json', '{"sqs":[{"requests":"many"}]}'))
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain('sqs[0]')
  })
})
