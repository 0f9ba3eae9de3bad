// The bundled examples in public/examples are packaged by the real framework (osls, the
// maintained fork of Serverless Framework v3) offline, and each compiled CloudFormation
// template is checked for the resources the example is meant to teach.
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import {
  oslsPackage,
  PACKAGE_TIMEOUT_MS,
  type CfResource,
  type PackageResult,
  type Template,
} from '../../tooling/oslsPackage'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const EXAMPLES_DIR = join(ROOT, 'public', 'examples')

/** One osls process per core: the machine (and CI) has two. */
const PARALLELISM = 2

const REQUIRED_EXAMPLES = [
  'rest-api-dynamodb.yml',
  'http-api.yml',
  's3-upload-processing.yml',
  'sqs-worker-dlq.yml',
  'sns-fan-out.yml',
  'scheduled-job.yml',
  'dynamodb-stream.yml',
  'websocket-chat.yml',
]

interface ServiceConfig {
  frameworkVersion?: unknown
  configValidationMode?: unknown
  provider?: { runtime?: string; architecture?: string }
  functions?: Record<
    string,
    {
      handler?: string
      runtime?: string
      reservedConcurrency?: unknown
      provisionedConcurrency?: unknown
      architecture?: string
    }
  >
}

const exampleFiles = (await readdir(EXAMPLES_DIR)).filter((f) => f.endsWith('.yml')).sort()

/** Parses a serverless.yml; CloudFormation tags (!Ref, !GetAtt, !Sub) are kept as plain values. */
const readConfig = async (file: string): Promise<ServiceConfig> =>
  parse(await readFile(join(EXAMPLES_DIR, file), 'utf8'), { logLevel: 'error' }) as ServiceConfig

const resourcesOfType = (t: Template, type: string): CfResource[] =>
  Object.values(t.Resources).filter((r) => r.Type === type)

let home = ''
let workRoot = ''

/** Packages one example with the real framework, in a fresh directory. */
const packageExample = async (file: string): Promise<PackageResult> =>
  oslsPackage(await readFile(join(EXAMPLES_DIR, file), 'utf8'), {
    workRoot,
    home,
    prefix: file.replace(/\.yml$/, '-'),
  })

/** Runs `task` over `items` with at most `limit` in flight; results are promises per item. */
const limited = <T, R>(items: T[], limit: number, task: (item: T) => Promise<R>) => {
  let running = 0
  const queue: (() => void)[] = []
  const next = () => {
    if (running < limit) queue.shift()?.()
  }
  return new Map(
    items.map((item) => [
      item,
      new Promise<R>((resolve, reject) => {
        queue.push(() => {
          running++
          task(item)
            .then(resolve, reject)
            .finally(() => {
              running--
              next()
            })
        })
        next()
      }),
    ]),
  )
}

