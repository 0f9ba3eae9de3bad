/** A traffic scenario carried through a design to a month of usage, and its bill. */
export { costOfDesign, usageFromDesign, type DesignCost, type FlowResult } from './design'
export {
  accessRates,
  defaultAccessRates,
  functionIntent,
  type AccessRates,
  type FunctionIntent,
} from './accessRates'
export { SQS_DEFAULT_BATCH, STREAM_DEFAULT_BATCH } from './edges'
export { routeKey } from './routes'
export type { UsageFile } from './usage'
