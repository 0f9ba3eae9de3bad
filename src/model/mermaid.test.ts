import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from '../serverless'
import { escapeLabel, mermaidIds, toMermaid } from './mermaid'
import {
  apiId,
  resourceId,
  type Resource,
  type ResourceId,
  type ServiceModel,
  type TriggerEdge,
} from './types'

const EXAMPLES = fileURLToPath(new URL('../../public/examples/', import.meta.url))
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yml'))
  .sort()
  .map((file) => [file, readFileSync(join(EXAMPLES, file), 'utf8')] as const)

const VALID_ID = /^[A-Za-z][A-Za-z0-9_]*$/
const NODE =
  /^\s*([A-Za-z][A-Za-z0-9_]*)(\[\(|\[\[|\[\/|\{\{|\(\[|\[|>)"([^"\n]*)"(\)\]|\]\]|\\\]|\}\}|\]\)|\])$/
const EDGE = /^\s*([A-Za-z][A-Za-z0-9_]*) (-->|-\.->|==>)\|"([^"\n]*)"\| ([A-Za-z][A-Za-z0-9_]*)$/

interface Parsed {
  readonly nodes: readonly { id: string; label: string }[]
  readonly edges: readonly { from: string; arrow: string; label: string; to: string }[]
  readonly other: readonly string[]
}

/** Split the chart into node definitions, edges and the rest (header, comments, subgraphs). */
function read(chart: string): Parsed {
  const nodes: { id: string; label: string }[] = []
  const edges: { from: string; arrow: string; label: string; to: string }[] = []
  const other: string[] = []
  for (const line of chart.trimEnd().split('\n')) {
    const node = NODE.exec(line)
    const edge = EDGE.exec(line)
    if (node) nodes.push({ id: node[1]!, label: node[3]! })
    else if (edge) edges.push({ from: edge[1]!, arrow: edge[2]!, label: edge[3]!, to: edge[4]! })
    else other.push(line)
  }
  return { nodes, edges, other }
}

function checkChart(model: ServiceModel, chart: string): void {
  const { nodes, edges, other } = read(chart)
  expect(other[0]).toBe('flowchart LR')
  for (const line of other.slice(1)) {
    expect(line).toMatch(/^(%%.*|\s*subgraph sg_[a-z]+\["[A-Za-z ]+"\]|\s*end)$/)
  }
  const ids = mermaidIds(model.resources)
  expect(nodes.map((n) => n.id)).toEqual(model.resources.map((r) => ids.get(r.id)))
  expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length)
  for (const node of nodes) expect(node.id).toMatch(VALID_ID)
  expect(edges.map((e) => [e.from, e.to])).toEqual(
    model.edges.map((e) => [ids.get(e.from), ids.get(e.to)]),
  )
}

describe('toMermaid on the examples', () => {
  it.each(examples)('%s: every resource once, every edge once, valid ids', (_file, text) => {
    const { model, ok } = parse(text)
    expect(ok).toBe(true)
    const chart = toMermaid(model, { subgraphs: false })
    expect(toMermaid(model, { subgraphs: false })).toBe(chart)
    checkChart(model, chart)
    const grouped = toMermaid(model)
    expect(toMermaid(model)).toBe(grouped)
    const { nodes, edges } = read(grouped)
    expect(nodes).toHaveLength(model.resources.length)
    expect(edges).toHaveLength(model.edges.length)
  })

  it('labels HTTP routes with their method and path, and draws each mode its own way', () => {
    const text = examples.find(([f]) => f === 'rest-api-dynamodb.yml')![1]
    const { edges } = read(toMermaid(parse(text).model))
    expect(edges).toContainEqual({
      from: 'api_restApi',
      arrow: '-->',
      label: 'GET /users/{id}',
      to: 'fn_getUser',
    })
    const sqs = examples.find(([f]) => f === 'sqs-worker-dlq.yml')![1]
    const arrows = read(toMermaid(parse(sqs).model)).edges.map((e) => e.arrow)
    expect(arrows).toContain('==>')
  })
})

describe('toMermaid on a tiny design', () => {
  it('reads as expected', () => {
    const { model } = parse(`service: tiny
provider:
  name: aws
  runtime: nodejs20.x
functions:
  getUser:
    handler: src/users.get
    environment:
      USERS_TABLE: !Ref Users
    events:
      - http:
          path: users/{id}
          method: get
  nightly:
    handler: src/nightly.run
    events:
      - schedule: rate(1 day)
resources:
  Resources:
    Users:
      Type: AWS::DynamoDB::Table
      Properties:
        BillingMode: PAY_PER_REQUEST
        AttributeDefinitions:
          - AttributeName: id
            AttributeType: S
        KeySchema:
          - AttributeName: id
            KeyType: HASH
`)
    expect(toMermaid(model)).toMatchInlineSnapshot(`
      "flowchart LR
      %% Service: tiny
      %% Legend:
      %%   A --> B   synchronous trigger (HTTP, WebSocket): the caller waits
      %%   A -.-> B  asynchronous trigger (S3, SNS, EventBridge, schedule): retried, then onError
      %%   A ==> B   poll-based trigger (SQS, DynamoDB stream): Lambda polls in batches
      %%   A -->|uses| B  a function reading or writing a table, bucket, queue or topic
        subgraph sg_apis["APIs"]
          api_restApi{{"REST API"}}
        end
        subgraph sg_events["Events"]
          schedule_nightly_0(["⏰ rate(1 day)"])
        end
        subgraph sg_functions["Functions"]
          fn_getUser["λ getUser"]
          fn_nightly["λ nightly"]
        end
        subgraph sg_storage["Storage"]
          table_Users[("DynamoDB Users")]
        end
        api_restApi -->|"GET /users/{id}"| fn_getUser
        schedule_nightly_0 -.->|"schedule"| fn_nightly
        fn_getUser -->|"uses"| table_Users
      "
    `)
  })

  it('leaves opaque resources out on request, and the legend', () => {
    const model = hostileModel(['plain'])
    const chart = toMermaid(model, { opaque: false, legend: false, direction: 'TB' })
    expect(chart).not.toContain('res_')
    expect(chart).not.toContain('%%')
    expect(chart.startsWith('flowchart TB\n')).toBe(true)
  })
})

/** A model with one function, table and opaque resource per name, and edges between them. */
function hostileModel(names: readonly string[]): ServiceModel {
  const resources: Resource[] = []
  const edges: TriggerEdge[] = []
  resources.push({
    id: apiId('httpApi'),
    kind: 'httpApi',
    name: 'httpApi',
    origin: 'implicit',
    routes: [],
  })
  names.forEach((name, index) => {
    const fn = resourceId('function', name)
    resources.push({
      id: fn,
      kind: 'function',
      name,
      origin: 'functions',
      memorySize: 1024,
      timeout: 6,
      architecture: 'x86_64',
      environment: {},
    })
    resources.push({
      id: resourceId('table', name),
      kind: 'table',
      name,
      origin: 'resources',
      billingMode: 'PAY_PER_REQUEST',
      keys: {},
      gsis: [],
      lsis: [],
    })
    resources.push({
      id: resourceId('opaque', name),
      kind: 'opaque',
      name,
      origin: 'resources',
      type: `AWS::${name}`,
    })
    edges.push({
      kind: 'trigger',
      from: apiId('httpApi'),
      to: fn,
      event: 'httpApi',
      mode: 'sync',
      eventIndex: index,
    })
  })
  const unique = [...new Map(resources.map((r) => [r.id, r])).values()]
  return {
    service: names.join('\n'),
    provider: { region: 'us-east-1', stage: 'dev' },
    resources: unique,
    edges: edges.filter((e, i) => edges.findIndex((o) => o.to === e.to) === i),
  }
}

const HOSTILE = [
  'say "hi"',
  'a[b]{c}(d)',
  '#35; <script>alert(1)</script> & `x`',
  'naïve-ünïcode λ 😀',
  'line\nbreak\r\u2028',
  '%% not a comment',
  'end',
  'a:b',
  'a_b',
  'a-b',
  '',
  '___',
  'o',
  'x',
]

describe('toMermaid with hostile names', () => {
  it('keeps ids valid and unique and labels inside their quotes', () => {
    const model = hostileModel(HOSTILE)
    const chart = toMermaid(model)
    const { nodes, edges } = read(chart)
    expect(nodes).toHaveLength(model.resources.length)
    expect(edges).toHaveLength(model.edges.length)
    checkChart(model, toMermaid(model, { subgraphs: false }))
    expect(chart).not.toMatch(/<script>/)
    const service = chart.split('\n')[1]!
    expect(service).toMatch(
      /^%% Service: say #quot;hi#quot; a\[b\]\{c\}\(d\) #35;35; #lt;script#gt;/,
    )
    expect(service).toContain('naïve-ünïcode λ 😀 line break %% not a comment end')
  })

  it('gives every resource a valid, distinct id, whatever the names', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: 'grapheme', maxLength: 8 }), { maxLength: 12 }),
        (names) => {
          const model = hostileModel(names)
          const ids = [...mermaidIds(model.resources).values()]
          expect(ids).toHaveLength(model.resources.length)
          expect(new Set(ids).size).toBe(ids.length)
          for (const id of ids) expect(id).toMatch(VALID_ID)
          checkChart(model, toMermaid(model, { subgraphs: false }))
        },
      ),
    )
  })

  it('escapes what would end a label or be read as HTML', () => {
    expect(escapeLabel('a "b" #1 <i> & `c`\nd')).toBe(
      'a #quot;b#quot; #35;1 #lt;i#gt; #amp; #96;c#96; d',
    )
    const ids: ReadonlyMap<ResourceId, string> = mermaidIds(hostileModel(['a:b', 'a_b']).resources)
    expect([...ids.values()]).toContain('fn_a_b_2')
  })
})
