import {
  assertNever,
  type Architecture,
  type FunctionResource,
  type Resource,
  type ServiceModel,
  type TableResource,
} from './types'

/**
 * A what-if: one change to a design, made to the model only (never to `serverless.yml`), so the
 * same traffic can be run against the design as it is and as it might be — 512 MB against
 * 1,024 MB, on demand against provisioned, with and without provisioned concurrency.
 */
export type WhatIf =
  | { readonly kind: 'memory'; readonly functionId: string; readonly memoryMb: number }
  | {
      readonly kind: 'provisionedConcurrency'
      readonly functionId: string
      /** 0 removes it. */
      readonly instances: number
    }
  | {
      readonly kind: 'reservedConcurrency'
      readonly functionId: string
      /** Absent removes the reservation. */
      readonly instances?: number
    }
  | {
      readonly kind: 'architecture'
      readonly functionId: string
      readonly architecture: Architecture
    }
  | { readonly kind: 'onDemand'; readonly tableId: string }
  | {
      readonly kind: 'provisioned'
      readonly tableId: string
      readonly rcu: number
      readonly wcu: number
    }

export type WhatIfKind = WhatIf['kind']

export type WhatIfResult =
  | { readonly ok: true; readonly model: ServiceModel }
  | { readonly ok: false; readonly error: string }

/** The model with the change made; an error naming the resource when it is not in the design. */
export function applyWhatIf(model: ServiceModel, whatIf: WhatIf): WhatIfResult {
  switch (whatIf.kind) {
    case 'memory':
      return onFunction(model, whatIf.functionId, (fn) => ({ ...fn, memorySize: whatIf.memoryMb }))
    case 'provisionedConcurrency':
      return onFunction(model, whatIf.functionId, (fn) => {
        const { provisionedConcurrency: _dropped, ...rest } = fn
        return whatIf.instances > 0 ? { ...rest, provisionedConcurrency: whatIf.instances } : rest
      })
    case 'reservedConcurrency':
      return onFunction(model, whatIf.functionId, (fn) => {
        const { reservedConcurrency: _dropped, ...rest } = fn
        return whatIf.instances === undefined
          ? rest
          : { ...rest, reservedConcurrency: whatIf.instances }
      })
    case 'architecture':
      return onFunction(model, whatIf.functionId, (fn) => ({
        ...fn,
        architecture: whatIf.architecture,
      }))
    case 'onDemand':
      return onTable(model, whatIf.tableId, (table) => {
        const { rcu: _r, wcu: _w, ...rest } = table
        return {
          ...rest,
          billingMode: 'PAY_PER_REQUEST',
          gsis: table.gsis.map(({ rcu: _gr, wcu: _gw, ...gsi }) => gsi),
        }
      })
    case 'provisioned':
      return onTable(model, whatIf.tableId, (table) => ({
        ...table,
        billingMode: 'PROVISIONED',
        rcu: whatIf.rcu,
        wcu: whatIf.wcu,
        gsis: table.gsis.map((gsi) => ({
          ...gsi,
          rcu: gsi.rcu ?? whatIf.rcu,
          wcu: gsi.wcu ?? whatIf.wcu,
        })),
      }))
    default:
      return assertNever(whatIf, 'what-if')
  }
}

/** "getUser at 1,024 MB", "UsersTable provisioned at 50 RCU / 20 WCU". */
export function describeWhatIf(whatIf: WhatIf): string {
  const name = (id: string) => id.slice(id.indexOf(':') + 1)
  switch (whatIf.kind) {
    case 'memory':
      return `${name(whatIf.functionId)} at ${whatIf.memoryMb.toLocaleString('en-US')} MB`
    case 'provisionedConcurrency':
      return whatIf.instances > 0
        ? `${name(whatIf.functionId)} with ${whatIf.instances} provisioned`
        : `${name(whatIf.functionId)} without provisioned concurrency`
    case 'reservedConcurrency':
      return whatIf.instances === undefined
        ? `${name(whatIf.functionId)} without reserved concurrency`
        : `${name(whatIf.functionId)} reserved at ${whatIf.instances}`
    case 'architecture':
      return `${name(whatIf.functionId)} on ${whatIf.architecture}`
    case 'onDemand':
      return `${name(whatIf.tableId)} on demand`
    case 'provisioned':
      return `${name(whatIf.tableId)} provisioned at ${whatIf.rcu} RCU / ${whatIf.wcu} WCU`
    default:
      return assertNever(whatIf, 'what-if')
  }
}

function onFunction(
  model: ServiceModel,
  id: string,
  change: (fn: FunctionResource) => FunctionResource,
): WhatIfResult {
  return replace(model, id, 'function', (r) => (r.kind === 'function' ? change(r) : r))
}

function onTable(
  model: ServiceModel,
  id: string,
  change: (table: TableResource) => TableResource,
): WhatIfResult {
  return replace(model, id, 'table', (r) => (r.kind === 'table' ? change(r) : r))
}

function replace(
  model: ServiceModel,
  id: string,
  kind: 'function' | 'table',
  change: (resource: Resource) => Resource,
): WhatIfResult {
  const found = model.resources.some((r) => r.id === id && r.kind === kind)
  if (!found) return { ok: false, error: `the design has no ${kind} ${JSON.stringify(id)}` }
  return {
    ok: true,
    model: { ...model, resources: model.resources.map((r) => (r.id === id ? change(r) : r)) },
  }
}