/** What each example must compile to, beyond "it packages". */
const expectations: Record<string, (t: Template) => void> = {
  'rest-api-dynamodb.yml': (t) => {
    expect(resourcesOfType(t, 'AWS::ApiGateway::RestApi')).toHaveLength(1)
    const table = t.Resources.UsersTable
    expect(table?.Type).toBe('AWS::DynamoDB::Table')
    expect(table?.Properties?.BillingMode).toBe('PAY_PER_REQUEST')
    const paths = resourcesOfType(t, 'AWS::ApiGateway::Resource').map((r) => r.Properties?.PathPart)
    expect(paths).toContain('{id}')
    const methods = resourcesOfType(t, 'AWS::ApiGateway::Method').map(
      (r) => r.Properties?.HttpMethod,
    )
    expect(methods).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS']))
  },
  'http-api.yml': (t) => {
    const apis = resourcesOfType(t, 'AWS::ApiGatewayV2::Api')
    expect(apis.map((a) => a.Properties?.ProtocolType)).toEqual(['HTTP'])
    expect(resourcesOfType(t, 'AWS::DynamoDB::Table')).toHaveLength(1)
    const aliases = resourcesOfType(t, 'AWS::Lambda::Alias')
    expect(aliases.map((a) => a.Properties?.ProvisionedConcurrencyConfig)).toContainEqual({
      ProvisionedConcurrentExecutions: 2,
    })
    // The route must invoke the alias that holds the warm instances, not the bare function.
    const uris = resourcesOfType(t, 'AWS::ApiGatewayV2::Integration').map((i) =>
      JSON.stringify(i.Properties?.IntegrationUri),
    )
    expect(
      uris.some((u) => u.includes('RedirectLambdaFunction') && u.includes('provisioned')),
    ).toBe(true)
  },
  's3-upload-processing.yml': (t) => {
    const buckets = resourcesOfType(t, 'AWS::S3::Bucket')
    const notified = buckets.filter((b) => b.Properties?.NotificationConfiguration)
    expect(notified).toHaveLength(1)
    expect(JSON.stringify(notified[0]?.Properties?.NotificationConfiguration)).toContain(
      's3:ObjectCreated:*',
    )
    expect(t.Resources.ThumbnailsBucket?.Type).toBe('AWS::S3::Bucket')
    const principals = resourcesOfType(t, 'AWS::Lambda::Permission').map(
      (p) => p.Properties?.Principal,
    )
    expect(principals).toContain('s3.amazonaws.com')
  },
  'sqs-worker-dlq.yml': (t) => {
    const [mapping, ...more] = resourcesOfType(t, 'AWS::Lambda::EventSourceMapping')
    expect(more).toHaveLength(0)
    expect(mapping?.Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': ['OrdersQueue', 'Arn'] },
      MaximumBatchingWindowInSeconds: expect.any(Number),
      BatchSize: expect.any(Number),
    })
    expect(t.Resources.OrdersQueue?.Properties?.RedrivePolicy).toMatchObject({
      deadLetterTargetArn: { 'Fn::GetAtt': ['OrdersDeadLetterQueue', 'Arn'] },
    })
  },
  'sns-fan-out.yml': (t) => {
    expect(resourcesOfType(t, 'AWS::SNS::Topic')).toHaveLength(1)
    const subscriptions = resourcesOfType(t, 'AWS::SNS::Subscription')
    expect(subscriptions.length).toBeGreaterThanOrEqual(2)
    for (const s of subscriptions)
      expect(s.Properties?.TopicArn).toEqual({ Ref: 'OrderEventsTopic' })
    expect(subscriptions.some((s) => s.Properties?.FilterPolicy)).toBe(true)
    const dlqs = resourcesOfType(t, 'AWS::Lambda::Function').filter(
      (f) => f.Properties?.DeadLetterConfig,
    )
    expect(dlqs).toHaveLength(1)
  },
  'scheduled-job.yml': (t) => {
    const rules = resourcesOfType(t, 'AWS::Events::Rule').map((r) => r.Properties ?? {})
    const schedules = resourcesOfType(t, 'AWS::Scheduler::Schedule').map((r) => r.Properties ?? {})
    const expressions = [...rules, ...schedules].map((p) => String(p.ScheduleExpression))
    expect(expressions.some((e) => e.startsWith('rate('))).toBe(true)
    expect(expressions.some((e) => e.startsWith('cron('))).toBe(true)
    expect(JSON.stringify([...rules, ...schedules])).toContain('Input')
    expect(resourcesOfType(t, 'AWS::DynamoDB::Table')).toHaveLength(1)
  },
  'dynamodb-stream.yml': (t) => {
    const [mapping] = resourcesOfType(t, 'AWS::Lambda::EventSourceMapping')
    expect(mapping?.Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': ['OrdersTable', 'StreamArn'] },
      StartingPosition: 'LATEST',
      MaximumRetryAttempts: expect.any(Number),
      DestinationConfig: { OnFailure: { Destination: expect.anything() } },
    })
    expect(t.Resources.OrdersTable?.Properties?.StreamSpecification).toBeDefined()
  },
  'eventbridge-bus.yml': (t) => {
    expect(resourcesOfType(t, 'AWS::Events::EventBus')).toHaveLength(1)
    const rules = resourcesOfType(t, 'AWS::Events::Rule')
    expect(rules).toHaveLength(2)
    for (const r of rules) expect(r.Properties?.EventBusName).toEqual({ Ref: 'OrdersBus' })
    expect(JSON.stringify(rules)).toContain('DeadLetterConfig')
  },
  'websocket-chat.yml': (t) => {
    const apis = resourcesOfType(t, 'AWS::ApiGatewayV2::Api')
    expect(apis.map((a) => a.Properties?.ProtocolType)).toEqual(['WEBSOCKET'])
    const routes = resourcesOfType(t, 'AWS::ApiGatewayV2::Route').map((r) => r.Properties?.RouteKey)
    expect(routes).toEqual(
      expect.arrayContaining(['$connect', '$disconnect', '$default', 'sendMessage']),
    )
    expect(resourcesOfType(t, 'AWS::DynamoDB::Table')).toHaveLength(1)
  },
}

