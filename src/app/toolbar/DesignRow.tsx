import { useState } from 'react'
import type { DesignSummary } from '../../store/persistence'

interface DesignRowProps {
  readonly design: DesignSummary
  readonly isOpen: boolean
  readonly onOpen: () => void
  readonly onRename: (name: string) => void
  readonly onDelete: () => void
}

type Mode =
  | { readonly kind: 'idle' }
  | { readonly kind: 'renaming'; readonly draft: string }
  | {
      readonly kind: 'confirmingDelete'
    }

function savedWhen(updatedAt: number): string {
  if (updatedAt <= 0) return ''
  return new Date(updatedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

/** One saved design in the designs menu. */
export function DesignRow({ design, isOpen, onOpen, onRename, onDelete }: DesignRowProps) {
  const [mode, setMode] = useState<Mode>({ kind: 'idle' })

  if (mode.kind === 'renaming') {
    const commit = () => {
      if (mode.draft.trim()) onRename(mode.draft.trim())
      setMode({ kind: 'idle' })
    }
    return (
      <li className="menu__item" data-testid="toolbar.designs.item" data-design-id={design.id}>
        <input
          className="menu__rename"
          aria-label={`New name for ${design.name}`}
          data-testid="toolbar.designs.renameInput"
          value={mode.draft}
          maxLength={200}
          autoFocus
          onChange={(event) => setMode({ kind: 'renaming', draft: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit()
            else if (event.key === 'Escape') {
              // Leave the menu open: Escape here cancels the rename only.
              event.preventDefault()
              setMode({ kind: 'idle' })
            }
          }}
          onBlur={commit}
        />
      </li>
    )
  }

  if (mode.kind === 'confirmingDelete') {
    return (
      <li
        className="menu__item is-confirming"
        data-testid="toolbar.designs.item"
        data-design-id={design.id}
      >
        <span className="menu__question" role="alert">
          Delete “{design.name}”? This cannot be undone.
        </span>
        <button
          type="button"
          className="menu__danger"
          data-testid="toolbar.designs.confirmDelete"
          autoFocus
          onClick={() => {
            setMode({ kind: 'idle' })
            onDelete()
          }}
        >
          Delete
        </button>
        <button type="button" onClick={() => setMode({ kind: 'idle' })}>
          Cancel
        </button>
      </li>
    )
  }

  return (
    <li
      className={`menu__item${isOpen ? ' is-open' : ''}`}
      data-testid="toolbar.designs.item"
      data-design-id={design.id}
    >
      <button
        type="button"
        className="menu__open"
        data-testid="toolbar.designs.open"
        aria-current={isOpen ? 'true' : undefined}
        disabled={design.problem !== undefined}
        title={design.problem ? `Cannot be opened: ${design.problem}` : undefined}
        onClick={onOpen}
      >
        <span className="menu__name">{design.name}</span>
        <span className="menu__meta">
          {design.problem ? 'Cannot be opened' : savedWhen(design.updatedAt)}
        </span>
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Rename ${design.name}`}
        data-testid="toolbar.designs.rename"
        disabled={design.problem !== undefined}
        onClick={() => setMode({ kind: 'renaming', draft: design.name })}
      >
        ✎
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Delete ${design.name}`}
        data-testid="toolbar.designs.delete"
        onClick={() => setMode({ kind: 'confirmingDelete' })}
      >
        <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5" />
        </svg>
      </button>
    </li>
  )
}
