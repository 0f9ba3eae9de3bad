import type { Diagnostic, Severity } from '../model/diagnostics'
import type { ApiRoute, Edge, Resource, ResourceId, ResourceKind } from '../model/types'
import { asBoolean, asNumber, asText, describe, type PlainMap } from './coerce'
import type { Plain } from './plain'
import { nameMatches } from './references'
import type { YamlPath } from './sourceMap'

/** Where a resource is declared, for `ParseResult.ranges`. */
export interface Declaration {
  readonly path: YamlPath
  /** `entry`: a map entry (key and value); `value`: the node itself (an event item). */
  readonly form: 'entry' | 'value'
}

type Group = 'functions' | 'resources' | 'discovered'

/**
 * The resources found so far, in the order the model lists them (functions, then resources, then
 * event-only and implicit ones), with indexes by logical id and by physical name.
 */
export class ResourceRegistry {
  private readonly groups: Record<Group, Map<ResourceId, Resource>> = {
    functions: new Map(),
    resources: new Map(),
    discovered: new Map(),
  }
  private readonly groupOf = new Map<ResourceId, Group>()
  private readonly logical = new Map<string, ResourceId>()
  private readonly physical = new Map<string, Map<string, ResourceId>>()
  readonly declarations = new Map<ResourceId, Declaration>()
  readonly routes = new Map<ResourceId, ApiRoute[]>()

  add(group: Group, resource: Resource, declaration: Declaration): void {
    if (this.groupOf.has(resource.id)) return
    this.groups[group].set(resource.id, resource)
    this.groupOf.set(resource.id, group)
    this.declarations.set(resource.id, declaration)
    if (group === 'resources') this.logical.set(resource.name, resource.id)
  }

  get(id: ResourceId): Resource | undefined {
    const group = this.groupOf.get(id)
    return group && this.groups[group].get(id)
  }

  has(id: ResourceId): boolean {
    return this.groupOf.has(id)
  }

  replace(resource: Resource): void {
    const group = this.groupOf.get(resource.id)
    if (group) this.groups[group].set(resource.id, resource)
  }

  /** Another logical id for a node, e.g. the `S3Bucket<Name>` the framework gives an event bucket. */
  aliasLogicalId(logicalId: string, id: ResourceId): void {
    if (!this.logical.has(logicalId)) this.logical.set(logicalId, id)
  }

  byLogicalId(logicalId: string): ResourceId | undefined {
    return this.logical.get(logicalId)
  }

  /** Record the physical name of a node (table name, bucket name, stream name...). */
  setPhysicalName(kind: ResourceKind | 'kinesis', name: string, id: ResourceId): void {
    let names = this.physical.get(kind)
    if (!names) this.physical.set(kind, (names = new Map()))
    if (!names.has(name)) names.set(name, id)
  }

  /** The nodes of `kind` whose physical name matches `pattern` (wildcards allowed). */
  byPhysicalName(kind: ResourceKind | 'kinesis', pattern: string): ResourceId[] {
    const names = this.physical.get(kind)
    if (!names) return []
    if (!pattern.includes('*')) {
      const id = names.get(pattern)
      return id ? [id] : []
    }
    return [...names].filter(([name]) => nameMatches(pattern, name)).map(([, id]) => id)
  }

  addRoute(apiId: ResourceId, route: ApiRoute): void {
    const routes = this.routes.get(apiId)
    if (routes) routes.push(route)
    else this.routes.set(apiId, [route])
  }

  list(): Resource[] {
    const all = [
      ...this.groups.functions.values(),
      ...this.groups.resources.values(),
      ...this.groups.discovered.values(),
    ]
    return all.map((r) =>
      r.kind === 'restApi' || r.kind === 'httpApi' || r.kind === 'websocketApi'
        ? { ...r, routes: this.routes.get(r.id) ?? [] }
        : r,
    )
  }
}

/** Everything the parse steps share: the resolved configuration, what was found, what went wrong. */
export class ParseContext {
  readonly registry = new ResourceRegistry()
  readonly edges: Edge[] = []
  readonly diagnostics: Diagnostic[] = []
  /** Function key → path of its settings (functions may be a list of maps). */
  readonly functionPaths = new Map<string, YamlPath>()
  /** Logical id → path of its declaration (resources may be a list). */
  readonly resourcePaths = new Map<string, YamlPath>()

  constructor(
    readonly config: PlainMap,
    readonly settings: {
      readonly stage: string
      readonly region: string
      readonly accountId: string
    },
  ) {}

  report(
    severity: Severity,
    code: string,
    message: string,
    path: YamlPath,
    resourceId?: ResourceId,
  ): void {
    this.diagnostics.push({ severity, code, message, path, ...(resourceId && { resourceId }) })
  }

  wrongType(
    path: YamlPath,
    what: string,
    expected: string,
    value: Plain | undefined,
    id?: ResourceId,
  ): void {
    this.report(
      'error',
      'wrong-type',
      `${what} must be ${expected}; found ${describe(value)}.`,
      path,
      id,
    )
  }

  /** Read a number, reporting a wrong type at `path`. */
  number(
    map: PlainMap,
    key: string,
    path: YamlPath,
    what: string,
    id?: ResourceId,
  ): number | undefined {
    const read = asNumber(map[key])
    if (read.ok) return read.value
    this.wrongType([...path, key], what, 'a number', map[key], id)
    return undefined
  }

  text(
    map: PlainMap,
    key: string,
    path: YamlPath,
    what: string,
    id?: ResourceId,
  ): string | undefined {
    const read = asText(map[key])
    if (read.ok) return read.value
    this.wrongType([...path, key], what, 'a text', map[key], id)
    return undefined
  }

  boolean(
    map: PlainMap,
    key: string,
    path: YamlPath,
    what: string,
    id?: ResourceId,
  ): boolean | undefined {
    const read = asBoolean(map[key])
    if (read.ok) return read.value
    this.wrongType([...path, key], what, 'true or false', map[key], id)
    return undefined
  }
}
