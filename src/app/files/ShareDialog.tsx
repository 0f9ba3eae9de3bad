import { useEffect, useState } from 'react'
import { useDesignerStore } from '../../store/useDesigner'
import { Modal } from '../layout/Modal'
import { shareLinkOf } from './shareDesign'

interface ShareDialogProps {
  readonly open: boolean
  readonly onClose: () => void
  readonly onDownloadProject: () => void
}

type LinkState =
  | { readonly status: 'making' }
  | { readonly status: 'ready'; readonly url: string }
  | { readonly status: 'refused'; readonly reason: string }

/**
 * A link that carries the whole design in its fragment (never sent to a server); too large a
 * design is offered as a project file instead.
 */
export function ShareDialog({ open, onClose, onDownloadProject }: ShareDialogProps) {
  const store = useDesignerStore()
  const [link, setLink] = useState<LinkState>({ status: 'making' })
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    if (!open) return
    let current = true
    setLink({ status: 'making' })
    setCopied(false)
    void shareLinkOf(store.getState(), window.location.href).then((result) => {
      if (!current) return
      setLink(
        result.ok
          ? { status: 'ready', url: result.fragment }
          : { status: 'refused', reason: result.reason },
      )
    })
    return () => {
      current = false
    }
  }, [open, store])

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url)
      setCopied(true)
    } catch {
      // Clipboard refused (permissions): the link stays selected in the box to copy by hand.
      setCopied(false)
    }
  }

  return (
    <Modal open={open} onClose={onClose} title="Share this design" testId="share.dialog">
      <p className="share__explain">
        The link holds the whole design — serverless.yml, layout and traffic scenario — in the part
        after <code>#</code>, which browsers never send to a server. Whoever opens it sees this
        design, read-only until they keep a copy.
      </p>
      {link.status === 'making' && <p>Making the link…</p>}
      {link.status === 'ready' && (
        <div className="share__link">
          <input
            readOnly
            data-testid="share.link"
            aria-label="Share link"
            value={link.url}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" data-testid="share.copy" onClick={() => void copy(link.url)}>
            {copied ? 'Copied' : 'Copy'}
          </button>
          <span className="share__size">{link.url.length.toLocaleString('en-US')} characters</span>
        </div>
      )}
      {link.status === 'refused' && (
        <p role="alert" data-testid="share.refused">
          {link.reason}
        </p>
      )}
      <p>
        <button type="button" data-testid="share.project" onClick={onDownloadProject}>
          Download the project file
        </button>{' '}
        one JSON file with the design, layout and scenario; open it with Open…
      </p>
    </Modal>
  )
}
