import { validateScenario, type Scenario } from '../../src/model/scenario'
import type {
  Edge,
  FunctionResource,
  Resource,
  ResourceId,
  ServiceModel,
} from '../../src/model/types'
import type { SimulationOptions } from './options'
import type { SimulationResult } from './result'
import { simulate } from './run'

/** Small hand-made designs and runs for the engine's tests and benchmarks. */

export function fn(name: string, props: Partial<FunctionResource> = {}): FunctionResource {
  return {
    id: `function:${name}` as ResourceId,
    kind: 'function',
    name,
    origin: 'functions',
    runtime: 'nodejs22.x',
    memorySize: 1024,
    timeout: 900,
    architecture: 'x86_64',
    environment: {},
    ...props,
  }
}

export function design(resources: readonly Resource[], edges: readonly Edge[] = []): ServiceModel {
  return {
    service: 'test',
    provider: { region: 'us-east-1', stage: 'dev' },
    resources,
    edges,
  }
}

export function scenario(raw: Record<string, unknown>): Scenario {
  const result = validateScenario({ traffic: [], ...raw })
  if (!result.ok) throw new Error(result.error)
  return result.scenario
}

/** Simulates, unpriced unless asked, throwing when the scenario does not fit. */
export function run(
  model: ServiceModel,
  raw: Record<string, unknown>,
  options: SimulationOptions = {},
): SimulationResult {
  const result = simulate(model, scenario(raw), { price: false, ...options })
  if (!result.ok) throw new Error(result.error)
  return result.value
}

/** One function `f` taking `rps` direct invocations, and its scenario behaviour. */
export function oneFunction(
  rps: number,
  behaviour: Record<string, unknown>,
  raw: Record<string, unknown> = {},
  props: Partial<FunctionResource> = {},
): SimulationResult {
  return run(design([fn('f', props)]), {
    traffic: [{ target: 'function:f', pattern: { type: 'constant', rps } }],
    functions: { 'function:f': behaviour },
    ...raw,
  })
}
