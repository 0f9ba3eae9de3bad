import type { Scenario } from '../../src/model/scenario'
import { ArrivalProcess } from './arrivals'
import type { PlannedSource } from './plan'
import { Random, RandomStream } from './random'

/** How a traffic source's arrivals enter the design. */
export const EntryKind = { api: 0, function: 1, channel: 2 } as const

/**
 * The traffic sources of a run, flattened for the event loop: each source's next arrival time,
 * where its arrivals enter (an API and its routes, a function, a channel) and its own random
 * stream, which draws its arrival times, routes and WebSocket message counts — so what-if runs on
 * the same seed see the same requests. `next` is the source whose arrival comes first.
 */
export class TrafficSources {
  readonly times: Float64Array
  next = -1
  readonly kind: Int32Array
  /** The API, function or channel index the source enters at. */
  readonly target: Int32Array
  readonly kb: Float64Array
  readonly routes: Int32Array[]
  readonly factors: Float64Array[]
  /** Per route of `routes`: its stage or route bucket (the plan's `throttles`), or -1. */
  readonly throttles: Int32Array[]
  /** 1: each request takes one route (REST, HTTP); 0: each arrival takes every share (WebSocket). */
  readonly chooseOne: Uint8Array
  readonly random: Random[]
  private readonly processes: ArrivalProcess[]

  constructor(sources: readonly PlannedSource[], scenario: Scenario) {
    this.random = sources.map((_, i) => new Random(scenario.seed, RandomStream.traffic + i))
    this.processes = sources.map(
      (s, i) => new ArrivalProcess(s.pattern, scenario.durationS, s.arrivals, this.random[i]!),
    )
    this.times = new Float64Array(this.processes.map((p) => p.next()))
    this.kind = new Int32Array(sources.map((s) => EntryKind[s.entry.kind]))
    this.target = new Int32Array(
      sources.map(({ entry }) =>
        entry.kind === 'api' ? entry.api : entry.kind === 'function' ? entry.fn : entry.channel,
      ),
    )
    this.kb = new Float64Array(
      sources.map(({ entry }) => (entry.kind === 'function' ? 0 : entry.kb)),
    )
    this.routes = sources.map(
      ({ entry }) => new Int32Array(entry.kind === 'api' ? entry.routes.map((r) => r.fn) : []),
    )
    this.factors = sources.map(
      ({ entry }) =>
        new Float64Array(entry.kind === 'api' ? entry.routes.map((r) => r.factor) : []),
    )
    this.throttles = sources.map(
      ({ entry }) =>
        new Int32Array(entry.kind === 'api' ? entry.routes.map((r) => r.throttle) : []),
    )
    this.chooseOne = new Uint8Array(
      sources.map(({ entry }) => (entry.kind === 'api' && entry.chooseOne ? 1 : 0)),
    )
    this.pickNext()
  }

  /** Source `s`'s arrival was handled: draw its next one. */
  advance(s: number): void {
    this.times[s] = this.processes[s]!.next()
    if (this.times.length > 1) this.pickNext()
  }

  private pickNext(): void {
    const times = this.times
    let best = -1
    let bestT = Infinity
    for (let s = 0; s < times.length; s++) {
      if (times[s]! < bestT) {
        bestT = times[s]!
        best = s
      }
    }
    this.next = best
  }
}
