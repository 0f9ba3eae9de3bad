import { useEffect } from 'react'
import { selectActions, selectNotice } from '../store/selectors'
import { useDesigner } from '../store/useDesigner'

/** Information goes away by itself; an error stays until the user has read and dismissed it. */
export const INFO_NOTICE_MS = 6000

/** The store's current notice as a toast: a refused edit, a failed save, a restored design. */
export function NoticeToast() {
  const notice = useDesigner(selectNotice)
  const { dismissNotice } = useDesigner(selectActions)

  useEffect(() => {
    if (!notice || notice.kind !== 'info') return undefined
    const timer = window.setTimeout(dismissNotice, INFO_NOTICE_MS)
    return () => window.clearTimeout(timer)
  }, [notice, dismissNotice])

  if (!notice) return null
  const isError = notice.kind === 'error'
  return (
    <div
      // Re-created per notice, so a screen reader announces a repeated message again.
      key={notice.seq}
      className={`notice notice--${notice.kind}`}
      data-testid="app.notice"
      data-kind={notice.kind}
      role={isError ? 'alert' : 'status'}
    >
      <p className="notice__message">{notice.message}</p>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        data-testid="app.notice.dismiss"
        onClick={dismissNotice}
      >
        ✕
      </button>
    </div>
  )
}
