import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { describe, expect, it } from 'vitest'

const repo = path.resolve(import.meta.dirname, '../..')
const examples = path.join(repo, 'public/examples')
const scratch = mkdtempSync(path.join(tmpdir(), 'cli-export-test-'))

/** Run the CLI as users do, in a child process. */
function cli(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: repo, encoding: 'utf8' })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('cli export', () => {
  const rest = path.join(examples, 'rest-api-dynamodb.yml')
  const http = path.join(examples, 'http-api.yml')

  it('swagger prints Swagger 2.0 JSON of the REST API by default', () => {
    const run = cli('export', 'swagger', rest)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const doc = JSON.parse(run.stdout)
    expect(doc.swagger).toBe('2.0')
    expect(Object.keys(doc.paths).length).toBeGreaterThan(0)
  })

  it('openapi --format yaml --api http --region --account prints OpenAPI 3.0 YAML', () => {
    const run = cli(
      'export',
      'openapi',
      http,
      '--format',
      'yaml',
      '--api',
      'http',
      '--region',
      'eu-central-1',
      '--account',
      '111122223333',
    )
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const doc = parseYaml(run.stdout)
    expect(doc.openapi).toBe('3.0.1')
    expect(run.stdout).toContain(
      'arn:aws:apigateway:eu-central-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-central-1:111122223333:function:',
    )
  })

  it('mermaid prints a flowchart', () => {
    const run = cli('export', 'mermaid', rest)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toMatch(/^flowchart /m)
  })

  it.each([
    [
      'an unknown kind',
      ['pdf', rest],
      "unknown export 'pdf'; expected swagger, openapi or mermaid",
    ],
    ['no file', ['swagger'], 'usage: export swagger|openapi|mermaid FILE'],
    [
      'a bad format',
      ['openapi', rest, '--format', 'xml'],
      "--format must be json or yaml; got 'xml'",
    ],
    ['a bad api', ['openapi', rest, '--api', 'soap'], "--api must be rest or http; got 'soap'"],
    ['--format with mermaid', ['mermaid', rest, '--format', 'json'], '--format applies to swagger'],
    [
      'a file without http events',
      ['swagger', path.join(examples, 'sqs-worker-dlq.yml'), '--api', 'rest'],
      'sqs-worker-dlq.yml: the design has no http events (REST API)',
    ],
    [
      'a missing file',
      ['openapi', path.join(scratch, 'nope.yml')],
      'nope.yml: cannot read: no such file',
    ],
  ])('%s: exit 1 with one line on stderr', (_name, args, message) => {
    const run = cli('export', ...args)
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(message)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('a file that is not YAML is refused with its line', () => {
    const file = path.join(scratch, 'broken.yml')
    writeFileSync(file, 'service: [\n')
    const run = cli('export', 'openapi', file)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^.*broken\.yml:\d+:\d+: /)
  })
})
