import { useEffect } from 'react'
import { useWorkshopSession } from './WorkshopContext'

/** Inputs that take no typing: a presenter who just ticked a box can press E at once. */
const CLICK_ONLY_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range'])

/** Keys belong to what has focus when it is a field or the editor. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target instanceof HTMLInputElement && CLICK_ONLY_INPUTS.has(target.type)) return false
  return (
    target.isContentEditable ||
    target.closest('input, textarea, select, .monaco-editor, [data-keyboard="own"]') !== null
  )
}

/**
 * The workshop's keys on the whole window: Page Down / Page Up move between steps (what a
 * presenter's clicker sends); in presenter view also → / ←, E for the editor, L for the laser.
 * Arrows are left to the canvas while a node is focused (it moves nodes with them).
 */
export function useWorkshopKeys(enabled: boolean, presenter: boolean): void {
  const session = useWorkshopSession()
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey) return
      if (event.altKey || isTypingTarget(event.target)) return
      if (document.querySelector('dialog[open]')) return
      const onCanvasNode =
        event.target instanceof HTMLElement && event.target.closest('.react-flow__node') !== null
      const act = (command: () => void) => {
        event.preventDefault()
        command()
      }
      switch (event.key) {
        case 'PageDown':
          return act(() => session.next())
        case 'PageUp':
          return act(() => session.previous())
        case 'ArrowRight':
          if (presenter && !onCanvasNode) act(() => session.next())
          return
        case 'ArrowLeft':
          if (presenter && !onCanvasNode) act(() => session.previous())
          return
        case 'e':
        case 'E':
          if (presenter) act(() => session.toggleEditor())
          return
        case 'l':
        case 'L':
          if (presenter) act(() => session.toggleLaser())
          return
        default:
          return
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [enabled, presenter, session])
}
