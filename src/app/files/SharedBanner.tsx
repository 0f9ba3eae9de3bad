import { useDesigner } from '../../store/useDesigner'

/** Over a shared design: it is read-only, and one click keeps a copy of one's own. */
export function SharedBanner({ onKeepCopy }: { onKeepCopy: () => void }) {
  const readOnly = useDesigner((state) => state.readOnly)
  const name = useDesigner((state) => state.document.name)
  if (!readOnly) return null
  return (
    <div className="shared-banner" role="status" data-testid="share.banner">
      <span>
        You are looking at a shared design, <strong>{name}</strong>: it is read-only, and nothing of
        it is saved in this browser until you keep a copy.
      </span>
      <button type="button" data-testid="share.keepCopy" onClick={onKeepCopy}>
        Keep a copy
      </button>
    </div>
  )
}
