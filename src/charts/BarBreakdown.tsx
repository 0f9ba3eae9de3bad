import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'

export interface BarDatum {
  readonly label: string
  readonly value: number
}

interface BarBreakdownProps {
  readonly data: readonly BarDatum[]
  /** How a value reads on the axis and in the tooltip (`$1.20`). */
  readonly format: (value: number) => string
  readonly title: string
  readonly width?: number
  readonly height?: number
}

/**
 * A horizontal bar per category, at a fixed size so it renders the same in tests and never
 * measures its parent. No animation: the numbers change as the user types.
 */
export function BarBreakdown({ data, format, title, width = 360, height }: BarBreakdownProps) {
  const chartHeight = height ?? 40 + 28 * Math.max(data.length, 1)
  return (
    <figure className="chart" aria-label={title} style={{ margin: 0 }}>
      <BarChart
        width={width}
        height={chartHeight}
        data={[...data]}
        layout="vertical"
        margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={format} fontSize={11} />
        <YAxis type="category" dataKey="label" width={110} fontSize={11} />
        <Tooltip formatter={(value) => format(Number(value))} isAnimationActive={false} />
        <Bar dataKey="value" name={title} fill="#4f6bed" isAnimationActive={false} />
      </BarChart>
    </figure>
  )
}
