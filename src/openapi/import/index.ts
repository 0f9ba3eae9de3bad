/** Import of Swagger 2.0 / OpenAPI 3.x documents into a design, as codec patches. */
export { importOpenApi, type ImportOptions, type ImportResult } from './importOpenApi'
export {
  lambdaNameOf,
  MAX_OPERATIONS,
  readOpenApi,
  type OpenApiVersion,
  type ReadResult,
  type SourceDocument,
  type SourceOperation,
} from './document'
export { minimalServiceYaml, serviceNameFrom } from './template'
