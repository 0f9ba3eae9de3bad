import type { Severity } from '../model/diagnostics'
import { FRAMEWORK_DEFAULTS } from '../model/defaults'
import type { Plain } from './plain'
import {
  findVariables,
  isVariable,
  parseSource,
  splitTopLevel,
  type VariableSource,
} from './variableSyntax'

export type ConfigPath = readonly (string | number)[]

/** What the resolver may know about the world. Pure: nothing is read from the environment. */
export interface VariableSettings {
  /** `--stage`; else `provider.stage`; else `dev`. */
  readonly stage?: string
  /** `--region`; else `provider.region`; else `us-east-1`. */
  readonly region?: string
  /** `${aws:accountId}`; a placeholder account when not given. */
  readonly accountId?: string
  /** Values for `${env:NAME}`. */
  readonly env?: Readonly<Record<string, string | undefined>>
}

export const PLACEHOLDER_ACCOUNT_ID = '123456789012'

export interface VariableIssue {
  readonly severity: Severity
  readonly code: string
  readonly message: string
  /** Path of the value holding the variable. */
  readonly path: ConfigPath
}

export interface ResolvedConfig {
  /** The configuration with every variable that resolves replaced; the rest kept verbatim. */
  readonly value: Plain
  readonly stage: string
  readonly region: string
  readonly accountId: string
  readonly issues: readonly VariableIssue[]
}

/** Sources that exist but need the network, the disk or a deployment; never read here. */
const OFFLINE_SOURCES = new Set([
  'file',
  'ssm',
  'cf',
  's3',
  'param',
  'git',
  'sls',
  'aws',
  'construct',
])

/** A resolved value may not grow past this; a chain of self-references doubling text stops here. */
const MAX_RESOLVED_LENGTH = 100_000

const NOT_FOUND: unique symbol = Symbol('not found')
/** The walk met a value that is itself an unresolved variable: not missing, just unknown. */
const UNKNOWN: unique symbol = Symbol('unknown')
type Lookup = Plain | typeof NOT_FOUND | typeof UNKNOWN

interface Failure {
  readonly severity: Severity
  readonly code: string
  readonly message: string
}

/**
 * Resolve `${...}` variables for display and simulation. The text is never touched: this works on
 * the plain configuration and returns a new value. Unresolvable variables stay verbatim and come
 * back as issues; self-reference cycles are detected, not followed.
 */
export function resolveVariables(config: Plain, settings: VariableSettings = {}): ResolvedConfig {
  const resolver = new Resolver(config, settings)
  const value = resolver.resolveNode([], config)
  return {
    value,
    stage: resolver.stage(),
    region: resolver.region(),
    accountId: settings.accountId ?? PLACEHOLDER_ACCOUNT_ID,
    issues: resolver.issues,
  }
}

class Resolver {
  readonly issues: VariableIssue[] = []
  private readonly cache = new Map<string, Plain>()
  private readonly inProgress = new Set<string>()
  private readonly reported = new Set<string>()
  private computing: 'stage' | 'region' | null = null
  private stageValue: string | undefined
  private regionValue: string | undefined

  constructor(
    private readonly root: Plain,
    private readonly settings: VariableSettings,
  ) {}

  stage(): string {
    this.stageValue ??=
      this.settings.stage ?? this.fromProvider('stage') ?? FRAMEWORK_DEFAULTS.stage
    return this.stageValue
  }

  region(): string {
    this.regionValue ??=
      this.settings.region ?? this.fromProvider('region') ?? FRAMEWORK_DEFAULTS.region
    return this.regionValue
  }

  /** `provider.stage` / `provider.region`, resolved, unless we are already computing it. */
  private fromProvider(key: 'stage' | 'region'): string | undefined {
    if (this.computing !== null) return undefined
    this.computing = key
    try {
      const value = this.lookup(['provider', key], false)
      if (value === UNKNOWN) return undefined
      return typeof value === 'string' && !findVariables(value).some(isVariable) ? value : undefined
    } catch (error) {
      // `provider.stage: ${sls:stage}` asks for itself; the default applies.
      if (error instanceof CycleError) return undefined
      throw error
    } finally {
      this.computing = null
    }
  }

