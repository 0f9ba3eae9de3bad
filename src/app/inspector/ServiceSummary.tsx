import type { ResourceKind, ServiceModel } from '../../model/types'
import { kindLabel } from '../../canvas/resourcePresentation'

/** What the inspector shows with nothing selected: how to use it, and the service at a glance. */
export function ServiceSummary({ model }: { model: ServiceModel }) {
  const counts = new Map<ResourceKind, number>()
  for (const r of model.resources) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1)
  const { provider } = model
  return (
    <div className="inspector-summary" data-testid="inspector.summary">
      <p className="inspector-summary__prompt">Select a resource to edit it.</p>
      <dl className="inspector-summary__facts">
        <dt>Service</dt>
        <dd>{model.service || '—'}</dd>
        <dt>Region / stage</dt>
        <dd>
          {provider.region} / {provider.stage}
        </dd>
        {provider.runtime && (
          <>
            <dt>Runtime</dt>
            <dd>{provider.runtime}</dd>
          </>
        )}
        {[...counts].map(([kind, count]) => (
          <div key={kind} className="inspector-summary__count">
            <dt>{kindLabel(kind)}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
