/** Charts: the only folder that imports recharts; each chart takes plain data as props. */
export { BarBreakdown, type BarDatum } from './BarBreakdown'
export { LineSeries } from './LineSeries'
export {
  LineComparison,
  type ComparisonDatum,
  type ComparisonMark,
  type ComparisonSeries,
} from './LineComparison'
