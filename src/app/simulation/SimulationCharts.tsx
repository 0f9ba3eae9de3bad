import { useMemo } from 'react'
import { HeatMap, TimeSeriesChart, type TimeSeries } from '../../charts'
import { lambdaBooks } from '../../pricing/lambda/prices'
import { PARTITION_MAX_RCU, PARTITION_MAX_WCU } from '../../pricing/capacity/partitions'
import { formatUsd } from '../../pricing/lineItem'
import type { SimulationRun } from './simulationSession'
import { formatMs } from './nodeFigures'
import { byPartition, entryLayer, perSecond, shareOf } from './seriesViews'

const BLUE = '#4f6bed'
const GREEN = '#16a34a'
const RED = '#dc2626'
const GREY = '#94a3b8'
const ORANGE = '#ea580c'

const rate = (v: number) => `${Number(v.toPrecision(3))}`
const whole = (v: number) => `${Math.round(v)}`
const percent = (v: number) => `${Math.round(100 * v)} %`

interface SimulationChartsProps {
  readonly runs: readonly SimulationRun[]
  readonly functionId: string
  readonly tableId: string
}

/**
 * The runs as charts. The first run is drawn solid; a second (the what-if) is overlaid dashed
 * on the charts where comparing helps: throttles, busy instances, cold starts, p99, cost.
 */
export function SimulationCharts({ runs, functionId, tableId }: SimulationChartsProps) {
  const [base, other] = runs
  const views = useMemo(
    () => (base ? chartsOf(base, other, functionId, tableId) : null),
    [base, other, functionId, tableId],
  )
  if (!base || !views) return null
  const { time, warmupS } = views
  return (
    <div className="simulation__charts">
      <TimeSeriesChart
        title={`Traffic: offered, served and throttled (${views.layer}, per second)`}
        testId="simulation.chart.traffic"
        timeS={time}
        series={views.traffic}
        formatY={rate}
        warmupS={warmupS}
      />
      {views.fn && (
        <>
          <TimeSeriesChart
            title={`Instances of ${views.fn.name}`}
            testId="simulation.chart.instances"
            timeS={time}
            series={views.fn.instances}
            formatY={rate}
          />
          <TimeSeriesChart
            title={`Cold starts of ${views.fn.name} (per bucket)`}
            testId="simulation.chart.coldStarts"
            timeS={time}
            series={views.fn.coldStarts}
            formatY={whole}
          />
          <TimeSeriesChart
            title={`Latency of ${views.fn.name}`}
            testId="simulation.chart.latency"
            timeS={time}
            series={views.fn.latency}
            formatY={formatMs}
          />
        </>
      )}
      {views.table && (
        <>
          <HeatMap
            title={`Read units per partition of ${views.table.name} (per second)`}
            testId="simulation.chart.heatmap"
            timeS={time}
            rows={views.table.rows}
            values={views.table.rcu}
            max={views.table.maxRcu}
            unit="RCU"
          />
          <HeatMap
            title={`Write units per partition of ${views.table.name} (per second)`}
            testId="simulation.chart.heatmapWrites"
            timeS={time}
            rows={views.table.rows}
            values={views.table.wcu}
            max={views.table.maxWcu}
            unit="WCU"
          />
        </>
      )}
      {views.cost && (
        <>
          <TimeSeriesChart
            title="Cost accrued since the start of the month"
            testId="simulation.chart.cost"
            timeS={time}
            series={views.cost.accrued}
            formatY={formatUsd}
          />
          <TimeSeriesChart
            title="Lambda free tier left"
            testId="simulation.chart.freeTier"
            timeS={time}
            series={views.cost.freeLeft}
            formatY={percent}
          />
        </>
      )}
    </div>
  )
}

function chartsOf(
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
    cost,
  }
}

/** The most a partition may consume: the provisioned share at its peak, or the hard limit. */
function limitOf(provisioned: Float64Array, partitions: number, hardLimit: number): number {
  let peak = 0
  for (const v of provisioned) peak = Math.max(peak, v)
  return peak > 0 ? Math.min(hardLimit, peak / Math.max(1, partitions)) : hardLimit
}
