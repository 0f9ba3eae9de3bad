import { describe, expect, it } from 'vitest'
import { exportApiText, type ApiExportOptions, type SpecVersion } from '.'

/** The document exported from a small service whose functions are given as YAML. */
function exported(
  functions: string,
  spec: SpecVersion = 'swagger',
  options: ApiExportOptions = {},
  provider = '',
) {
  const text = `service: shop\nprovider:\n  name: aws\n  region: eu-west-1\n${provider}functions:\n${functions}`
  const out = exportApiText(text, spec, 'json', options)
  if (!out.ok) throw new Error(out.error)
  return out.document
}

const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], value)

describe('paths and methods', () => {
  const fns = `  get:
    handler: h.get
    events:
      - http: GET users/{id}/
      - http: ANY /{proxy+}
`
  it('declares path parameters, the greedy proxy+ and ANY as its extension', () => {
    const doc = exported(fns)
    expect(Object.keys(doc['paths'] as object)).toEqual(['/users/{id}', '/{proxy+}'])
    expect(at(doc, 'paths', '/users/{id}', 'get', 'parameters')).toEqual([
      { name: 'id', in: 'path', required: true, type: 'string' },
    ])
    const any = at(doc, 'paths', '/{proxy+}', 'x-amazon-apigateway-any-method')
    expect(at(any, 'parameters')).toMatchInlineSnapshot(`
      [
        {
          "in": "path",
          "name": "proxy+",
          "required": true,
          "type": "string",
        },
      ]
    `)
    const openapi = exported(fns, 'openapi')
    expect(
      at(openapi, 'paths', '/{proxy+}', 'x-amazon-apigateway-any-method', 'parameters'),
    ).toEqual([{ name: 'proxy', in: 'path', required: true, schema: { type: 'string' } }])
  })

  it('integrates the deployed function with aws_proxy in the chosen region and account', () => {
    const doc = exported(fns, 'swagger', { region: 'us-west-2', account: '111122223333' })
    expect(at(doc, 'paths', '/users/{id}', 'get', 'x-amazon-apigateway-integration'))
      .toMatchInlineSnapshot(`
      {
        "httpMethod": "POST",
        "passthroughBehavior": "when_no_match",
        "type": "aws_proxy",
        "uri": "arn:aws:apigateway:us-west-2:lambda:path/2015-03-31/functions/arn:aws:lambda:us-west-2:111122223333:function:shop-dev-get/invocations",
      }
    `)
    expect(at(doc, 'paths', '/users/{id}', 'get', 'responses')).toEqual({
      '200': { description: '200 response' },
    })
  })

  it('defaults to the design region and the placeholder account', () => {
    const uri = at(
      exported(fns),
      'paths',
      '/users/{id}',
      'get',
      'x-amazon-apigateway-integration',
      'uri',
    )
    expect(uri).toContain(':eu-west-1:123456789012:function:shop-dev-get/')
  })
})

