import type * as Monaco from 'monaco-editor/editor'
import { isScalar, visit } from 'yaml'
import { loadDocument, type ParsedYaml } from '../serverless/document'
import { shortTagName } from '../serverless/tags'

type MarkerData = Monaco.editor.IMarkerData

/**
 * monaco-yaml's `source` for problems found by the JSON schema (`yaml-schema: <title>`). Its
 * other problems (source `YAML`) are the YAML parser's: syntax errors and warnings that the codec
 * reports too, as `yaml-syntax`/`yaml-warning`.
 */
const SCHEMA_SOURCE_PREFIX = 'yaml-schema'

/** A run of the text, as UTF-16 offsets `[start, end]`. */
type Span = readonly [number, number]

/**
 * The problems of monaco-yaml worth showing next to the codec's own markers.
 *
 * - Only schema findings. YAML syntax is the codec's: it decides whether the canvas follows the
 *   text, so its messages are the ones to read, and showing the parser's too would underline
 *   every syntax error twice.
 * - Not on values the framework rewrites before it validates. The schema describes the resolved
 *   configuration, while the validator sees the raw text: `${self:custom.memory}` is a string
 *   where a number belongs, and `!GetAtt Table.Arn` is the string `Table.Arn` where the schema
 *   expects an ARN or `{ "Fn::GetAtt": [...] }`. Findings inside such a value (a scalar holding a
 *   `${...}` variable, or any node under a CloudFormation short-form tag) are dropped. Real
 *   mistakes elsewhere (`memorySize: lots`, an unknown property) are kept, with the schema's own
 *   message, which a relaxed schema would have garbled.
 * - Not where a marker is `shown` already (the codec's): `memorySize: lots` is the codec's error
 *   `must be a number`; the schema's `Incorrect type` on the same value would only repeat it.
 */
export function schemaFindings(
  text: string,
  markers: readonly MarkerData[],
  shown: readonly MarkerData[] = [],
): MarkerData[] {
  const findings = markers.filter(
    (marker) =>
      marker.source?.startsWith(SCHEMA_SOURCE_PREFIX) &&
      !shown.some((other) => overlapOnOneLine(marker, other)),
  )
  if (findings.length === 0) return findings
  const { doc, lineCounter } = loadDocument(text)
  if (!doc) return findings
  const unresolved = unresolvedValues(doc)
  if (unresolved.length === 0) return findings
  const offsetOf = (line: number, column: number) =>
    (lineCounter.lineStarts[line - 1] ?? text.length) + column - 1
  return findings.filter((marker) => {
    const start = offsetOf(marker.startLineNumber, marker.startColumn)
    return !unresolved.some(([from, to]) => start >= from && start <= to)
  })
}

/** Where the text holds values only the framework resolves: variables and intrinsic functions. */
function unresolvedValues(doc: ParsedYaml): Span[] {
  const spans: Span[] = []
  visit(doc, {
    Node(_key, node) {
      if (!node.range) return undefined
      const intrinsic = shortTagName(node.tag) !== undefined
      const variable = isScalar(node) && typeof node.value === 'string' && node.value.includes('${')
      if (!intrinsic && !variable) return undefined
      spans.push([node.range[0], node.range[1]])
      // Everything below an intrinsic function is its argument: no need to look further.
      return visit.SKIP
    },
  })
  return spans
}

/** Whether two markers start on the same line and share a column there. */
function overlapOnOneLine(a: MarkerData, b: MarkerData): boolean {
  if (a.startLineNumber !== b.startLineNumber) return false
  const aEnd = a.endLineNumber > a.startLineNumber ? Infinity : a.endColumn
  const bEnd = b.endLineNumber > b.startLineNumber ? Infinity : b.endColumn
  return a.startColumn < bEnd && b.startColumn < aEnd
}
