/**
 * The workshop's cheat-sheet calculators: small pure functions over the pricing and capacity
 * modules, each returning its figures with their formulas, or `{ ok: false, field, error }`.
 */
export {
  calculateApiGateway,
  type ApiGatewayFigures,
  type ApiGatewayInput,
} from './apiGatewayCalculator'
export { calculateCapacity, type CapacityFigures, type CapacityInput } from './capacityCalculator'
export {
  calculateLambda,
  MAX_DURATION_MS,
  type LambdaComparisonRow,
  type LambdaFigures,
  type LambdaInput,
} from './lambdaCalculator'
export {
  calculatePartitions,
  type PartitionFigures,
  type PartitionInput,
} from './partitionCalculator'
export type { CalcError, CalcResult } from './result'
export type { Derived } from '../capacity/derived'

// The choices each calculator's selects offer, so a form needs only this module.
export { API_TYPES, type ApiType } from '../apiGateway/usage'
export { READ_CONSISTENCIES, type ReadConsistency } from '../capacity/units'
export { LAMBDA_ARCHITECTURES, type LambdaArchitecture } from '../lambda/prices'
export { PRICE_BOOK_IDS, type PriceBookId } from '../priceBookId'
