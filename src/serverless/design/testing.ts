import type { Edge, ServiceModel } from '../../model/types'
import { applyPatches, parse, type Patch } from '../index'

/** Helpers shared by this folder's tests: apply a plan to a text and read the result back. */

export interface Applied {
  readonly text: string
  readonly model: ServiceModel
}

/** Apply the patches and parse the result; a refusal fails the test with its message. */
export function applyPlan(text: string, patches: readonly Patch[]): Applied {
  const result = applyPatches(text, patches)
  if (!result.ok) throw new Error(result.error)
  const parsed = parse(result.text)
  if (!parsed.ok) throw new Error(`The result does not parse: ${parsed.diagnostics[0]?.message}`)
  return { text: result.text, model: parsed.model }
}

export function modelOf(text: string): ServiceModel {
  return parse(text).model
}

/** `queue:Jobs -sqs-> function:worker`, `function:a -access-> table:T`. */
export function edgeLabel(edge: Edge): string {
  return `${edge.from} -${edge.kind === 'trigger' ? edge.event : 'access'}-> ${edge.to}`
}

export function edgeLabels(model: ServiceModel): string[] {
  return model.edges.map(edgeLabel)
}

export function nodeIds(model: ServiceModel): string[] {
  return model.resources.map((r) => r.id)
}
