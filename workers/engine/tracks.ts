import type { LambdaFleet } from './lambda'
import type { Pollers } from './pollers'
import type { Handle, Recorder } from './recorder'
import type { TableRequests } from './tableRequests'

/** The recorder handles of the engine's counters and gauges. */
export interface Tracks {
  readonly fn: Handle
  readonly busyArea: Handle
  readonly idleArea: Handle
  readonly peaks: Handle
  readonly api: Handle
  readonly table: Handle
  readonly group: Handle
  readonly channel: Handle
  readonly consumed: readonly { readonly read: Handle; readonly write: Handle }[]
  readonly provisionedCapacity: Handle
  readonly depth: Handle
  /** Refreshes the gauges before a bucket closes. */
  update(requests: TableRequests, fleet: LambdaFleet): void
}

/** The cumulative counter arrays of a run (see stats.ts). */
export interface Counters {
  readonly fn: Float64Array
  readonly api: Float64Array
  readonly table: Float64Array
  readonly group: Float64Array
  readonly channel: Float64Array
}

/** Registers every counter and gauge of a run with the recorder. */
export function trackCounters(
  recorder: Recorder,
  counters: Counters,
  fleet: LambdaFleet,
  requests: TableRequests,
  pollers: Pollers,
): Tracks {
  const r = recorder
  const consumed = requests.capacities.map((c) => ({
    read: r.counter(c.consumedRead),
    write: r.counter(c.consumedWrite),
  }))
  const peaks = new Float64Array(fleet.busy.length)
  const provisionedCapacity = new Float64Array(requests.capacities.length * 2)
  return {
    fn: r.counter(counters.fn),
    busyArea: r.counter(fleet.busyArea),
    idleArea: r.counter(fleet.idleArea),
    peaks: r.gauge(peaks),
    api: r.counter(counters.api),
    table: r.counter(counters.table),
    group: r.counter(counters.group),
    channel: r.counter(counters.channel),
    consumed,
    provisionedCapacity: r.gauge(provisionedCapacity),
    depth: r.gauge(pollers.depth),
    update(tables, lambda) {
      for (let f = 0; f < peaks.length; f++) peaks[f] = lambda.bucketPeak[f]!
      tables.capacities.forEach((c, i) => {
        provisionedCapacity[2 * i] = c.rcu
        provisionedCapacity[2 * i + 1] = c.wcu
      })
    },
  }
}
