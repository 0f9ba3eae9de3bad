import type { Tally } from './tally'

/** One hop of traffic: `factor` units arrive at `to` for each unit at `from`. */
export interface FlowEdge {
  /** Unique per edge of the design (an access edge, or a trigger edge with its event). */
  readonly key: string
  readonly from: string
  readonly to: string
  readonly factor: number
  /** Usage the hop causes besides the arrival at `to` (table reads, SQS receives...). */
  readonly record?: (amountAtFrom: number, tally: Tally) => void
}

export interface Propagation {
  readonly outgoing: (id: string) => readonly FlowEdge[]
  /** Counts what arrives at a resource (invocations, messages sent, objects put...). */
  readonly arrive: (id: string, amount: number) => void
  readonly tally: Tally
  /** Told about each loop edge that is cut while traffic would have crossed it. */
  readonly onCut: (edge: FlowEdge) => void
}

/**
 * Carry `amount` from `source` through the design. Counts are linear, so each resource is
 * visited once, in topological order, with everything that reaches it summed first (two paths
 * into one queue add up). Loops are cut: an edge leading back to a resource the traffic has
 * already passed through on its way (a back edge of the depth-first search from the source) is
 * crossed once, its arrival counted, and followed no further. So each edge carries a flow once,
 * and a function writing to the bucket that triggers it is billed once around the loop, not
 * forever.
 */
export function propagate(source: string, amount: number, p: Propagation): void {
  const state = new Map<string, 'open' | 'done'>()
  const postOrder: string[] = []
  const cut = new Set<string>()
  const visit = (id: string): void => {
    state.set(id, 'open')
    for (const edge of p.outgoing(id)) {
      const seen = state.get(edge.to)
      if (seen === 'open') cut.add(edge.key)
      else if (seen === undefined) visit(edge.to)
    }
    state.set(id, 'done')
    postOrder.push(id)
  }
  visit(source)

  const amounts = new Map<string, number>([[source, amount]])
  for (const id of postOrder.reverse()) {
    const here = amounts.get(id) ?? 0
    if (here === 0) continue
    p.arrive(id, here)
    for (const edge of p.outgoing(id)) {
      edge.record?.(here, p.tally)
      if (cut.has(edge.key)) {
        // The traffic crosses the loop edge once and stops where it began.
        if (here * edge.factor > 0) {
          p.arrive(edge.to, here * edge.factor)
          p.onCut(edge)
        }
        continue
      }
      amounts.set(edge.to, (amounts.get(edge.to) ?? 0) + here * edge.factor)
    }
  }
}
