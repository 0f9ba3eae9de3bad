import { useEffect, useRef } from 'react'
import { useDesignerStore } from '../../store/useDesigner'
import { duplicateSelection } from './duplicateSelection'
import { commandFor, type ShortcutCommand } from './shortcutTable'

/**
 * Where the keys belong to what has focus: text fields, and the YAML editor, which has its own
 * undo, redo and multi-cursor keys.
 */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target.closest('input, textarea, select, .monaco-editor, [data-keyboard="own"]')) return true
  return false
}

export interface ShortcutHandlers {
  readonly onDownload: () => void
  readonly onShowShortcuts: () => void
}

/** The app's keyboard shortcuts, from the shortcut table, on the whole window. */
export function useGlobalShortcuts(handlers: ShortcutHandlers): void {
  const store = useDesignerStore()
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  useEffect(() => {
    const run = (command: ShortcutCommand) => {
      const { actions } = store.getState()
      switch (command) {
        case 'undo':
          return actions.undo()
        case 'redo':
          return actions.redo()
        case 'duplicate':
          return duplicateSelection(store)
        case 'download':
          return latest.current.onDownload()
        case 'help':
          return latest.current.onShowShortcuts()
        case 'zoomToFit':
        case 'deleteSelection':
        case 'nextStep':
        case 'previousStep':
        case 'toggleEditor':
        case 'laserPointer':
          // The canvas and the workshop handle these themselves; they are in the table for the sheet.
          return undefined
      }
    }
    const onKeyDown = (event: KeyboardEvent) => {
      // Already handled by a view (the canvas, the editor), or a dialog is open over the page.
      if (event.defaultPrevented || event.isComposing) return
      if (document.querySelector('dialog[open]')) return
      const command = commandFor(event, isTypingTarget(event.target))
      if (!command) return
      event.preventDefault()
      run(command)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [store])
}
