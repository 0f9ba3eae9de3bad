import { useEffect, useId, useRef, type ReactNode } from 'react'

interface ModalProps {
  readonly open: boolean
  readonly onClose: () => void
  readonly title: string
  readonly testId: string
  readonly children: ReactNode
  readonly className?: string
}

/**
 * A modal dialog on the native `<dialog>`: `showModal` makes the rest of the page inert (so focus
 * stays inside) and Escape closes it. Focus goes back to whatever had it before, usually the
 * button that opened the dialog.
 */
export function Modal({ open, onClose, title, testId, children, className }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const onCloseRef = useRef(onClose)
  useEffect(() => {
    onCloseRef.current = onClose
  })

  useEffect(() => {
    const element = dialog.current
    if (!open || !element) return undefined
    const returnFocus =
      document.activeElement instanceof HTMLElement ? document.activeElement : null
    element.showModal()
    const closed = () => onCloseRef.current()
    element.addEventListener('close', closed)
    return () => {
      element.removeEventListener('close', closed)
      if (element.open) element.close()
      returnFocus?.focus()
    }
  }, [open])

  return (
    <dialog
      ref={dialog}
      className={`modal ${className ?? ''}`}
      data-testid={testId}
      aria-labelledby={titleId}
      // A click on the backdrop lands on the dialog element itself: close, as Escape does.
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose()
      }}
    >
      {open && (
        <div className="modal__body">
          <header className="modal__header">
            <h2 id={titleId} className="modal__title">
              {title}
            </h2>
            <button
              type="button"
              className="icon-button"
              aria-label="Close"
              data-testid={`${testId}.close`}
              onClick={onClose}
            >
              ✕
            </button>
          </header>
          {children}
        </div>
      )}
    </dialog>
  )
}
