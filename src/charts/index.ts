/** Charts: the only folder that imports recharts; each chart takes plain data as props. */
export { BarBreakdown, type BarDatum } from './BarBreakdown'
export { ChartFrame } from './ChartFrame'
export { HeatMap } from './HeatMap'
export { LineSeries } from './LineSeries'
export {
  LineComparison,
  type ComparisonDatum,
  type ComparisonMark,
  type ComparisonSeries,
} from './LineComparison'
export { formatClock, TimeSeriesChart, type TimeSeries } from './TimeSeriesChart'
