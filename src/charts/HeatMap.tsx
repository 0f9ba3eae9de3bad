import { useMemo } from 'react'
import { ChartFrame } from './ChartFrame'
import { formatClock } from './TimeSeriesChart'
import { toCsv } from './csv'

interface HeatMapProps {
  readonly title: string
  /** Start of each column, in simulated seconds. */
  readonly timeS: ArrayLike<number>
  /** Row names, top to bottom (`partition 1`, ...). */
  readonly rows: readonly string[]
  /** Row-major: `values[row × columns + column]`. */
  readonly values: ArrayLike<number>
  /** The value the darkest colour stands for (a partition's limit); values above show red. */
  readonly max: number
  readonly unit: string
  readonly testId?: string
  readonly width?: number
}

const MAX_COLUMNS = 160
const ROW_HEIGHT = 18
const LABEL_WIDTH = 90

/**
 * A grid of rows (partitions) over time, each cell shaded by its value against `max`, red where
 * it goes over. Plain SVG: recharts has no heat map. Hovering a cell shows its value.
 */
export function HeatMap(props: HeatMapProps) {
  const { title, timeS, rows, values, max, unit, testId, width = 460 } = props
  const columns = rows.length > 0 ? Math.floor(values.length / rows.length) : 0
  const group = Math.max(1, Math.ceil(columns / MAX_COLUMNS))
  const shown = Math.ceil(columns / group)
  const cellWidth = shown > 0 ? (width - LABEL_WIDTH) / shown : 0
  const cells = useMemo(() => {
    const out: { row: number; col: number; value: number; t: number }[] = []
    rows.forEach((_, r) => {
      for (let c = 0; c < shown; c++) {
        let peak = 0
        for (let k = c * group; k < Math.min(columns, (c + 1) * group); k++) {
          peak = Math.max(peak, values[r * columns + k] ?? 0)
        }
        out.push({ row: r, col: c, value: peak, t: timeS[c * group] ?? 0 })
      }
    })
    return out
  }, [rows, values, columns, group, shown, timeS])
  const csv = () =>
    toCsv(
      ['time_s', ...rows],
      Array.from({ length: columns }, (_, c) => [
        timeS[c] ?? 0,
        ...rows.map((_, r) => values[r * columns + c] ?? 0),
      ]),
    )
  const height = rows.length * ROW_HEIGHT + 22
  return (
    <ChartFrame title={title} csv={csv} testId={testId}>
      <svg data-chart="heatmap" width={width} height={height} role="img" aria-label={title}>
        {rows.map((name, r) => (
          <text key={name} x={0} y={r * ROW_HEIGHT + 13} fontSize={11} fill="currentColor">
            {name}
          </text>
        ))}
        {cells.map((cell) => (
          <rect
            key={`${cell.row}:${cell.col}`}
            x={LABEL_WIDTH + cell.col * cellWidth}
            y={cell.row * ROW_HEIGHT}
            width={Math.max(1, cellWidth)}
            height={ROW_HEIGHT - 2}
            fill={colourOf(cell.value, max)}
          >
            <title>
              {`${rows[cell.row]} at ${formatClock(cell.t)}: ${cell.value.toFixed(1)} ${unit} (${max > 0 ? ((100 * cell.value) / max).toFixed(0) : 0} % of ${max} ${unit})`}
            </title>
          </rect>
        ))}
        <text x={LABEL_WIDTH} y={height - 4} fontSize={11} fill="currentColor">
          {formatClock(timeS[0] ?? 0)}
        </text>
        <text x={width} y={height - 4} fontSize={11} fill="currentColor" textAnchor="end">
          {formatClock(timeS[Math.max(0, columns - 1)] ?? 0)}
        </text>
      </svg>
    </ChartFrame>
  )
}

/** White to blue as the value nears the limit; red above it. */
function colourOf(value: number, max: number): string {
  if (max <= 0 || value <= 0) return '#f4f6fb'
  if (value > max) return '#dc2626'
  const share = value / max
  const light = Math.round(96 - share * 56)
  return `hsl(226 80% ${light}%)`
}
