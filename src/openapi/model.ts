/**
 * The API as API Gateway sees it, independent of the document version: what `describe.ts`
 * reads from a design and what `swagger2.ts` and `openapi3.ts` write out.
 */

export const ApiKind = { rest: 'rest', http: 'http' } as const
export type ApiKind = (typeof ApiKind)[keyof typeof ApiKind]

export const SpecVersion = { swagger: 'swagger', openapi: 'openapi' } as const
/** `swagger` is Swagger 2.0, `openapi` is OpenAPI 3.0.1. */
export type SpecVersion = (typeof SpecVersion)[keyof typeof SpecVersion]

export const OutputFormat = { json: 'json', yaml: 'yaml' } as const
export type OutputFormat = (typeof OutputFormat)[keyof typeof OutputFormat]

/** A JSON value as it appears in an exported document. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
export type JsonObject = { [key: string]: Json }

export interface Parameter {
  readonly name: string
  readonly in: 'path' | 'query' | 'header'
  readonly required: boolean
  /** A greedy path parameter (`{proxy+}`). */
  readonly greedy?: boolean
}

/** A request body model: a content type and the name of its schema among the API's models. */
export interface BodyModel {
  readonly contentType: string
  readonly model: string
}

export type Integration =
  | { readonly type: 'aws_proxy' | 'aws'; readonly functionArn: string }
  | { readonly type: 'http_proxy' | 'http'; readonly uri: string; readonly httpMethod: string }
  | { readonly type: 'mock' }

/** One security requirement entry: a scheme name and, for Cognito and JWT, its scopes. */
export interface SecurityUse {
  readonly scheme: string
  readonly scopes: readonly string[]
}

export interface Operation {
  /** Upper-case method or `ANY`. */
  readonly method: string
  /** Normalised path (`/users/{id}`, `/$default` for the HTTP API's catch-all route). */
  readonly path: string
  readonly operationId: string
  readonly summary?: string
  readonly integration: Integration
  readonly parameters: readonly Parameter[]
  readonly bodies: readonly BodyModel[]
  /** All of these apply together (an API key and an authorizer, say). */
  readonly security: readonly SecurityUse[]
  /** Whether API Gateway validates the body and parameters (set when schemas are declared). */
  readonly validate: boolean
}

export type SecurityScheme =
  | { readonly kind: 'apiKey' }
  | { readonly kind: 'iam' }
  | {
      readonly kind: 'lambda'
      readonly type: 'token' | 'request'
      readonly functionArn: string
      /** REST: `method.request.header.Authorization`; HTTP API: `$request.header.Authorization`. */
      readonly identitySource: string
      readonly resultTtlInSeconds: number
      readonly identityValidationExpression?: string
      /** HTTP API Lambda authorizers only. */
      readonly payloadFormatVersion?: string
      readonly enableSimpleResponses?: boolean
    }
  | {
      readonly kind: 'cognito'
      readonly providerArns: readonly string[]
      readonly identitySource: string
    }
  | {
      readonly kind: 'jwt'
      readonly issuer: string
      readonly audience: readonly string[]
      readonly identitySource: string
    }

/** CORS of one REST path, as the framework deploys it: an OPTIONS method with a mock integration. */
export interface RestCors {
  readonly origins: readonly string[]
  readonly headers: readonly string[]
  readonly methods: readonly string[]
  readonly allowCredentials: boolean
  readonly maxAge?: number
  readonly cacheControl?: string
}

/** `x-amazon-apigateway-cors` of an HTTP API. */
export interface HttpCors {
  readonly allowOrigins: readonly string[]
  readonly allowHeaders: readonly string[]
  readonly allowMethods: readonly string[]
  readonly allowCredentials?: boolean
  readonly exposeHeaders?: readonly string[]
  readonly maxAge?: number
}

export interface ApiDescription {
  readonly kind: ApiKind
  readonly title: string
  readonly version: string
  /** Lines for `info.description`: API keys, usage plans, what could not be expressed. */
  readonly notes: readonly string[]
  readonly stage: string
  readonly region: string
  readonly operations: readonly Operation[]
  /** REST only: CORS by path. */
  readonly cors: ReadonlyMap<string, RestCors>
  readonly httpCors?: HttpCors
  readonly securitySchemes: Readonly<Record<string, SecurityScheme>>
  /** JSON schemas by model name, already in the subset both document versions accept. */
  readonly models: Readonly<Record<string, JsonObject>>
  /** `x-amazon-apigateway-api-key-source` (REST), when API keys are used or configured. */
  readonly apiKeySource?: 'HEADER' | 'AUTHORIZER'
  readonly binaryMediaTypes: readonly string[]
  /** HTTP API integrations: `2.0` unless `provider.httpApi.payload` says `1.0`. */
  readonly payloadFormatVersion: string
}

/** The framework's default CORS headers (REST `cors: true` and HTTP API `cors: true`). */
export const DEFAULT_CORS_HEADERS: readonly string[] = [
  'Content-Type',
  'X-Amz-Date',
  'Authorization',
  'X-Api-Key',
  'X-Amz-Security-Token',
  'X-Amz-User-Agent',
  'X-Amzn-Trace-Id',
]

/** Lambda's invocation URI for API Gateway, given the function's ARN. */
export function invocationUri(region: string, functionArn: string): string {
  return `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/${functionArn}/invocations`
}

export function lambdaArn(region: string, account: string, functionName: string): string {
  return `arn:aws:lambda:${region}:${account}:function:${functionName}`
}
