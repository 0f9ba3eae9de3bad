import type { Plain, PlainMap } from '../serverless'
import { lambdaArn, type SecurityScheme, type SecurityUse } from './model'
import { bool, mapAt, num, safeName, text, texts } from './plainValues'

/** What authorizers need to know of the service. */
export interface AuthorizerContext {
  readonly region: string
  readonly account: string
  /** Deployed name of a function of the service, by key. */
  readonly functionName: (key: string) => string | undefined
  readonly schemes: Record<string, SecurityScheme>
  readonly notes: string[]
}

const REST_IDENTITY = 'method.request.header.Authorization'
const HTTP_IDENTITY = '$request.header.Authorization'

/**
 * A REST `http` event's `authorizer`: a function of the service, a Lambda or Cognito ARN,
 * `aws_iam`, or a map with `name`/`arn`/`type`. Registers the scheme; returns its use.
 */
export function restAuthorizer(ctx: AuthorizerContext, value: Plain): SecurityUse | undefined {
  if (value === undefined || value === null) return undefined
  const settings: PlainMap =
    typeof value === 'string' ? (value.startsWith('arn:') ? { arn: value } : { name: value }) : {}
  const map = typeof value === 'string' ? settings : mapAt(value)
  if (!map) return undefined
  const type = text(map['type'])?.toLowerCase()
  const scopes = texts(map['scopes'])
  if (value === 'aws_iam' || type === 'aws_iam') return register(ctx, 'sigv4', { kind: 'iam' })
  const arn = text(map['arn'])
  const name = text(map['name'])
  const identitySource = text(map['identitySource']) ?? REST_IDENTITY
  if (type === 'cognito_user_pools' || arn?.includes(':cognito-idp:')) {
    if (!arn) {
      ctx.notes.push(
        `The Cognito authorizer ${name ?? '(shared, by authorizerId)'} names no user pool ARN; it is left out.`,
      )
      return undefined
    }
    const scheme = safeName(name ?? arn.split('/').pop() ?? 'cognito', 'cognito')
    return register(
      ctx,
      scheme,
      { kind: 'cognito', providerArns: [arn], identitySource: identitySource.split(',')[0]! },
      scopes,
    )
  }
  const functionArn = arn ?? (name !== undefined ? functionArnOf(ctx, name) : undefined)
  if (!functionArn) {
    ctx.notes.push('An authorizer set by authorizerId or an unresolved ARN is left out.')
    return undefined
  }
  const expression = text(map['identityValidationExpression'])
  return register(ctx, safeName(name ?? functionArn.split(':').pop() ?? '', 'authorizer'), {
    kind: 'lambda',
    type: type === 'request' ? 'request' : 'token',
    functionArn,
    identitySource,
    resultTtlInSeconds: num(map['resultTtlInSeconds']) ?? 300,
    ...(expression !== undefined && { identityValidationExpression: expression }),
  })
}

/**
 * An `httpApi` event's `authorizer`: `{ name }` of `provider.httpApi.authorizers` (JWT or
 * Lambda request), or `{ type: aws_iam }`.
 */
export function httpAuthorizer(
  ctx: AuthorizerContext,
  value: Plain,
  declared: PlainMap | undefined,
): SecurityUse | undefined {
  const map = typeof value === 'string' ? { name: value } : mapAt(value)
  if (!map) return undefined
  if (text(map['type'])?.toLowerCase() === 'aws_iam') return register(ctx, 'sigv4', { kind: 'iam' })
  const name = text(map['name'])
  const settings = name !== undefined ? mapAt(declared, name) : undefined
  if (!name || !settings) {
    ctx.notes.push(
      `An HTTP API authorizer ${name ?? 'set by id'} is not declared in provider.httpApi.authorizers; it is left out.`,
    )
    return undefined
  }
  const scheme = safeName(name, 'authorizer')
  const identitySource = texts(settings['identitySource'])
  const scopes = texts(map['scopes'])
  if (text(settings['type'])?.toLowerCase() === 'request') {
    const fn = text(settings['functionName'])
    const functionArn =
      text(settings['functionArn']) ?? (fn !== undefined ? functionArnOf(ctx, fn) : undefined)
    if (!functionArn) {
      ctx.notes.push(`The HTTP API authorizer ${name} names no function; it is left out.`)
      return undefined
    }
    const payload = text(settings['payloadVersion']) ?? '2.0'
    return register(ctx, scheme, {
      kind: 'lambda',
      type: 'request',
      functionArn,
      identitySource: identitySource.join(',') || HTTP_IDENTITY,
      resultTtlInSeconds: num(settings['resultTtlInSeconds']) ?? 300,
      payloadFormatVersion: payload,
      ...(payload === '2.0' && {
        enableSimpleResponses: bool(settings['enableSimpleResponses']) ?? false,
      }),
    })
  }
  const issuer = text(settings['issuerUrl'])
  if (!issuer) {
    ctx.notes.push(`The JWT authorizer ${name} has no issuerUrl; it is left out.`)
    return undefined
  }
  return register(
    ctx,
    scheme,
    {
      kind: 'jwt',
      issuer,
      audience: texts(settings['audience']),
      identitySource: identitySource[0] ?? HTTP_IDENTITY,
    },
    scopes,
  )
}

function functionArnOf(ctx: AuthorizerContext, key: string): string {
  return lambdaArn(ctx.region, ctx.account, ctx.functionName(key) ?? key)
}

function register(
  ctx: AuthorizerContext,
  name: string,
  scheme: SecurityScheme,
  scopes: readonly string[] = [],
): SecurityUse {
  ctx.schemes[name] ??= scheme
  return { scheme: name, scopes }
}
