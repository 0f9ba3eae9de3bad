import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../model/diagnostics'
import type { Edge, ServiceModel } from '../model/types'
import { apiId, resourceId } from '../model/types'
import { NODE_SIZE } from './layout'
import {
  edgeClassOf,
  edgeStyleOf,
  resourcesWithErrors,
  toFlowEdges,
  toFlowNodes,
  type NodeInputs,
} from './toFlow'

const getUser = resourceId('function', 'getUser')
const users = resourceId('table', 'UsersTable')
const api = apiId('restApi')

function makeModel(memorySize = 256): ServiceModel {
  return {
    service: 'users-api',
    provider: { region: 'us-east-1', stage: 'dev' },
    resources: [
      {
        kind: 'function',
        id: getUser,
        name: 'getUser',
        origin: 'functions',
        memorySize,
        timeout: 10,
        architecture: 'x86_64',
        environment: {},
      },
      {
        kind: 'table',
        id: users,
        name: 'UsersTable',
        origin: 'resources',
        billingMode: 'PAY_PER_REQUEST',
        keys: {},
        gsis: [],
        lsis: [],
      },
    ],
    edges: [
      { kind: 'access', from: getUser, to: users, via: ['iam'], envVars: [], actions: [] },
      // The API is not among the resources: a half-typed file can produce such an edge.
      { kind: 'trigger', from: api, to: getUser, event: 'http', mode: 'sync', eventIndex: 0 },
    ],
  }
}

const none = new Set<string>()

function inputs(overrides: Partial<NodeInputs> = {}): NodeInputs {
  return {
    model: makeModel(),
    positions: { [getUser]: { x: 10, y: 20 } },
    selected: none,
    errors: none,
    ...overrides,
  }
}

describe('toFlowNodes', () => {
  it('makes one fixed-size resource node per resource, at its position', () => {
    const nodes = toFlowNodes(inputs())
    expect(nodes.map((n) => [n.id, n.type, n.position, n.width, n.height])).toEqual([
      ['function:getUser', 'resource', { x: 10, y: 20 }, NODE_SIZE.width, NODE_SIZE.height],
      ['table:UsersTable', 'resource', { x: 0, y: 0 }, NODE_SIZE.width, NODE_SIZE.height],
    ])
  })

  it('marks selected nodes and nodes with errors', () => {
    const nodes = toFlowNodes(inputs({ selected: new Set([users]), errors: new Set([getUser]) }))
    expect(nodes.map((n) => [n.selected, n.data.hasError])).toEqual([
      [false, true],
      [true, false],
    ])
  })

  it('reuses the previous node objects when a re-parse changed nothing about them', () => {
    const first = toFlowNodes(inputs())
    const previous = new Map(first.map((n) => [n.id, n]))
    const again = toFlowNodes(inputs({ model: makeModel() }), previous)
    expect(again[0]).toBe(first[0])
    expect(again[1]).toBe(first[1])

    const edited = toFlowNodes(inputs({ model: makeModel(512) }), previous)
    expect(edited[0]).not.toBe(first[0])
    expect(edited[1]).toBe(first[1])

    const moved = toFlowNodes(inputs({ positions: { [getUser]: { x: 11, y: 20 } } }), previous)
    expect(moved[0]).not.toBe(first[0])
    expect(moved[0]!.data).toBe(first[0]!.data)
  })
})

describe('toFlowEdges', () => {
  it('drops edges whose ends are not on the canvas and keeps the model edge', () => {
    const model = makeModel()
    const edges = toFlowEdges(model, none)
    expect(edges.map((e) => [e.id, e.source, e.target, e.className])).toEqual([
      ['access:function:getUser->table:UsersTable', getUser, users, 'edge-access'],
    ])
    expect(edges[0]!.data?.edge).toBe(model.edges[0])
  })

  it('reuses unchanged edges and follows their selection', () => {
    const first = toFlowEdges(makeModel(), none)
    const previous = new Map(first.map((e) => [e.id, e]))
    expect(toFlowEdges(makeModel(), none, previous)[0]).toBe(first[0])
    const selected = toFlowEdges(makeModel(), new Set([first[0]!.id]), previous)
    expect(selected[0]!.selected).toBe(true)
  })
})

describe('edge styles', () => {
  const trigger = (mode: 'sync' | 'async' | 'poll'): Edge => ({
    kind: 'trigger',
    from: users,
    to: getUser,
    event: 'stream',
    mode,
    eventIndex: 1,
  })

  it('tells synchronous, asynchronous, poll-based and access edges apart', () => {
    const access: Edge = {
      kind: 'access',
      from: getUser,
      to: users,
      via: [],
      envVars: [],
      actions: [],
    }
    const classes = [trigger('sync'), trigger('async'), trigger('poll'), access].map((e) =>
      edgeClassOf(edgeStyleOf(e)),
    )
    expect(classes).toEqual(['edge-sync', 'edge-async', 'edge-poll', 'edge-access'])
  })
})

describe('resourcesWithErrors', () => {
  it('collects the resources of error diagnostics only', () => {
    const diagnostics: Diagnostic[] = [
      { severity: 'error', code: 'x', message: 'bad', resourceId: getUser },
      { severity: 'warning', code: 'y', message: 'meh', resourceId: users },
      { severity: 'error', code: 'z', message: 'no resource' },
    ]
    expect([...resourcesWithErrors(diagnostics)]).toEqual([getUser])
  })
})