  resolveNode(path: ConfigPath, raw: Plain): Plain {
    if (raw === null || typeof raw !== 'object') {
      if (typeof raw !== 'string' || !raw.includes('${')) return raw
    }
    const key = pathKey(path)
    const cached = this.cache.get(key)
    if (cached !== undefined) return cached
    if (this.inProgress.has(key)) throw new CycleError(path)
    this.inProgress.add(key)
    try {
      let value: Plain
      if (typeof raw === 'string') value = this.resolveString(raw, path)
      else if (Array.isArray(raw))
        value = raw.map((item, i) => this.resolveNode([...path, i], item))
      else {
        const out: { [key: string]: Plain } = {}
        for (const [k, v] of Object.entries(raw as { [key: string]: Plain })) {
          out[k] = this.resolveNode([...path, k], v)
        }
        value = out
      }
      this.cache.set(key, value)
      return value
    } finally {
      this.inProgress.delete(key)
    }
  }

  /** Resolve every variable in `text`; one variable filling the whole text may yield any value. */
  private resolveString(text: string, path: ConfigPath): Plain {
    const spans = findVariables(text).filter(isVariable)
    if (spans.length === 0) return text
    const only = spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === text.length
    if (only) {
      const value = this.resolveExpression(spans[0]!.content, path)
      return value === NOT_FOUND || value === UNKNOWN ? text : value
    }
    let out = ''
    let at = 0
    for (const span of spans) {
      out += text.slice(at, span.start)
      const verbatim = text.slice(span.start, span.end)
      const value = this.resolveExpression(span.content, path)
      if (value === NOT_FOUND || value === UNKNOWN || value === null) out += verbatim
      else if (typeof value === 'object') {
        this.report(path, {
          severity: 'warning',
          code: 'variable-not-text',
          message: `${verbatim} resolves to a ${Array.isArray(value) ? 'list' : 'map'}, which cannot be part of a text.`,
        })
        out += verbatim
      } else out += String(value)
      at = span.end
      if (out.length > MAX_RESOLVED_LENGTH) {
        this.report(path, {
          severity: 'warning',
          code: 'variable-too-long',
          message: `The value resolves to more than ${MAX_RESOLVED_LENGTH.toLocaleString('en-US')} characters; it is kept as written.`,
        })
        return text
      }
    }
    return out + text.slice(at)
  }

  /** The content of one `${...}`: nested variables first, then each fallback in turn. */
  private resolveExpression(content: string, path: ConfigPath): Lookup {
    let expression = content
    if (expression.includes('${')) {
      const inner = this.resolveString(expression, path)
      if (typeof inner !== 'string' || findVariables(inner).some(isVariable)) return NOT_FOUND
      expression = inner
    }
    const parts = splitTopLevel(expression).map(parseSource)
    let firstFailure: Failure | undefined
    let skippedOffline: string | undefined
    for (const source of parts) {
      const outcome = this.resolveSource(source)
      if (outcome.found) {
        if (skippedOffline) {
          this.report(path, {
            severity: 'info',
            code: 'variable-fallback',
            message: `\${${skippedOffline}} cannot be read here; the fallback is shown instead.`,
          })
        }
        return outcome.value
      }
      firstFailure ??= outcome.failure
      if (source.kind === 'source' && OFFLINE_SOURCES.has(source.name) && outcome.failure) {
        skippedOffline ??= source.text
      }
    }
    // `${opt:stage}` with nothing to fall back on means "the stage we deploy to".
    const first = parts[0]
    if (first?.kind === 'source' && first.name === 'opt') {
      if (first.address === 'stage') return this.stage()
      if (first.address === 'region') return this.region()
    }
    if (firstFailure) this.report(path, firstFailure)
    return NOT_FOUND
  }

