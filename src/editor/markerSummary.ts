import type * as Monaco from 'monaco-editor/editor'
import { countMarkers } from './diagnosticMarkers'
import { monaco } from './monacoSetup'
import { onSchemaChecked } from './schemaMarkerFilter'

/**
 * Mirrors the model's markers (the codec's and the schema's) on `host` as data attributes:
 * `data-error-markers` and `data-warning-markers` count every marker, scrolled into view or
 * not (Monaco draws squiggles only for visible lines), and `data-schema-check` is `done` once
 * the schema has been checked against the current text, `pending` while that is still to come.
 */
export function bindMarkerSummary(
  host: HTMLElement,
  model: Monaco.editor.ITextModel,
): Monaco.IDisposable {
  const publish = () => {
    const { errors, warnings } = countMarkers(
      monaco.editor.getModelMarkers({ resource: model.uri }),
    )
    host.dataset.errorMarkers = String(errors)
    host.dataset.warningMarkers = String(warnings)
  }
  host.dataset.schemaCheck = 'pending'
  publish()
  const edits = model.onDidChangeContent(() => {
    host.dataset.schemaCheck = 'pending'
  })
  const markers = monaco.editor.onDidChangeMarkers((uris) => {
    if (uris.some((uri) => uri.toString() === model.uri.toString())) publish()
  })
  const stopListening = onSchemaChecked((checked) => {
    if (checked.uri.toString() !== model.uri.toString()) return
    publish()
    host.dataset.schemaCheck = 'done'
  })
  return {
    dispose() {
      edits.dispose()
      markers.dispose()
      stopListening()
    },
  }
}
