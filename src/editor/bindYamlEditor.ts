import type { DesignerState, DesignerStore } from '../store/designerStore'
import { debounce } from './debounce'
import { toMarkers } from './diagnosticMarkers'
import { monaco } from './monacoSetup'
import { minimalReplacement } from './textReplacement'

/** Typing is parsed once the user pauses: parsing on every keystroke would stall large files. */
export const TYPING_DEBOUNCE_MS = 250

const MODEL_URI = monaco.Uri.parse('file:///serverless.yml')
const MARKER_OWNER = 'serverless-canvas'
const DARK_SCHEME = '(prefers-color-scheme: dark)'

export interface EditorBinding {
  dispose(): void
}

/**
 * Creates the Monaco editor in `host` and keeps it and the store in step:
 * typing → (debounced) `setYamlText(text, 'yaml')`; text changed elsewhere → a minimal edit in
 * the editor (cursor and undo kept); another design opened → the editor is reset;
 * diagnostics → markers.
 */
export function bindYamlEditor(host: HTMLElement, store: DesignerStore): EditorBinding {
  const initial = store.getState()
  monaco.editor.getModel(MODEL_URI)?.dispose()
  const model = monaco.editor.createModel(initial.yamlText, 'yaml', MODEL_URI)
  const scheme = window.matchMedia(DARK_SCHEME)
  const editor = monaco.editor.create(host, {
    model,
    theme: scheme.matches ? 'vs-dark' : 'vs',
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 13,
    lineHeight: 20,
    tabSize: 2,
    insertSpaces: true,
    renderLineHighlight: 'line',
    // Hovers and suggestions may overflow the narrow editor pane instead of being clipped.
    fixedOverflowWidgets: true,
    padding: { top: 8 },
    ariaLabel: 'serverless.yml',
  })

  const followScheme = (event: MediaQueryListEvent) =>
    monaco.editor.setTheme(event.matches ? 'vs-dark' : 'vs')
  scheme.addEventListener('change', followScheme)

  const showMarkers = (state: DesignerState) => {
    // Ranges refer to the parsed text; on newer, still unparsed text they would point astray.
    if (state.yamlText !== model.getValue()) return
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      toMarkers(state.parsed.diagnostics, state.parsed.ranges),
    )
  }
  showMarkers(initial)

  const publishTyping = debounce(
    () => store.getState().actions.setYamlText(model.getValue(), 'yaml'),
    TYPING_DEBOUNCE_MS,
  )

  /** True while the editor applies text that came from the store, so it is not sent back. */
  let applyingStoreText = false
  const applyStoreText = (apply: () => void) => {
    applyingStoreText = true
    try {
      apply()
    } finally {
      applyingStoreText = false
    }
  }

  const typing = model.onDidChangeContent(() => {
    if (!applyingStoreText) publishTyping()
  })

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.document.id !== previous.document.id) {
      // A different design: its text replaces ours, with a fresh undo stack.
      publishTyping.cancel()
      applyStoreText(() => model.setValue(state.yamlText))
      editor.setScrollTop(0)
    } else if (state.yamlText !== previous.yamlText && state.lastChange.origin !== 'yaml') {
      // Edited elsewhere (canvas, undo). Keystrokes not yet published would be based on the old
      // text; the store's text wins, as the newer, deliberate change.
      publishTyping.cancel()
      const replacement = minimalReplacement(model.getValue(), state.yamlText)
      if (replacement) {
        const range = monaco.Range.fromPositions(
          model.getPositionAt(replacement.start),
          model.getPositionAt(replacement.end),
        )
        applyStoreText(() =>
          model.pushEditOperations([], [{ range, text: replacement.text }], () => null),
        )
      }
    }
    if (state.parsed !== previous.parsed) showMarkers(state)
  })

  return {
    dispose() {
      // Text typed just before the editor goes away still reaches the store.
      publishTyping.flush()
      unsubscribe()
      typing.dispose()
      scheme.removeEventListener('change', followScheme)
      editor.dispose()
      model.dispose()
    },
  }
}
