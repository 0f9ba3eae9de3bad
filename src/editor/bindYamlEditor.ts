import type * as Monaco from 'monaco-editor/editor'
import type { DesignerState, DesignerStore, RevealRequest } from '../store/designerStore'
import { debounce } from './debounce'
import { CODEC_MARKER_OWNER, toMarkers } from './diagnosticMarkers'
import './editor.css'
import { bindHistoryKeys } from './historyKeys'
import { bindMarkerSummary } from './markerSummary'
import { monaco } from './monacoSetup'
import { resourceAtOffset } from './resourceAtOffset'
import { SelectionHighlight } from './selectionHighlight'
import { carryOffset, minimalReplacement } from './textReplacement'

/**
 * Typing is parsed once the user pauses: parsing on every keystroke would stall large files.
 * The canvas must follow within 300 ms of the last keystroke; on a 300-function file the parse
 * and the canvas render take about 100 ms (`npm run bench`), so the pause is 150 ms.
 */
export const TYPING_DEBOUNCE_MS = 150

const MODEL_URI = monaco.Uri.parse('file:///serverless.yml')
const DARK_SCHEME = '(prefers-color-scheme: dark)'
const MOVED_BY_TEXT: ReadonlySet<Monaco.editor.CursorChangeReason> = new Set([
  monaco.editor.CursorChangeReason.ContentFlush,
  monaco.editor.CursorChangeReason.RecoverFromMarkers,
])

export interface EditorBinding {
  dispose(): void
}

