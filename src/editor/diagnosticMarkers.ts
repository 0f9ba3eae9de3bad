import type * as Monaco from 'monaco-editor/editor'
import type { Diagnostic, Severity, TextRange } from '../model/diagnostics'
import type { ResourceId } from '../model/types'
import { assertNever } from '../model/types'

type MarkerData = Monaco.editor.IMarkerData

/** The owner of the markers made from the codec's diagnostics. */
export const CODEC_MARKER_OWNER = 'serverless-canvas'

/** `monaco.MarkerSeverity`'s values, copied so this module stays free of Monaco's runtime. */
export const MarkerSeverityValue = { hint: 1, info: 2, warning: 4, error: 8 } as const

function markerSeverity(severity: Severity): number {
  switch (severity) {
    case 'error':
      return MarkerSeverityValue.error
    case 'warning':
      return MarkerSeverityValue.warning
    case 'info':
      return MarkerSeverityValue.info
    default:
      return assertNever(severity, 'severity')
  }
}

/** The codec's ranges: a Map or a plain record, keyed by resource id. */
export type ResourceRanges =
  ReadonlyMap<ResourceId, TextRange> | Readonly<Partial<Record<ResourceId, TextRange>>>

function rangeOfResource(ranges: ResourceRanges, id: ResourceId): TextRange | undefined {
  return ranges instanceof Map
    ? ranges.get(id)
    : (ranges as Partial<Record<ResourceId, TextRange>>)[id]
}

/**
 * Editor markers for the codec's diagnostics. A diagnostic without its own range is shown on its
 * resource; one with neither has no place in the text and is left to the problems list.
 */
export function toMarkers(
  diagnostics: readonly Diagnostic[],
  ranges: ResourceRanges,
): MarkerData[] {
  const markers: MarkerData[] = []
  for (const diagnostic of diagnostics) {
    const range =
      diagnostic.range ??
      (diagnostic.resourceId ? rangeOfResource(ranges, diagnostic.resourceId) : undefined)
    if (!range) continue
    const empty = range.start.offset === range.end.offset
    markers.push({
      severity: markerSeverity(diagnostic.severity),
      message: diagnostic.message,
      code: diagnostic.code,
      source: 'serverless.yml',
      startLineNumber: range.start.line,
      startColumn: range.start.column,
      endLineNumber: range.end.line,
      // An empty range would draw no squiggle: underline at least one character.
      endColumn: empty ? range.end.column + 1 : range.end.column,
    })
  }
  return markers
}

export interface MarkerCounts {
  readonly errors: number
  readonly warnings: number
}

export function countMarkers(markers: readonly { readonly severity: number }[]): MarkerCounts {
  let errors = 0
  let warnings = 0
  for (const { severity } of markers) {
    if (severity === MarkerSeverityValue.error) errors++
    else if (severity === MarkerSeverityValue.warning) warnings++
  }
  return { errors, warnings }
}
