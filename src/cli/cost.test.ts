import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const repo = path.resolve(import.meta.dirname, '../..')
const examples = path.join(repo, 'public/examples')
const scratch = mkdtempSync(path.join(tmpdir(), 'cli-cost-test-'))

/** Run the CLI as users do, in a child process. */
function cli(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: repo, encoding: 'utf8' })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

function scratchFile(name: string, content: string): string {
  const file = path.join(scratch, name)
  writeFileSync(file, content)
  return file
}

const oneMillion = JSON.stringify({
  traffic: [
    { target: 'restApi', pattern: { type: 'constant', rps: 1 }, requestsPerMonth: 1_000_000 },
  ],
  cost: { freeTier: false },
})

describe('cli cost', () => {
  const design = path.join(examples, 'rest-api-dynamodb.yml')

  it('--json prints the same shape as estimate: total, services and lines with formulas', () => {
    const run = cli('cost', design, '--scenario', scratchFile('million.json', oneMillion), '--json')
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const bill = JSON.parse(run.stdout)
    expect(Object.keys(bill)).toEqual(['total', 'services', 'lines'])
    expect(Object.keys(bill.services)).toEqual([
      'lambda',
      'apiGateway',
      'dynamodb',
      'cloudwatchLogs',
    ])
    // 1M REST calls at $3.50 per million, without the free tier.
    expect(bill.services.apiGateway).toBeCloseTo(3.5, 9)
    const lambdaRequests = bill.lines.filter(
      (l: { service: string; item: string }) => l.service === 'lambda' && l.item === 'Requests',
    )
    expect(lambdaRequests).toHaveLength(5)
    expect(lambdaRequests.reduce((n: number, l: { quantity: number }) => n + l.quantity, 0)).toBe(
      1_000_000,
    )
  })

  it('prints a readable bill with its assumptions, with --stage and --region', () => {
    const scenario = scratchFile(
      'queue.json',
      JSON.stringify({ traffic: [{ target: 'httpApi', pattern: { type: 'constant', rps: 2 } }] }),
    )
    const run = cli(
      'cost',
      path.join(examples, 'sqs-worker-dlq.yml'),
      '--scenario',
      scenario,
      '--stage',
      'prod',
      '--region',
      'eu-west-1',
    )
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toMatch(/^Monthly cost of orders-queue: \$\d/)
    expect(run.stdout).toContain('OrdersQueue · ')
    expect(run.stdout).toContain('Assumptions:')
    expect(run.stdout).toContain("Prices are us-east-1's; the design deploys to eu-west-1.")
  })

  it.each([
    ['no --scenario', () => [design], 'usage: cost FILE --scenario SCENARIO.json'],
    [
      'a scenario that is not JSON',
      () => [design, '--scenario', scratchFile('bad.json', '{ traffic: ')],
      'bad.json: not valid JSON',
    ],
    [
      'a missing scenario file',
      () => [design, '--scenario', '/no/such/scenario.json'],
      '/no/such/scenario.json: cannot read: no such file',
    ],
    [
      'an invalid scenario',
      () => [
        design,
        '--scenario',
        scratchFile(
          'rate.json',
          '{"traffic":[{"target":"restApi","pattern":{"type":"constant","rps":"lots"}}]}',
        ),
      ],
      'rate.json: traffic[0].pattern.rps: must be a number ≥ 0, got "lots"',
    ],
    [
      'a target the design lacks',
      () => [
        design,
        '--scenario',
        scratchFile(
          'target.json',
          '{"traffic":[{"target":"queue:jobs","pattern":{"type":"constant","rps":1}}]}',
        ),
      ],
      'target.json: traffic[0].target: the design has no resource "queue:jobs"',
    ],
    [
      'a missing design',
      () => ['/no/such/serverless.yml', '--scenario', scratchFile('ok.json', oneMillion)],
      '/no/such/serverless.yml: cannot read: no such file',
    ],
  ])('exits 1 with one line on %s', (_what, args, message) => {
    const run = cli('cost', ...args())
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain(message)
  })

  it('is listed in --help', () => {
    expect(cli('--help').stdout).toContain(
      'cost FILE --scenario SCENARIO.json [--json] [--stage STAGE] [--region REGION]',
    )
  })
})