describe('public/examples', () => {
  it('has at least the eight required examples', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(8)
    expect(exampleFiles).toEqual(expect.arrayContaining(REQUIRED_EXAMPLES))
  })

  it.each(exampleFiles)('%s starts with "# Title:" and "# Summary:" lines', async (file) => {
    const [first, second] = (await readFile(join(EXAMPLES_DIR, file), 'utf8')).split('\n')
    expect(first).toMatch(/^# Title: \S.*$/)
    expect(second).toMatch(/^# Summary: \S.*$/)
  })

  it.each(exampleFiles)('%s validates strictly and allows framework v4', async (file) => {
    const config = await readConfig(file)
    expect(config.configValidationMode).toBe('error')
    expect([undefined, '>=3']).toContain(config.frameworkVersion)
  })

  it('together show arm64, reserved and provisioned concurrency', async () => {
    const configs = await Promise.all(exampleFiles.map(readConfig))
    const fns = configs.flatMap((c) => Object.values(c.functions ?? {}))
    expect(
      configs.some(
        (c) => c.provider?.architecture === 'arm64' || fns.some((f) => f.architecture === 'arm64'),
      ),
    ).toBe(true)
    expect(fns.some((f) => f.reservedConcurrency !== undefined)).toBe(true)
    expect(fns.some((f) => f.provisionedConcurrency !== undefined)).toBe(true)
  })
})

describe('osls package (offline) accepts every example', () => {
  let results = new Map<string, Promise<PackageResult>>()

  beforeAll(async () => {
    workRoot = await mkdtemp(join(tmpdir(), 'sc-examples-'))
    home = join(workRoot, 'home')
    await mkdir(home)
    // Started here, awaited per test: two packagers run at a time over all the examples.
    results = limited(exampleFiles, PARALLELISM, packageExample)
  })

  afterAll(async () => {
    await Promise.allSettled(results.values())
    if (workRoot) await rm(workRoot, { recursive: true, force: true })
  })

  it.each(exampleFiles)(
    '%s',
    async (file) => {
      const result = await results.get(file)
      if (!result) throw new Error(`no packaging run for ${file}`)
      // The whole osls output on one line, so the reporter shows the reason for a failure.
      const said = result.output.replace(/\s*\n\s*/g, ' | ').trim()
      expect(result.code, `osls package failed: ${said}`).toBe(0)
      expect(said, 'osls printed a warning').not.toMatch(/warning/i)
      const template = result.template
      if (!template) throw new Error(`no CloudFormation template for ${file}\n${result.output}`)

      // Every function in the file became a Lambda function in the template.
      const config = await readConfig(file)
      expect(resourcesOfType(template, 'AWS::Lambda::Function')).toHaveLength(
        Object.keys(config.functions ?? {}).length,
      )
      const check = expectations[file]
      if (check) check(template)
    },
    // Waits for its turn in the queue, then for a packaging run of at most 60 s.
    (PACKAGE_TIMEOUT_MS * exampleFiles.length) / PARALLELISM + 10_000,
  )
})
