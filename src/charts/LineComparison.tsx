import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

/** One x value and a value per series key. */
export type ComparisonDatum = { readonly x: number } & Readonly<Record<string, number>>

export interface ComparisonSeries {
  readonly key: string
  readonly label: string
  readonly color: string
}

/** A marked point: a vertical line at `x` (a break-even), or a dot on a series (the cheapest). */
export type ComparisonMark =
  | { readonly kind: 'line'; readonly x: number; readonly label: string }
  | { readonly kind: 'dot'; readonly x: number; readonly y: number; readonly label: string }

interface LineComparisonProps {
  readonly data: readonly ComparisonDatum[]
  readonly series: readonly ComparisonSeries[]
  readonly title: string
  readonly formatX: (x: number) => string
  readonly formatY: (y: number) => string
  readonly logX?: boolean
  readonly marks?: readonly ComparisonMark[]
  readonly width?: number
  readonly height?: number
}

/**
 * Several series over a shared numeric x axis (memory sizes, traffic levels), with marked points,
 * at a fixed size and without animation, like the other charts.
 */
export function LineComparison(props: LineComparisonProps) {
  const { data, series, title, formatX, formatY, logX = false, marks = [] } = props
  const { width = 420, height = 220 } = props
  return (
    <figure className="chart" aria-label={title} style={{ margin: 0 }}>
      <LineChart
        width={width}
        height={height}
        data={[...data]}
        margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="x"
          type="number"
          scale={logX ? 'log' : 'linear'}
          domain={['dataMin', 'dataMax']}
          tickFormatter={formatX}
          fontSize={11}
          allowDataOverflow
        />
        <YAxis tickFormatter={formatY} width={70} fontSize={11} />
        <Tooltip
          labelFormatter={(x) => formatX(Number(x))}
          formatter={(value) => formatY(Number(value))}
          isAnimationActive={false}
        />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        {series.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={s.color}
            dot={false}
            isAnimationActive={false}
          />
        ))}
        {marks.map((mark) =>
          mark.kind === 'line' ? (
            <ReferenceLine
              key={`line:${mark.x}`}
              x={mark.x}
              stroke="#c2410c"
              strokeDasharray="4 2"
              label={{ value: mark.label, fontSize: 11, position: 'insideTopRight' }}
            />
          ) : (
            <ReferenceDot
              key={`dot:${mark.x}`}
              x={mark.x}
              y={mark.y}
              r={5}
              fill="#16a34a"
              stroke="none"
              label={{ value: mark.label, fontSize: 11, position: 'top' }}
            />
          ),
        )}
      </LineChart>
    </figure>
  )
}
