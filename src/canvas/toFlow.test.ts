import { describe, expect, it } from 'vitest'
import type { Edge, ServiceModel } from '../model/types'
import { apiId, resourceId } from '../model/types'
import { edgeStyleClass, toFlowEdges, toFlowNodes } from './toFlow'

const getUser = resourceId('function', 'getUser')
const users = resourceId('table', 'UsersTable')

const model: ServiceModel = {
  service: 'users-api',
  provider: { region: 'us-east-1', stage: 'dev' },
  resources: [
    {
      kind: 'function',
      id: getUser,
      name: 'getUser',
      origin: 'functions',
      memorySize: 256,
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
    {
      kind: 'trigger',
      from: apiId('restApi'),
      to: getUser,
      event: 'http',
      mode: 'sync',
      eventIndex: 0,
    },
  ],
}

describe('toFlowNodes', () => {
  it('makes one resource node per resource, at its laid-out position', () => {
    const nodes = toFlowNodes(model, new Map([[getUser, { x: 10, y: 20 }]]))
    expect(nodes.map((n) => [n.id, n.type, n.position])).toEqual([
      ['function:getUser', 'resource', { x: 10, y: 20 }],
      ['table:UsersTable', 'resource', { x: 0, y: 0 }],
    ])
  })
})

describe('toFlowEdges', () => {
  it('drops edges whose ends are not on the canvas', () => {
    expect(toFlowEdges(model)).toEqual([
      {
        id: 'access:function:getUser->table:UsersTable',
        source: 'function:getUser',
        target: 'table:UsersTable',
        className: 'edge-access',
      },
    ])
  })

  it('styles triggers by invocation mode', () => {
    const poll: Edge = {
      kind: 'trigger',
      from: users,
      to: getUser,
      event: 'stream',
      mode: 'poll',
      eventIndex: 1,
    }
    expect(edgeStyleClass(poll)).toBe('edge-trigger-poll')
  })
})