  private resolveSource(
    source: VariableSource,
  ): { found: true; value: Plain } | { found: false; failure?: Failure } {
    if (source.kind === 'literal') return { found: true, value: source.value }
    if (source.kind === 'none') return { found: false }
    const found = (value: Plain | undefined) =>
      value === undefined || value === null
        ? ({ found: false } as const)
        : ({ found: true, value } as const)
    const variable = `\${${source.text}}`
    switch (source.name) {
      case 'self': {
        const segments = source.address === '' ? [] : source.address.split('.')
        let value: Lookup
        try {
          value = this.lookup(segments, true)
        } catch (error) {
          if (!(error instanceof CycleError)) throw error
          return {
            found: false,
            failure: {
              severity: 'warning',
              code: 'variable-cycle',
              message: `${variable} refers back to itself through ${dotted(error.path) || 'the whole file'}.`,
            },
          }
        }
        if (value === UNKNOWN) {
          return {
            found: false,
            failure: {
              severity: 'info',
              code: 'variable-unresolved',
              message: `${variable} depends on a value that cannot be resolved here; it is kept as written.`,
            },
          }
        }
        if (value === NOT_FOUND || value === null) {
          return {
            found: false,
            failure: {
              severity: 'warning',
              code: 'variable-not-found',
              message: `${variable}: ${source.address || 'the file'} is not set.`,
            },
          }
        }
        return { found: true, value }
      }
      case 'opt':
        if (source.address === 'stage') return found(this.settings.stage)
        if (source.address === 'region') return found(this.settings.region)
        return {
          found: false,
          failure: {
            severity: 'info',
            code: 'variable-unresolved',
            message: `${variable}: the option --${source.address} is not given.`,
          },
        }
      case 'env': {
        const value = this.settings.env?.[source.address]
        if (value !== undefined) return { found: true, value }
        return {
          found: false,
          failure: {
            severity: 'info',
            code: 'variable-unresolved',
            message: `${variable}: the environment variable ${source.address} is not set here.`,
          },
        }
      }
      case 'sls':
        if (source.address === 'stage') return { found: true, value: this.stage() }
        break
      case 'aws':
        if (source.address === 'region') return { found: true, value: this.region() }
        if (source.address === 'accountId') {
          return { found: true, value: this.settings.accountId ?? PLACEHOLDER_ACCOUNT_ID }
        }
        break
      case 'strToBool': {
        const argument = source.argument?.trim()
        if (argument === 'true' || argument === 'false')
          return { found: true, value: argument === 'true' }
        break
      }
    }
    if (OFFLINE_SOURCES.has(source.name)) {
      return {
        found: false,
        failure: {
          severity: 'info',
          code: 'variable-unresolved',
          message: `${variable} cannot be resolved here (it needs the ${source.name} source); it is kept as written.`,
        },
      }
    }
    return {
      found: false,
      failure: {
        severity: 'warning',
        code: 'variable-unknown-source',
        message: `${variable} uses an unknown variable source '${source.name}'.`,
      },
    }
  }

  /**
   * The resolved value at `segments` of the configuration, resolving on the way only what the
   * walk passes through (resolving whole parents would make false cycles).
   */
  private lookup(segments: readonly string[], withDefaults: boolean): Lookup {
    const path: (string | number)[] = []
    let current: Plain = this.root
    let resolved = false
    for (const segment of segments) {
      if (!resolved && typeof current === 'string' && current.includes('${')) {
        current = this.resolveNode(path, current)
        resolved = true
        if (typeof current === 'string' && findVariables(current).some(isVariable)) return UNKNOWN
      }
      const next = child(current, segment)
      if (next === NOT_FOUND) {
        if (withDefaults && segments.length === 2 && segments[0] === 'provider') {
          if (segments[1] === 'stage') return this.stage()
          if (segments[1] === 'region') return this.region()
        }
        return NOT_FOUND
      }
      path.push(Array.isArray(current) ? Number(segment) : segment)
      current = next
    }
    return resolved ? current : this.resolveNode(path, current)
  }

  private report(path: ConfigPath, failure: Failure): void {
    const key = `${pathKey(path)}\u0001${failure.message}`
    if (this.reported.has(key)) return
    this.reported.add(key)
    this.issues.push({ ...failure, path })
  }
}

class CycleError extends Error {
  constructor(readonly path: ConfigPath) {
    super('variable cycle')
  }
}

function child(value: Plain, segment: string): Plain | typeof NOT_FOUND {
  if (Array.isArray(value)) {
    if (!/^\d+$/.test(segment)) return NOT_FOUND
    const item = value[Number(segment)]
    return item === undefined ? NOT_FOUND : item
  }
  if (value !== null && typeof value === 'object' && Object.hasOwn(value, segment)) {
    return value[segment] ?? null
  }
  return NOT_FOUND
}

function pathKey(path: ConfigPath): string {
  return path.join('\u0000')
}

function dotted(path: ConfigPath): string {
  return path.join('.')
}
