import { Modal } from '../layout/Modal'
import { isMac } from './platform'
import { displayLabel, SHORTCUTS } from './shortcutTable'

interface ShortcutsSheetProps {
  readonly open: boolean
  readonly onClose: () => void
}

/** The `?` sheet: every shortcut of the designer, from the same table the keys are matched on. */
export function ShortcutsSheet({ open, onClose }: ShortcutsSheetProps) {
  return (
    <Modal open={open} onClose={onClose} title="Keyboard shortcuts" testId="app.shortcuts">
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.command} data-testid={`app.shortcuts.${shortcut.command}`}>
              <td>
                {shortcut.labels.map((label, index) => (
                  <span key={label}>
                    {index > 0 && <span className="shortcuts__or"> or </span>}
                    <kbd>{displayLabel(label, isMac)}</kbd>
                  </span>
                ))}
              </td>
              <td>{shortcut.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="shortcuts__note">
        Shortcuts act on the design while the focus is outside a text field. In the editor, undo and
        redo walk the same history as the canvas; its other editing keys are the editor&apos;s own.
      </p>
    </Modal>
  )
}
