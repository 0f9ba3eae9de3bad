import {
  invocationUri,
  type ApiDescription,
  type Integration,
  type JsonObject,
  type RestCors,
  type SecurityScheme,
} from './model'

/** `x-amazon-apigateway-integration` of an operation. */
export function integrationExtension(api: ApiDescription, integration: Integration): JsonObject {
  switch (integration.type) {
    case 'aws_proxy':
      return {
        type: 'aws_proxy',
        httpMethod: 'POST',
        uri: invocationUri(api.region, integration.functionArn),
        ...(api.kind === 'http'
          ? { payloadFormatVersion: api.payloadFormatVersion, connectionType: 'INTERNET' }
          : { passthroughBehavior: 'when_no_match' }),
      }
    case 'aws':
      return {
        type: 'aws',
        httpMethod: 'POST',
        uri: invocationUri(api.region, integration.functionArn),
        passthroughBehavior: 'when_no_match',
        responses: { default: { statusCode: '200' } },
      }
    case 'http':
    case 'http_proxy':
      return {
        type: integration.type,
        httpMethod: integration.httpMethod,
        uri: integration.uri,
        passthroughBehavior: 'when_no_match',
        ...(integration.type === 'http' && { responses: { default: { statusCode: '200' } } }),
      }
    case 'mock':
      return mockIntegration({})
  }
}

function mockIntegration(responseParameters: JsonObject): JsonObject {
  return {
    type: 'mock',
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
    passthroughBehavior: 'when_no_match',
    responses: {
      default: {
        statusCode: '200',
        ...(Object.keys(responseParameters).length > 0 && { responseParameters }),
      },
    },
  }
}

/** The headers the framework's CORS preflight answers with, and their values. */
export function corsHeaders(cors: RestCors): Record<string, string> {
  const headers: Record<string, string> = {
    // A preflight names one origin; the framework answers `*` or the first one listed.
    'Access-Control-Allow-Origin': cors.origins.includes('*') ? '*' : cors.origins[0]!,
    'Access-Control-Allow-Headers': cors.headers.join(','),
    'Access-Control-Allow-Methods': cors.methods.join(','),
  }
  if (cors.allowCredentials) headers['Access-Control-Allow-Credentials'] = 'true'
  if (cors.maxAge !== undefined) headers['Access-Control-Max-Age'] = String(cors.maxAge)
  if (cors.cacheControl !== undefined) headers['Cache-Control'] = cors.cacheControl
  return headers
}

/** The OPTIONS preflight's mock integration, answering with the CORS headers. */
export function corsIntegration(cors: RestCors): JsonObject {
  const parameters: JsonObject = {}
  for (const [name, value] of Object.entries(corsHeaders(cors))) {
    parameters[`method.response.header.${name}`] = `'${value}'`
  }
  return mockIntegration(parameters)
}

/**
 * A security scheme's definition, the same in both versions except JWT, which OpenAPI 3
 * writes as `oauth2` (as API Gateway exports it) and Swagger 2.0 as an `apiKey` header.
 */
export function securitySchemeObject(
  scheme: SecurityScheme,
  version: 'swagger' | 'openapi',
  region: string,
): JsonObject {
  const header = (name: string): JsonObject => ({ type: 'apiKey', name, in: 'header' })
  switch (scheme.kind) {
    case 'apiKey':
      return header('x-api-key')
    case 'iam':
      return { ...header('Authorization'), 'x-amazon-apigateway-authtype': 'awsSigv4' }
    case 'lambda':
      return {
        ...header(identityHeader(scheme.identitySource)),
        'x-amazon-apigateway-authtype': 'custom',
        'x-amazon-apigateway-authorizer': {
          type: scheme.type,
          authorizerUri: invocationUri(region, scheme.functionArn),
          authorizerResultTtlInSeconds: scheme.resultTtlInSeconds,
          ...(scheme.type === 'request' || scheme.payloadFormatVersion !== undefined
            ? { identitySource: scheme.identitySource }
            : {}),
          ...(scheme.identityValidationExpression !== undefined && {
            identityValidationExpression: scheme.identityValidationExpression,
          }),
          ...(scheme.payloadFormatVersion !== undefined && {
            authorizerPayloadFormatVersion: scheme.payloadFormatVersion,
          }),
          ...(scheme.enableSimpleResponses !== undefined && {
            enableSimpleResponses: scheme.enableSimpleResponses,
          }),
        },
      }
    case 'cognito':
      return {
        ...header(identityHeader(scheme.identitySource)),
        'x-amazon-apigateway-authtype': 'cognito_user_pools',
        'x-amazon-apigateway-authorizer': {
          type: 'cognito_user_pools',
          providerARNs: [...scheme.providerArns],
        },
      }
    case 'jwt': {
      const authorizer: JsonObject = {
        type: 'jwt',
        identitySource: scheme.identitySource,
        jwtConfiguration: { issuer: scheme.issuer, audience: [...scheme.audience] },
      }
      return version === 'openapi'
        ? { type: 'oauth2', flows: {}, 'x-amazon-apigateway-authorizer': authorizer }
        : {
            ...header(identityHeader(scheme.identitySource)),
            'x-amazon-apigateway-authorizer': authorizer,
          }
    }
  }
}

/** `method.request.header.Auth` or `$request.header.Auth` → `Auth`; else `Authorization`. */
function identityHeader(source: string): string {
  const match = /^(?:method\.request|\$request)\.header\.([^,\s]+)/.exec(source)
  return match ? match[1]! : 'Authorization'
}

/** Document-level extensions shared by both versions. */
export function rootExtensions(api: ApiDescription): JsonObject {
  const out: JsonObject = {}
  if (api.apiKeySource) out['x-amazon-apigateway-api-key-source'] = api.apiKeySource
  if (api.binaryMediaTypes.length > 0)
    out['x-amazon-apigateway-binary-media-types'] = [...api.binaryMediaTypes]
  if (api.operations.some((o) => o.validate)) {
    out['x-amazon-apigateway-request-validators'] = {
      'body-and-params': { validateRequestBody: true, validateRequestParameters: true },
    }
  }
  if (api.httpCors) {
    const c = api.httpCors
    out['x-amazon-apigateway-cors'] = {
      allowOrigins: [...c.allowOrigins],
      allowHeaders: [...c.allowHeaders],
      allowMethods: [...c.allowMethods],
      ...(c.allowCredentials !== undefined && { allowCredentials: c.allowCredentials }),
      ...(c.exposeHeaders !== undefined && { exposeHeaders: [...c.exposeHeaders] }),
      ...(c.maxAge !== undefined && { maxAge: c.maxAge }),
    }
  }
  if (api.kind === 'http') out['x-amazon-apigateway-importexport-version'] = '1.0'
  return out
}

/** Path-item keys in the order API Gateway exports them; `ANY` is its own extension. */
export function methodKey(method: string): string {
  return method === 'ANY' ? 'x-amazon-apigateway-any-method' : method.toLowerCase()
}

export function description(api: ApiDescription): string | undefined {
  return api.notes.length > 0 ? api.notes.join('\n') : undefined
}
