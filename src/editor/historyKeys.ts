import type * as Monaco from 'monaco-editor/editor'
import type { DesignerStore } from '../store/designerStore'
import { monaco } from './monacoSetup'

/** Cmd+Y opens the history window in Safari: on a Mac, redo is only Cmd+Shift+Z. */
const IS_MAC = /Mac|iPhone|iPad/.test(globalThis.navigator?.userAgent ?? '')

/**
 * Undo and redo inside the editor walk the designer's one history, shared with the canvas,
 * instead of Monaco's own: Ctrl/Cmd+Z after moving a node on the canvas puts the node back, and
 * after typing takes the typing back. `flushTyping` first publishes keystrokes still waiting
 * for the debounce, so the text typed last is a step of its own, undone first.
 */
export function bindHistoryKeys(
  editor: Monaco.editor.IStandaloneCodeEditor,
  store: DesignerStore,
  flushTyping: () => void,
): void {
  const { KeyCode, KeyMod } = monaco
  const undo = () => {
    flushTyping()
    store.getState().actions.undo()
  }
  const redo = () => {
    flushTyping()
    store.getState().actions.redo()
  }
  // Editor commands take precedence over Monaco's built-in undo/redo keybindings.
  editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyZ, undo)
  editor.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, redo)
  if (!IS_MAC) editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyY, redo)
}