describe('CORS', () => {
  it('answers a REST preflight with an OPTIONS mock integration and the CORS headers', () => {
    const doc = exported(`  list:
    handler: h.list
    events:
      - http: { method: get, path: items, cors: true }
      - http:
          method: post
          path: items
          cors: { origin: 'https://shop.example', headers: [Content-Type], allowCredentials: true }
`)
    const options = at(doc, 'paths', '/items', 'options')
    expect(Object.keys(at(options, 'responses', '200', 'headers') as object)).toEqual([
      'Access-Control-Allow-Origin',
      'Access-Control-Allow-Headers',
      'Access-Control-Allow-Methods',
      'Access-Control-Allow-Credentials',
    ])
    expect(at(options, 'x-amazon-apigateway-integration')).toMatchInlineSnapshot(`
      {
        "passthroughBehavior": "when_no_match",
        "requestTemplates": {
          "application/json": "{"statusCode": 200}",
        },
        "responses": {
          "default": {
            "responseParameters": {
              "method.response.header.Access-Control-Allow-Credentials": "'true'",
              "method.response.header.Access-Control-Allow-Headers": "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token,X-Amz-User-Agent,X-Amzn-Trace-Id'",
              "method.response.header.Access-Control-Allow-Methods": "'GET,POST,OPTIONS'",
              "method.response.header.Access-Control-Allow-Origin": "'*'",
            },
            "statusCode": "200",
          },
        },
        "type": "mock",
      }
    `)
  })

  it('sets x-amazon-apigateway-cors on an HTTP API from provider.httpApi.cors', () => {
    const doc = exported(
      `  a:\n    handler: h.a\n    events:\n      - httpApi: PUT /a\n`,
      'openapi',
      {},
      '  httpApi:\n    cors:\n      allowedOrigins: [https://a.example]\n      maxAge: 60\n',
    )
    expect(doc['x-amazon-apigateway-cors']).toMatchInlineSnapshot(`
      {
        "allowHeaders": [
          "Content-Type",
          "X-Amz-Date",
          "Authorization",
          "X-Api-Key",
          "X-Amz-Security-Token",
          "X-Amz-User-Agent",
          "X-Amzn-Trace-Id",
        ],
        "allowMethods": [
          "OPTIONS",
          "PUT",
        ],
        "allowOrigins": [
          "https://a.example",
        ],
        "maxAge": 60,
      }
    `)
    expect(
      at(doc, 'paths', '/a', 'put', 'x-amazon-apigateway-integration', 'payloadFormatVersion'),
    ).toBe('2.0')
  })
})

describe('authorizers and API keys', () => {
  it('a Lambda token authorizer of the service', () => {
    const doc = exported(`  auth:\n    handler: h.auth\n  a:\n    handler: h.a\n    events:
      - http: { method: get, path: a, authorizer: { name: auth, resultTtlInSeconds: 0 } }\n`)
    expect(at(doc, 'paths', '/a', 'get', 'security')).toEqual([{ auth: [] }])
    expect(at(doc, 'securityDefinitions', 'auth')).toMatchInlineSnapshot(`
      {
        "in": "header",
        "name": "Authorization",
        "type": "apiKey",
        "x-amazon-apigateway-authorizer": {
          "authorizerResultTtlInSeconds": 0,
          "authorizerUri": "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:shop-dev-auth/invocations",
          "type": "token",
        },
        "x-amazon-apigateway-authtype": "custom",
      }
    `)
  })

  it('a Lambda request authorizer by ARN', () => {
    const doc = exported(`  a:\n    handler: h.a\n    events:
      - http:
          method: get
          path: a
          authorizer:
            arn: arn:aws:lambda:eu-west-1:1:function:check
            type: request
            identitySource: method.request.header.X-Token
`)
    expect(at(doc, 'securityDefinitions', 'check', 'name')).toBe('X-Token')
    expect(at(doc, 'securityDefinitions', 'check', 'x-amazon-apigateway-authorizer')).toMatchObject(
      {
        type: 'request',
        identitySource: 'method.request.header.X-Token',
      },
    )
  })

  it('a Cognito user pool authorizer with scopes', () => {
    const doc = exported(
      `  a:\n    handler: h.a\n    events:
      - http:
          method: get
          path: a
          authorizer:
            name: pool
            arn: arn:aws:cognito-idp:eu-west-1:1:userpool/eu-west-1_abc
            scopes: [email]
`,
      'openapi',
    )
    expect(at(doc, 'paths', '/a', 'get', 'security')).toEqual([{ pool: ['email'] }])
    expect(at(doc, 'components', 'securitySchemes', 'pool')).toMatchInlineSnapshot(`
      {
        "in": "header",
        "name": "Authorization",
        "type": "apiKey",
        "x-amazon-apigateway-authorizer": {
          "providerARNs": [
            "arn:aws:cognito-idp:eu-west-1:1:userpool/eu-west-1_abc",
          ],
          "type": "cognito_user_pools",
        },
        "x-amazon-apigateway-authtype": "cognito_user_pools",
      }
    `)
  })

  it('a JWT authorizer of the HTTP API', () => {
    const doc = exported(
      `  a:\n    handler: h.a\n    events:\n      - httpApi: { method: get, path: /a, authorizer: { name: jwt, scopes: [read] } }\n`,
      'openapi',
      {},
      `  httpApi:\n    authorizers:\n      jwt:\n        issuerUrl: https://id.example\n        audience: [app]\n        identitySource: $request.header.Authorization\n`,
    )
    expect(at(doc, 'paths', '/a', 'get', 'security')).toEqual([{ jwt: ['read'] }])
    expect(at(doc, 'components', 'securitySchemes', 'jwt')).toMatchInlineSnapshot(`
      {
        "flows": {},
        "type": "oauth2",
        "x-amazon-apigateway-authorizer": {
          "identitySource": "$request.header.Authorization",
          "jwtConfiguration": {
            "audience": [
              "app",
            ],
            "issuer": "https://id.example",
          },
          "type": "jwt",
        },
      }
    `)
  })

  it('private: true asks for an API key from the header; keys and usage plans are listed', () => {
    const doc = exported(
      `  a:\n    handler: h.a\n    events:\n      - http: { method: get, path: a, private: true }\n`,
      'swagger',
      {},
      `  apiGateway:\n    apiKeys: [{ name: partner, value: secret-value }]\n    usagePlan:\n      quota: { limit: 5000, period: MONTH }\n      throttle: { rateLimit: 10, burstLimit: 20 }\n`,
    )
    expect(at(doc, 'paths', '/a', 'get', 'security')).toEqual([{ api_key: [] }])
    expect(at(doc, 'securityDefinitions', 'api_key')).toEqual({
      type: 'apiKey',
      name: 'x-api-key',
      in: 'header',
    })
    expect(doc['x-amazon-apigateway-api-key-source']).toBe('HEADER')
    expect(at(doc, 'info', 'description')).toMatchInlineSnapshot(`
      "API keys: partner.
      Usage plan: quota 5000 requests a month, throttle 10 requests a second, burst 20."
    `)
    expect(JSON.stringify(doc)).not.toContain('secret-value')
  })
})

