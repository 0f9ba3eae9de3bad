import { isPlainMap } from '../../serverless/coerce'
import { loadDocument } from '../../serverless/document'
import { toPlain, type Plain } from '../../serverless/plain'

/**
 * What `serverless.yml` says, as written (variables unresolved), for the settings the model
 * folds away: whether a function sets its own runtime or inherits the provider's, the body of
 * each event, a resource's raw properties. The model is the resolved view; this is the source.
 */
export type PlainMap = { readonly [key: string]: Plain }

export interface SourceEvent {
  /** Position in the function's `events`, the index patches name. */
  readonly index: number
  /** The event's key: `http`, `schedule`, `sqs`... */
  readonly type: string
  /** What follows the key: a map, or a short form such as `rate(5 minutes)`. */
  readonly body: Plain
}

export interface FunctionSource {
  /** The function's own settings (not the provider's). */
  readonly own: PlainMap
  readonly environment: PlainMap
  readonly events: readonly SourceEvent[]
}

const EMPTY: PlainMap = {}

/** The whole file as plain data, or null when it is not a readable mapping. */
export function readSourceConfig(text: string): PlainMap | null {
  try {
    const { doc } = loadDocument(text)
    if (!doc || doc.errors.length > 0) return null
    const plain = toPlain(doc.contents)
    return isPlainMap(plain) ? plain : null
  } catch {
    // Past the codec's limits the inspector shows the model's view only.
    return null
  }
}

const mapAt = (value: Plain | undefined): PlainMap => (isPlainMap(value) ? value : EMPTY)

export function functionSource(config: PlainMap | null, name: string): FunctionSource {
  const own = mapAt(mapAt(config?.['functions'])[name])
  const events: SourceEvent[] = []
  const list = own['events']
  if (Array.isArray(list)) {
    list.forEach((entry, index) => {
      if (!isPlainMap(entry)) return
      const type = Object.keys(entry)[0]
      if (type !== undefined) events.push({ index, type, body: entry[type] ?? null })
    })
  }
  return { own, environment: mapAt(own['environment']), events }
}

export function providerEnvironment(config: PlainMap | null): PlainMap {
  return mapAt(mapAt(config?.['provider'])['environment'])
}

/** `resources.Resources.<logicalId>.Properties`, empty when absent. */
export function resourceProperties(config: PlainMap | null, logicalId: string): PlainMap {
  const resources = mapAt(mapAt(config?.['resources'])['Resources'])
  return mapAt(mapAt(resources[logicalId])['Properties'])
}