/**
 * Creates the Monaco editor in `host` and keeps it and the store in step:
 * typing → (debounced) `setYamlText(text, 'yaml')`; text changed elsewhere → a minimal edit in
 * the editor (cursor and scroll kept); another design opened → the editor is reset;
 * diagnostics → markers; the selection ↔ the resource under the cursor; reveal requests → the
 * cursor; Ctrl/Cmd+Z → the store's history.
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
    // A shared design is looked at, not edited, until the user keeps a copy.
    readOnly: initial.readOnly,
    readOnlyMessage: { value: 'This shared design is read-only: keep a copy to edit it.' },
  })
  const disposables: Monaco.IDisposable[] = [bindMarkerSummary(host, model)]

  const followScheme = (event: MediaQueryListEvent) =>
    monaco.editor.setTheme(event.matches ? 'vs-dark' : 'vs')
  scheme.addEventListener('change', followScheme)

  const showMarkers = (state: DesignerState) => {
    // Ranges refer to the parsed text; on newer, still unparsed text they would point astray.
    if (state.yamlText !== model.getValue()) return
    monaco.editor.setModelMarkers(
      model,
      CODEC_MARKER_OWNER,
      toMarkers(state.parsed.diagnostics, state.parsed.ranges),
    )
  }
  showMarkers(initial)

  const publishTyping = debounce(
    () => store.getState().actions.setYamlText(model.getValue(), 'yaml'),
    TYPING_DEBOUNCE_MS,
  )

  /** True while the editor applies a change from the store, so it is not sent back. */
  let applyingStoreChange = false
  const applyStoreChange = (apply: () => void) => {
    applyingStoreChange = true
    try {
      apply()
    } finally {
      applyingStoreChange = false
    }
  }

  /**
   * The text as edited elsewhere, as one minimal edit. An edit made on the canvas leaves the
   * cursor where it was in the text; an undo or redo asked for in the editor puts it at the
   * change instead, in view, as Monaco's own undo would.
   */
  const applyStoreText = (text: string, goToChange: boolean) => {
    const replacement = minimalReplacement(model.getValue(), text)
    if (!replacement) return
    const range = monaco.Range.fromPositions(
      model.getPositionAt(replacement.start),
      model.getPositionAt(replacement.end),
    )
    const carry = (position: Monaco.IPosition) =>
      carryOffset(model.getOffsetAt(position), replacement)
    const selections = (editor.getSelections() ?? []).map((s) => ({
      anchor: carry(s.getSelectionStart()),
      head: carry(s.getPosition()),
    }))
    // Monaco keeps the lines in view where they were (it anchors the viewport to the text).
    model.pushEditOperations([], [{ range, text: replacement.text }], () => null)
    if (goToChange) {
      const end = model.getPositionAt(replacement.start + replacement.text.length)
      editor.setPosition(end)
      editor.revealPositionInCenterIfOutsideViewport(end)
      return
    }
    if (selections.length === 0) return
    editor.setSelections(
      selections.map(({ anchor, head }) => {
        const from = model.getPositionAt(anchor)
        const to = model.getPositionAt(head)
        return new monaco.Selection(from.lineNumber, from.column, to.lineNumber, to.column)
      }),
    )
  }

  const typing = model.onDidChangeContent(() => {
    if (!applyingStoreChange) publishTyping()
  })

  const highlight = new SelectionHighlight(editor)
  highlight.show(initial, true)

  /** The user's cursor selects the resource declared under it (the innermost one). */
  const selectUnderCursor = () => {
    const state = store.getState()
    const position = editor.getPosition()
    // Until the store has parsed what was typed, its ranges describe older text.
    if (!position || state.yamlText !== model.getValue()) return
    const id = resourceAtOffset(state.parsed.ranges, model.getOffsetAt(position))
    if (id !== state.selection.id) state.actions.select(id, 'editor')
  }
  disposables.push(
    editor.onDidChangeCursorPosition((event) => {
      // Only the user's moves (keys, clicks, go to line): not edits from the store, a reveal,
      // or the cursor carried along by a change of the text.
      if (applyingStoreChange || MOVED_BY_TEXT.has(event.reason)) return
      selectUnderCursor()
    }),
    // Leaving the editor publishes what was typed at once, so the canvas is current.
    editor.onDidBlurEditorText(() => publishTyping.flush()),
  )

  const reveal = (request: RevealRequest) => {
    const position = model.validatePosition({ lineNumber: request.line, column: request.column })
    applyStoreChange(() => {
      editor.setPosition(position)
      editor.revealPositionInCenterIfOutsideViewport(position)
    })
    editor.focus()
  }

  bindHistoryKeys(editor, store, () => publishTyping.flush())

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.readOnly !== previous.readOnly) editor.updateOptions({ readOnly: state.readOnly })
    if (state.document.id !== previous.document.id) {
      // A different design: its text replaces ours, with a fresh undo stack.
      publishTyping.cancel()
      applyStoreChange(() => model.setValue(state.yamlText))
      editor.setScrollTop(0)
    } else if (state.yamlText !== previous.yamlText && state.lastChange.origin !== 'yaml') {
      // Edited elsewhere (canvas, undo). Keystrokes not yet published would be based on the old
      // text; the store's text wins, as the newer, deliberate change.
      publishTyping.cancel()
      const undoneHere = state.lastChange.origin === 'history' && editor.hasTextFocus()
      applyStoreChange(() => applyStoreText(state.yamlText, undoneHere))
    }
    if (state.parsed !== previous.parsed) {
      showMarkers(state)
      // Our own typing parsed: the cursor may now be in a resource that did not exist before.
      if (state.lastChange.origin === 'yaml' && editor.hasTextFocus()) selectUnderCursor()
    }
    if (state.selection !== previous.selection) highlight.show(state, true)
    else if (state.parsed !== previous.parsed) highlight.show(state, false)
    if (state.reveal && state.reveal !== previous.reveal) reveal(state.reveal)
  })

  return {
    dispose() {
      // Text typed just before the editor goes away still reaches the store.
      publishTyping.flush()
      unsubscribe()
      typing.dispose()
      for (const disposable of disposables) disposable.dispose()
      highlight.dispose()
      scheme.removeEventListener('change', followScheme)
      editor.dispose()
      model.dispose()
    },
  }
}
