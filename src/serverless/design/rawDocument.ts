import { isPlainMap } from '../coerce'
import { isEditable, nodeAt, openEditable, type Path } from '../edit'
import { PlainLimitError, toPlain, type Plain } from '../plain'

/**
 * `serverless.yml` as written: variables (`${self:custom.x}`) unresolved and intrinsics in long
 * form. Planners copy from it so a new event names a source exactly as the file already does,
 * and stays correct for every stage rather than for the one the model was resolved with.
 */
export interface RawDocument {
  /** The value at `path`, or undefined when there is none. */
  readonly at: (path: Path) => Plain | undefined
}

/** Undefined when the text has YAML errors: planners then fall back to the model. */
export function readRaw(text: string | undefined): RawDocument | undefined {
  if (text === undefined) return undefined
  const ed = openEditable(text)
  if (!isEditable(ed)) return undefined
  return {
    at: (path) => {
      const node = nodeAt(ed.doc.contents, path)
      if (node === undefined) return undefined
      try {
        return toPlain(node)
      } catch (error) {
        if (error instanceof PlainLimitError) return undefined
        throw error
      }
    },
  }
}

/** A mapping as written; the codec's own test, under the name the planners use. */
export const isRecord: (value: Plain | undefined) => value is { [key: string]: Plain } = isPlainMap

/** A function's events as written; a function with none has an empty list. */
export function rawEvents(raw: RawDocument, functionKey: string): readonly Plain[] | undefined {
  const events = raw.at(['functions', functionKey, 'events'])
  if (events === undefined || events === null) return []
  return Array.isArray(events) ? events : undefined
}

/** The body of one event (`events[i].sqs`), as written. */
export function rawEventBody(
  raw: RawDocument,
  functionKey: string,
  index: number,
): Plain | undefined {
  const event = raw.at(['functions', functionKey, 'events', index])
  if (!isRecord(event)) return undefined
  const type = Object.keys(event)[0]
  return type === undefined ? undefined : event[type]
}
