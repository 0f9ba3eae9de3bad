import type { PlannedChannel, PlannedFunction, PlannedSource, PlannedTable } from './plan'

export interface CutEdges {
  /** `f:i`: output `i` of function `f` is not delivered. */
  readonly outputs: ReadonlySet<string>
  /** `f:i`: the writes of table access `i` of function `f` send no stream records. */
  readonly streams: ReadonlySet<string>
}

type Hop = { readonly to: number; readonly key: string | undefined }

/**
 * The edges that would carry traffic back to where it already passed, found by one depth-first
 * search from every entry point (the cost flow cuts loops the same way, per source). Only a
 * function's sends are cut: when the search returns to a resource still on its path, the send
 * that led into the loop is cut, so the loop's traffic goes once around, is counted, and stops.
 */
export function cutLoops(
  functions: readonly Pick<PlannedFunction, 'outputs' | 'tables'>[],
  channels: readonly Pick<PlannedChannel, 'subscribers' | 'mappings'>[],
  tables: readonly Pick<PlannedTable, 'streams'>[],
  sources: readonly Pick<PlannedSource, 'entry'>[],
): CutEdges {
  const F = functions.length
  const C = channels.length
  const channelNode = (c: number) => F + c
  const tableNode = (t: number) => F + C + t
  const hops = (node: number): Hop[] => {
    if (node < F) {
      const fn = functions[node]!
      return [
        ...fn.outputs.flatMap((o, i) =>
          o.writes > 0 ? [{ to: channelNode(o.channel), key: `o${node}:${i}` }] : [],
        ),
        ...fn.tables.flatMap((a, i) =>
          a.writes > 0 && tables[a.table]!.streams.length > 0
            ? [{ to: tableNode(a.table), key: `s${node}:${i}` }]
            : [],
        ),
      ]
    }
    if (node < F + C) {
      const channel = channels[node - F]!
      return [...channel.subscribers, ...channel.mappings.map((m) => m.fn)].map((fn) => ({
        to: fn,
        key: undefined,
      }))
    }
    return tables[node - F - C]!.streams.map((c) => ({ to: channelNode(c), key: undefined }))
  }
  const state = new Uint8Array(F + C + tables.length)
  const enteredBy: (string | undefined)[] = []
  const cut = new Set<string>()
  const visit = (node: number, via: string | undefined): void => {
    state[node] = 1
    enteredBy[node] = via
    for (const hop of hops(node)) {
      const key = node < F ? hop.key : enteredBy[node]
      if (state[hop.to] === 1) {
        if (key !== undefined) cut.add(key)
      } else if (state[hop.to] === 0) visit(hop.to, key)
    }
    state[node] = 2
  }
  for (const { entry } of sources) {
    const roots =
      entry.kind === 'api'
        ? entry.routes.map((r) => r.fn)
        : entry.kind === 'function'
          ? [entry.fn]
          : [channelNode(entry.channel)]
    for (const root of roots) if (state[root] === 0) visit(root, undefined)
  }
  const outputs = new Set<string>()
  const streams = new Set<string>()
  for (const key of cut) (key.startsWith('o') ? outputs : streams).add(key.slice(1))
  return { outputs, streams }
}
