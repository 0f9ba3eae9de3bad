import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Plain } from './plain'
import { containsVariable, findVariables } from './variableSyntax'
import { resolveVariables, type VariableSettings } from './variables'

const resolve = (config: Plain, settings?: VariableSettings) => resolveVariables(config, settings)
const valueOf = (config: Plain, settings?: VariableSettings) => resolve(config, settings).value

describe('resolveVariables', () => {
  it('resolves self, opt, sls, env and aws sources', () => {
    const config = {
      service: 'shop',
      provider: { name: 'aws' },
      custom: {
        table: '${self:service}-${sls:stage}',
        stage: "${opt:stage, 'dev'}",
        region: '${aws:region}',
        account: '${aws:accountId}',
        secret: "${env:SECRET, 'none'}",
        fromProvider: '${self:provider.stage}',
      },
    }
    expect(valueOf(config)).toMatchObject({
      custom: {
        table: 'shop-dev',
        stage: 'dev',
        region: 'us-east-1',
        account: '123456789012',
        secret: 'none',
        fromProvider: 'dev',
      },
    })
    const settings = { stage: 'prod', region: 'eu-west-1', env: { SECRET: 's3cret' } }
    expect(valueOf(config, settings)).toMatchObject({
      custom: { table: 'shop-prod', stage: 'prod', region: 'eu-west-1', secret: 's3cret' },
    })
  })

  it('reads ${opt:stage} without a fallback as the stage deployed to', () => {
    expect(valueOf({ a: '${opt:stage}', b: '${opt:region}' })).toEqual({ a: 'dev', b: 'us-east-1' })
    expect(valueOf({ a: '${opt:stage}' }, { stage: 'qa' })).toEqual({ a: 'qa' })
  })

  it('takes the stage from provider.stage when no option is given', () => {
    const result = resolve({ provider: { stage: "${opt:stage, 'qa'}" }, x: '${sls:stage}' })
    expect(result.stage).toBe('qa')
    expect(result.value).toMatchObject({ x: 'qa' })
    expect(resolve({ provider: { stage: '${sls:stage}' } }).stage).toBe('dev')
  })

  it('resolves nested variables and fallbacks in order', () => {
    const config = {
      custom: {
        tables: { dev: 'users-dev', prod: 'users-prod' },
        current: '${self:custom.tables.${sls:stage}}',
        chain: "${env:NOPE, self:custom.missing, 'last'}",
        number: '${self:custom.nothing, 512}',
        quotedComma: "${env:NOPE, 'a, b'}",
      },
    }
    expect(valueOf(config)).toMatchObject({
      custom: { current: 'users-dev', chain: 'last', number: 512, quotedComma: 'a, b' },
    })
    expect(valueOf(config, { stage: 'prod' })).toMatchObject({ custom: { current: 'users-prod' } })
  })

  it('keeps non-text values when one variable is the whole value', () => {
    const config = {
      custom: { memory: 2048, list: [1, 2] },
      a: '${self:custom.memory}',
      b: '${self:custom.list}',
    }
    expect(valueOf(config)).toMatchObject({ a: 2048, b: [1, 2] })
  })

  it('keeps unresolvable variables verbatim with an issue at their path', () => {
    const result = resolve({
      custom: {
        file: '${file(./config.yml):table}',
        ssm: 'prefix-${ssm:/app/key}',
        unknown: '${vault:secret}',
        env: '${env:HOME}',
        missing: '${self:custom.nope}',
      },
    })
    expect(result.value).toMatchObject({
      custom: {
        file: '${file(./config.yml):table}',
        ssm: 'prefix-${ssm:/app/key}',
        unknown: '${vault:secret}',
        env: '${env:HOME}',
        missing: '${self:custom.nope}',
      },
    })
    expect(result.issues.map((i) => `${i.severity} ${i.code} ${i.path.join('.')}`)).toEqual([
      'info variable-unresolved custom.file',
      'info variable-unresolved custom.ssm',
      'warning variable-unknown-source custom.unknown',
      'info variable-unresolved custom.env',
      'warning variable-not-found custom.missing',
    ])
  })

  it('says when an offline source was skipped for its fallback', () => {
    const result = resolve({ a: "${ssm:/x, 'fallback'}" })
    expect(result.value).toEqual({ a: 'fallback' })
    expect(result.issues[0]?.message).toBe(
      '${ssm:/x} cannot be read here; the fallback is shown instead.',
    )
  })

  it('detects cycles instead of looping', () => {
    const result = resolve({ custom: { a: '${self:custom.b}', b: 'x-${self:custom.a}' } })
    // b stays as written; a takes b's (unresolved) value: both still hold a variable.
    expect(result.value).toEqual({ custom: { a: 'x-${self:custom.a}', b: 'x-${self:custom.a}' } })
    expect(result.issues.map((i) => i.code)).toContain('variable-cycle')
    expect(resolve({ custom: { self: '${self:custom}' } }).issues[0]?.code).toBe('variable-cycle')
    expect(resolve({ all: '${self:}' }).issues[0]?.code).toBe('variable-cycle')
  })

  it('stops a chain of self-references that doubles the text', () => {
    const config: Record<string, string> = { v0: 'xxxxxxxxxxxxxxxx' }
    for (let i = 1; i <= 40; i++) config[`v${i}`] = `\${self:v${i - 1}}\${self:v${i - 1}}`
    const result = resolve(config)
    expect(result.issues.some((i) => i.code === 'variable-too-long')).toBe(true)
  })

  it('leaves CloudFormation substitutions alone', () => {
    const config = {
      a: '${AWS::Region}:${Table.Arn}/index/*',
      b: 'arn:${AWS::Partition}:s3:::${self:custom.b}',
      custom: { b: 'bkt' },
    }
    const result = resolve(config)
    expect(result.value).toMatchObject({
      a: '${AWS::Region}:${Table.Arn}/index/*',
      b: 'arn:${AWS::Partition}:s3:::bkt',
    })
    expect(result.issues).toEqual([])
  })

  it('never changes text without variables, and never throws', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = resolve({ a: text, b: [text], c: { d: text } })
        if (!text.includes('${'))
          expect(result.value).toEqual({ a: text, b: [text], c: { d: text } })
      }),
    )
    const piece = fc.constantFrom(
      '${',
      '}',
      'self:',
      'a',
      '.',
      ',',
      "'",
      'opt:stage',
      'env:X',
      'sls:stage',
      '${self:a}',
    )
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        (text) => {
          resolve({ a: text, b: `${text}-${text}` })
        },
      ),
    )
  })

  it('uses a literal fallback when the source is missing', () => {
    const literal = fc.string().filter((s) => !/['"${},\\]/.test(s) && s.trim() === s)
    fc.assert(
      fc.property(literal, (text) => {
        expect(valueOf({ a: `\${env:UNSET, '${text}'}` })).toEqual({ a: text })
      }),
    )
  })
})

describe('variable syntax', () => {
  it('finds top-level spans with nesting', () => {
    expect(findVariables('a-${self:x.${sls:stage}}-b-${opt:y}').map((s) => s.content)).toEqual([
      'self:x.${sls:stage}',
      'opt:y',
    ])
    expect(containsVariable('arn:${AWS::Region}:${Thing.Arn}')).toBe(false)
    expect(containsVariable('x-${ssm:/a}')).toBe(true)
  })
})
