import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const repo = path.resolve(import.meta.dirname, '../..')
const examples = path.join(repo, 'public/examples')
const scratch = mkdtempSync(path.join(tmpdir(), 'cli-simulate-test-'))

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

const design = path.join(examples, 'rest-api-dynamodb.yml')
const spike = scratchFile(
  'spike.json',
  JSON.stringify({
    durationS: 300,
    warmupS: 60,
    traffic: [
      {
        target: 'restApi',
        route: 'GET /users/{id}',
        pattern: { type: 'spike', baseRps: 5, peakRps: 400, atS: 120, forS: 30 },
      },
    ],
    functions: { 'function:getUser': { durationMs: { dist: 'lognormal', mean: 40, p99: 200 } } },
    account: { concurrencyLimit: 10 },
  }),
)

describe('cli simulate', () => {
  it('--json prints the summary: per function, API and table, the month’s cost, the notes', () => {
    const run = cli('simulate', design, '--scenario', spike, '--json')
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const summary = JSON.parse(run.stdout)
    expect(Object.keys(summary)).toEqual([
      'windowS',
      'functions',
      'apis',
      'tables',
      'cost',
      'costByService',
      'notes',
    ])
    expect(summary.windowS).toBe(240)
    const getUser = summary.functions['function:getUser']
    expect(Object.keys(getUser)).toEqual([
      'invocations',
      'coldStarts',
      'coldStartProbability',
      'throttled',
      'throttleProbability',
      'avgInstances',
      'avgBusy',
      'avgIdle',
      'peakConcurrency',
      'latencyMs',
      'timedOut',
      'deadLettered',
      'coldStartMs',
      'coldStartBasis',
    ])
    // The account limit of 10 throttles the spike.
    expect(getUser.peakConcurrency).toBe(10)
    expect(getUser.throttled).toBeGreaterThan(0)
    expect(summary.apis.restApi.functionThrottled).toBe(getUser.throttled)
    // Functions nobody calls have no latency: null in JSON.
    expect(summary.functions['function:listUsers'].latencyMs).toEqual({
      p50: null,
      p95: null,
      p99: null,
    })
    expect(Object.keys(summary.tables['table:UsersTable'])).toEqual([
      'partitions',
      'consumedRcu',
      'consumedWcu',
      'reads',
      'writes',
      'throttledReads',
      'throttledWrites',
      'throttleEvents',
    ])
    expect(summary.cost).toBeGreaterThan(0)
  })

  it('prints a readable summary without --json, the same for the same seed', () => {
    const run = cli('simulate', design, '--scenario', spike)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toMatch(
      /^Simulation of users-api: 300 s, seed 1, [\d,]+ requests entered; statistics after 60 s\n/,
    )
    expect(run.stdout).toContain('  function:getUser: ')
    expect(run.stdout).toContain('peak concurrency 10;')
    expect(run.stdout).toContain('  table:UsersTable: 4 partitions, ')
    expect(run.stdout).toMatch(
      /Cost: \$[\d,.]+ a month \(730 h, price book current, free tier on\)/,
    )
    expect(cli('simulate', design, '--scenario', spike).stdout).toBe(run.stdout)
  })

  it('splits an API’s 429s between its stage or route limits and the account’s', () => {
    const limited = scratchFile(
      'limited.json',
      JSON.stringify({
        durationS: 60,
        traffic: [
          {
            target: 'restApi',
            route: 'GET /users/{id}',
            pattern: { type: 'constant', rps: 50 },
            arrivals: 'uniform',
          },
        ],
        apis: { restApi: { routes: { 'GET /users/{id}': { rps: 10, burst: 20 } } } },
      }),
    )
    const json = cli('simulate', design, '--scenario', limited, '--json')
    expect(json).toMatchObject({ code: 0, stderr: '' })
    const restApi = JSON.parse(json.stdout).apis.restApi
    expect(Object.keys(restApi)).toEqual([
      'offered',
      'served',
      'throttled',
      'stageThrottled',
      'timedOut',
      'functionThrottled',
    ])
    // 20 at once, then 10 a second: the route's bucket refuses the rest, the account's none.
    expect(Math.abs(restApi.served - (20 + 10 * 59.99))).toBeLessThanOrEqual(1)
    expect(restApi.stageThrottled).toBe(restApi.throttled)
    const text = cli('simulate', design, '--scenario', limited)
    expect(text.stdout).toContain(
      `  restApi: 3,000 offered, ${restApi.throttled.toLocaleString('en-US')} throttled (429): ${restApi.stageThrottled.toLocaleString('en-US')} by the stage or route limits, 0 by the account limit, `,
    )
    expect(text.stdout).toContain('usage-plan (API key) throttles are not modelled')
  })

  it('--series adds every time series, as plain arrays', () => {
    const run = cli('simulate', design, '--scenario', spike, '--json', '--series')
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result.settings).toMatchObject({ durationS: 300, bucketS: 0.5, buckets: 600 })
    expect(result.functions[1].id).toBe('function:getUser')
    expect(result.functions[1].served).toHaveLength(600)
    expect(result.tables[0].consumedRcu).toHaveLength(600 * 4)
    expect(result.cost.accrued).toHaveLength(600)
  })

  it.each([
    ['no --scenario', () => [design], 'usage: simulate FILE --scenario SCENARIO.json'],
    [
      '--series without --json',
      () => [design, '--scenario', spike, '--series'],
      '--series needs --json',
    ],
    [
      'a scenario that is not JSON',
      () => [design, '--scenario', scratchFile('bad.json', '{ traffic: ')],
      'bad.json: not valid JSON',
    ],
    [
      'an invalid scenario',
      () => [
        design,
        '--scenario',
        scratchFile('zero.json', '{"traffic":[],"account":{"concurrencyLimit":0}}'),
      ],
      'zero.json: account.concurrencyLimit: must be a whole number ≥ 1, got 0',
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
      'a route throttle on a route the design lacks',
      () => [
        design,
        '--scenario',
        scratchFile(
          'route.json',
          '{"traffic":[],"apis":{"restApi":{"routes":{"GET /nobody":{"rps":1}}}}}',
        ),
      ],
      'route.json: apis.restApi.routes["GET /nobody"]: restApi has no route "GET /nobody" (its routes: ',
    ],
    [
      'a missing design',
      () => ['/no/such/serverless.yml', '--scenario', spike],
      '/no/such/serverless.yml: cannot read: no such file',
    ],
  ])('exits 1 with one line on %s', (_what, args, message) => {
    const run = cli('simulate', ...args())
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr.split('\n')).toHaveLength(2)
    expect(run.stderr).toContain(message)
  })
})
