import type { TimeSeries } from '../../charts'
import { PARTITION_MAX_RCU, PARTITION_MAX_WCU } from '../../pricing/capacity/partitions'
import { lambdaBooks } from '../../pricing/lambda/prices'
import type { SimulationRun } from './simulationSession'
import { byPartition, entryLayer, perSecond, shareOf } from './seriesViews'

const BLUE = '#4f6bed'
const GREEN = '#16a34a'
const RED = '#dc2626'
const GREY = '#94a3b8'
const ORANGE = '#ea580c'

/**
 * What the charts draw from the runs: the first run's series, with the second run's (the what-if)
 * added dashed where comparing helps.
 */
export function chartsOf(
  base: SimulationRun,
  other: SimulationRun | undefined,
  functionId: string,
  tableId: string,
) {
  const r = base.result
  const { bucketS, warmupS } = r.settings
  const layer = entryLayer(r)
  const traffic: TimeSeries[] = [
    {
      key: 'offered',
      label: 'Offered',
      color: GREY,
      values: perSecond(r.layers[layer].offered, bucketS),
    },
    {
      key: 'served',
      label: 'Served',
      color: BLUE,
      values: perSecond(r.layers[layer].served, bucketS),
    },
    {
      key: 'throttled',
      label: 'Throttled',
      color: RED,
      values: perSecond(r.layers[layer].throttled, bucketS),
    },
  ]
  if (other) {
    traffic.push({
      key: 'throttled2',
      label: `Throttled, ${other.label}`,
      color: RED,
      dashed: true,
      values: perSecond(other.result.layers[layer].throttled, other.result.settings.bucketS),
    })
  }

  const fnSeries = r.functions.find((f) => f.id === functionId) ?? r.functions[0]
  const fnOther = other?.result.functions.find((f) => f.id === fnSeries?.id)
  const fn = fnSeries && {
    name: fnSeries.id.slice(fnSeries.id.indexOf(':') + 1),
    instances: [
      { key: 'busy', label: 'Busy (concurrency)', color: BLUE, values: fnSeries.busy },
      { key: 'idle', label: 'Idle (warm)', color: GREEN, values: fnSeries.idle },
      { key: 'provisioned', label: 'Provisioned', color: ORANGE, values: fnSeries.provisioned },
      ...(fnOther
        ? [
            {
              key: 'busy2',
              label: `Busy, ${other?.label}`,
              color: BLUE,
              dashed: true,
              values: fnOther.busy,
            },
          ]
        : []),
    ],
    coldStarts: [
      { key: 'cold', label: 'Cold starts', color: ORANGE, values: fnSeries.coldStarts },
      ...(fnOther
        ? [
            {
              key: 'cold2',
              label: `Cold starts, ${other?.label}`,
              color: ORANGE,
              dashed: true,
              values: fnOther.coldStarts,
            },
          ]
        : []),
    ],
    latency: [
      { key: 'p50', label: 'p50', color: GREEN, values: fnSeries.latencyP50 },
      { key: 'p95', label: 'p95', color: BLUE, values: fnSeries.latencyP95 },
      { key: 'p99', label: 'p99', color: RED, values: fnSeries.latencyP99 },
      ...(fnOther
        ? [
            {
              key: 'p99b',
              label: `p99, ${other?.label}`,
              color: RED,
              dashed: true,
              values: fnOther.latencyP99,
            },
          ]
        : []),
    ],
  }

  const tableSeries = r.tables.find((t) => t.id === tableId) ?? r.tables[0]
  const table = tableSeries && {
    name: tableSeries.id.slice(tableSeries.id.indexOf(':') + 1),
    rows: Array.from({ length: tableSeries.partitions }, (_, p) => `partition ${p + 1}`),
    rcu: byPartition(tableSeries.consumedRcu, tableSeries.partitions),
    wcu: byPartition(tableSeries.consumedWcu, tableSeries.partitions),
    // A partition serves at most 3,000 RCU and 1,000 WCU; provisioned capacity is split evenly.
    maxRcu: limitOf(tableSeries.provisionedRcu, tableSeries.partitions, PARTITION_MAX_RCU),
    maxWcu: limitOf(tableSeries.provisionedWcu, tableSeries.partitions, PARTITION_MAX_WCU),
  }

  // The first queue or stream: how far its consumers keep up.
  const queueSeries = r.queues[0]
  const queue = queueSeries && {
    name: queueSeries.id.slice(queueSeries.id.indexOf(':') + 1),
    series: [
      { key: 'sent', label: 'Sent', color: GREY, values: perSecond(queueSeries.sent, bucketS) },
      {
        key: 'processed',
        label: 'Processed',
        color: BLUE,
        values: perSecond(queueSeries.processed, bucketS),
      },
      { key: 'depth', label: 'Waiting', color: ORANGE, values: queueSeries.depth },
      {
        key: 'dead',
        label: 'Dead-lettered',
        color: RED,
        values: perSecond(queueSeries.deadLettered, bucketS),
      },
    ],
  }

  const free = lambdaBooks.current.freeTier
  const cost = r.cost && {
    accrued: [
      { key: 'accrued', label: base.label, color: BLUE, values: r.cost.accrued },
      ...(other?.result.cost
        ? [
            {
              key: 'accrued2',
              label: other.label,
              color: BLUE,
              dashed: true,
              values: other.result.cost.accrued,
            },
          ]
        : []),
    ],
    freeLeft: [
      {
        key: 'requests',
        label: 'Requests left',
        color: GREEN,
        values: shareOf(r.cost.lambdaFreeRequestsLeft, free.requests.quantity),
      },
      {
        key: 'gbs',
        label: 'GB-seconds left',
        color: ORANGE,
        values: shareOf(r.cost.lambdaFreeGbSecondsLeft, free.durationGbSeconds.quantity),
      },
    ],
  }
  return {
    time: r.time,
    warmupS,
    layer: layer === 'api' ? 'API Gateway' : 'Lambda',
    traffic,
    fn,
    table,
    queue,
    cost,
  }
}

/** The most a partition may consume: the provisioned share at its peak, or the hard limit. */
function limitOf(provisioned: Float64Array, partitions: number, hardLimit: number): number {
  let peak = 0
  for (const v of provisioned) peak = Math.max(peak, v)
  return peak > 0 ? Math.min(hardLimit, peak / Math.max(1, partitions)) : hardLimit
}
