import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import type { BarDatum } from './BarBreakdown'

interface LineSeriesProps {
  readonly data: readonly BarDatum[]
  readonly format: (value: number) => string
  readonly title: string
  readonly width?: number
  readonly height?: number
}

/** One value per step (a month, a memory size) as a line, at a fixed size and without animation. */
export function LineSeries({ data, format, title, width = 360, height = 180 }: LineSeriesProps) {
  return (
    <figure className="chart" aria-label={title} style={{ margin: 0 }}>
      <LineChart
        width={width}
        height={height}
        data={[...data]}
        margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" fontSize={11} />
        <YAxis tickFormatter={format} width={70} fontSize={11} />
        <Tooltip formatter={(value) => format(Number(value))} isAnimationActive={false} />
        <Line
          dataKey="value"
          name={title}
          stroke="#4f6bed"
          dot={data.length <= 24}
          isAnimationActive={false}
        />
      </LineChart>
    </figure>
  )
}
