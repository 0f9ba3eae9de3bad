import { useMemo } from 'react'
import { HeatMap, TimeSeriesChart } from '../../charts'
import { formatUsd } from '../../pricing/lineItem'
import type { SimulationRun } from './simulationSession'
import { formatMs } from './nodeFigures'
import { chartsOf } from './chartViews'

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
      {views.queue && (
        <TimeSeriesChart
          title={`Queue ${views.queue.name}: sent, processed (per second) and waiting`}
          testId="simulation.chart.queue"
          timeS={time}
          series={views.queue.series}
          formatY={rate}
        />
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
