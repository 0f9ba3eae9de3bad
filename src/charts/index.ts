/** Charts: the only folder that imports recharts; each chart takes plain data as props. */
export { BarBreakdown, type BarDatum } from './BarBreakdown'
export { LineSeries } from './LineSeries'
