import { useCallback, useRef, useState } from 'react'
import type { DesignSummary } from '../../store/persistence'
import type { DesignerState } from '../../store/designerStore'
import { useDesigner } from '../../store/useDesigner'
import { BLANK_DESIGN_NAME, BLANK_DESIGN_TEXT } from '../designs/blankDesign'
import { useDesignLibrary } from '../designs/DesignLibraryContext'
import { DesignRow } from './DesignRow'

const MENU_ID = 'designs-menu'

const selectDesignId = (state: DesignerState) => state.designId

/**
 * The saved designs, newest first: open, rename, delete (after a confirmation), or start a new
 * one. A native popover: Escape and a click elsewhere close it.
 */
export function DesignsMenu() {
  const library = useDesignLibrary()
  const openId = useDesigner(selectDesignId)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const [designs, setDesigns] = useState<readonly DesignSummary[] | null>(null)

  const refresh = useCallback(async () => setDesigns(await library.list()), [library])
  const close = () => menu.current?.hidePopover()

  return (
    <>
      <button
        ref={button}
        type="button"
        className="toolbar__button"
        data-testid="toolbar.designs"
        aria-haspopup="true"
        aria-controls={MENU_ID}
        popoverTarget={MENU_ID}
      >
        Designs <span aria-hidden="true">▾</span>
      </button>
      <div
        ref={menu}
        id={MENU_ID}
        popover="auto"
        className="menu"
        data-testid="toolbar.designs.menu"
        aria-label="Saved designs"
        onToggle={(event) => {
          if (event.newState !== 'open') return
          const anchor = button.current?.getBoundingClientRect()
          if (anchor && menu.current) {
            menu.current.style.top = `${anchor.bottom + 4}px`
            menu.current.style.left = `${Math.max(8, anchor.left)}px`
          }
          void refresh()
        }}
      >
        <button
          type="button"
          className="menu__new"
          data-testid="toolbar.designs.new"
          onClick={() => {
            close()
            void library.openNew(BLANK_DESIGN_NAME, BLANK_DESIGN_TEXT)
          }}
        >
          + New design
        </button>
        {!library.persistent && (
          <p className="menu__note">Designs are kept only until this tab is closed.</p>
        )}
        <ul className="menu__list">
          {designs?.length === 0 && <li className="menu__note">No saved designs yet.</li>}
          {designs?.map((design) => (
            <DesignRow
              key={design.id}
              design={design}
              isOpen={design.id === openId}
              onOpen={async () => {
                close()
                // Reopening the open design would only throw away its undo history.
                if (design.id !== openId) await library.openSaved(design.id)
              }}
              onRename={async (name) => {
                await library.rename(design.id, name)
                await refresh()
              }}
              onDelete={async () => {
                await library.remove(design.id)
                await refresh()
              }}
            />
          ))}
        </ul>
      </div>
    </>
  )
}
