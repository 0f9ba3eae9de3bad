import { useMemo } from 'react'
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { ChartFrame } from './ChartFrame'
import { columnsToCsv } from './csv'

export interface TimeSeries {
  readonly key: string
  readonly label: string
  readonly color: string
  /** One value per bucket, aligned with `timeS`. */
  readonly values: ArrayLike<number>
  /** Drawn dashed: the second run of an overlay, or a limit. */
  readonly dashed?: boolean
}

interface TimeSeriesChartProps {
  readonly title: string
  /** Start of each bucket, in simulated seconds. */
  readonly timeS: ArrayLike<number>
  readonly series: readonly TimeSeries[]
  readonly formatY: (value: number) => string
  readonly testId?: string
  readonly width?: number
  readonly height?: number
  /** Seconds before statistics start: shaded. */
  readonly warmupS?: number
}

/** At most this many points are drawn; CSV exports every bucket. */
const MAX_POINTS = 400

/** `0:45`, `12:30`, `1:05:00`: simulated time since the start. */
export function formatClock(seconds: number): string {
  const s = Math.round(seconds)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = s % 60
  const two = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${two(m)}:${two(sec)}` : `${m}:${two(sec)}`
}

/**
 * Series over simulated time, at a fixed size, without animation. Long runs are thinned for
 * drawing by taking the largest value of each group of buckets, so a spike is never lost.
 */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { title, timeS, series, formatY, testId, width = 460, height = 200, warmupS = 0 } = props
  const data = useMemo(() => thinned(timeS, series), [timeS, series])
  const csv = () =>
    columnsToCsv([
      { name: 'time_s', values: timeS },
      ...series.map((s) => ({ name: s.label, values: s.values })),
    ])
  return (
    <ChartFrame title={title} csv={csv} testId={testId}>
      <LineChart
        width={width}
        height={height}
        data={data}
        margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="t"
          type="number"
          domain={['dataMin', 'dataMax']}
          tickFormatter={formatClock}
          fontSize={11}
        />
        <YAxis tickFormatter={formatY} width={64} fontSize={11} />
        <Tooltip
          labelFormatter={(t) => formatClock(Number(t))}
          formatter={(value) => formatY(Number(value))}
          isAnimationActive={false}
        />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        {warmupS > 0 && (
          <ReferenceArea
            x1={timeS[0] ?? 0}
            x2={warmupS}
            fill="#94a3b8"
            fillOpacity={0.15}
            label={{ value: 'warm-up', fontSize: 10, position: 'insideTopLeft' }}
          />
        )}
        {series.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={s.color}
            strokeDasharray={s.dashed ? '5 3' : undefined}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFrame>
  )
}

type Row = { t: number } & Record<string, number>

function thinned(timeS: ArrayLike<number>, series: readonly TimeSeries[]): Row[] {
  const n = timeS.length
  const group = Math.max(1, Math.ceil(n / MAX_POINTS))
  const rows: Row[] = []
  for (let start = 0; start < n; start += group) {
    const row: Row = { t: timeS[start] ?? 0 }
    for (const s of series) {
      let max = -Infinity
      for (let i = start; i < Math.min(n, start + group); i++) max = Math.max(max, s.values[i] ?? 0)
      row[s.key] = Number.isFinite(max) ? max : 0
    }
    rows.push(row)
  }
  return rows
}
