import type * as Monaco from 'monaco-editor/editor'
import { CODEC_MARKER_OWNER } from './diagnosticMarkers'
import { schemaFindings } from './schemaFindings'

type TextModel = Monaco.editor.ITextModel

/** The marker owner monaco-yaml validates under. */
export const YAML_MARKER_OWNER = 'yaml'

type CheckedListener = (model: TextModel) => void
const checkedListeners = new Set<CheckedListener>()

/**
 * Call `listener` each time monaco-yaml has validated a model against the schema (with or without
 * findings): until then the absence of markers means nothing. Returns the unsubscribe.
 */
export function onSchemaChecked(listener: CheckedListener): () => void {
  checkedListeners.add(listener)
  return () => checkedListeners.delete(listener)
}

/**
 * A copy of `monaco` for `configureMonacoYaml`, whose `setModelMarkers` keeps only the findings
 * worth showing (see `schemaFindings`). monaco-yaml offers no hook between validating and
 * publishing markers, and filtering after the fact (on `onDidChangeMarkers`) would briefly draw,
 * then erase, each dropped squiggle.
 */
export function withSchemaFindingsOnly(monaco: typeof Monaco): typeof Monaco {
  const setModelMarkers: typeof monaco.editor.setModelMarkers = (model, owner, markers) => {
    if (owner !== YAML_MARKER_OWNER) return monaco.editor.setModelMarkers(model, owner, markers)
    // The codec's markers are current here: they follow a keystroke after TYPING_DEBOUNCE_MS, the schema's
    // after 500 ms plus the validation.
    const shown = monaco.editor.getModelMarkers({ owner: CODEC_MARKER_OWNER, resource: model.uri })
    monaco.editor.setModelMarkers(model, owner, schemaFindings(model.getValue(), markers, shown))
    for (const listener of checkedListeners) listener(model)
  }
  return { ...monaco, editor: { ...monaco.editor, setModelMarkers } }
}