describe('request parameters and schemas', () => {
  const fns = `  a:\n    handler: h.a\n    events:
      - http:
          method: post
          path: orders/{id}
          request:
            parameters:
              querystrings: { dryRun: false }
              headers: { X-Trace: { required: true } }
            schemas:
              application/json:
                name: Order
                schema:
                  $schema: http://json-schema.org/draft-04/schema#
                  type: object
                  required: [sku]
                  properties: { sku: { type: string } }
`
  it('Swagger 2.0: parameters, a body model in definitions and a request validator', () => {
    const op = at(exported(fns), 'paths', '/orders/{id}', 'post')
    expect(at(op, 'parameters')).toMatchInlineSnapshot(`
      [
        {
          "in": "path",
          "name": "id",
          "required": true,
          "type": "string",
        },
        {
          "in": "query",
          "name": "dryRun",
          "required": false,
          "type": "string",
        },
        {
          "in": "header",
          "name": "X-Trace",
          "required": true,
          "type": "string",
        },
        {
          "in": "body",
          "name": "Order",
          "required": true,
          "schema": {
            "$ref": "#/definitions/Order",
          },
        },
      ]
    `)
    expect(at(op, 'x-amazon-apigateway-request-validator')).toBe('body-and-params')
  })

  it('OpenAPI 3.0: a request body and the model without $schema', () => {
    const doc = exported(fns, 'openapi')
    expect(at(doc, 'paths', '/orders/{id}', 'post', 'requestBody')).toEqual({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } },
      required: true,
    })
    expect(at(doc, 'components', 'schemas', 'Order')).toEqual({
      type: 'object',
      required: ['sku'],
      properties: { sku: { type: 'string' } },
    })
  })
})

describe('which API', () => {
  it('takes the HTTP API when the design has no http events, and YAML output parses back', () => {
    const text =
      'service: s\nfunctions:\n  a:\n    handler: a.h\n    events:\n      - httpApi: "*"\n'
    const out = exportApiText(text, 'openapi', 'yaml')
    expect(out.ok && out.text).toContain('/$default:\n    x-amazon-apigateway-any-method:')
  })
})
