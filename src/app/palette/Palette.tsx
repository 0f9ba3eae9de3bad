import './palette.css'
import { useId, useRef, useState, type DragEvent, type KeyboardEvent } from 'react'
import { KindIcon } from '../../canvas/KindIcon'
import { planNewResource } from '../../serverless/design/newResources'
import { selectYamlParses } from '../../store/selectors'
import { useDesigner, useDesignerStore } from '../../store/useDesigner'
import {
  BROKEN_YAML_REASON,
  nextFocusIndex,
  PALETTE_ITEMS,
  RESOURCE_KIND_MIME,
  type PaletteItem,
  type PaletteKind,
} from './paletteItems'

/**
 * The resource kinds, to drag onto the canvas (which places the drop) or to add with Enter,
 * Space or a click (the canvas auto-places it). One item is in the tab order at a time; the
 * arrow keys move between them.
 */
export function Palette({ narrow = false }: { readonly narrow?: boolean }) {
  const store = useDesignerStore()
  const parses = useDesigner(selectYamlParses)
  const [compactChosen, setCompact] = useState(false)
  // A narrow palette (beside the workshop panel) is icons only: names are in each tooltip.
  const compact = narrow || compactChosen
  const [focusIndex, setFocusIndex] = useState(0)
  const items = useRef<(HTMLButtonElement | null)[]>([])
  const headingId = useId()
  const reasonId = useId()

  const add = (kind: PaletteKind) => {
    const { lastGoodModel, parsed, yamlText, actions } = store.getState()
    if (!parsed.ok) {
      actions.notify('error', BROKEN_YAML_REASON)
      return
    }
    const plan = planNewResource(lastGoodModel, kind, { text: yamlText })
    if (!plan.ok) {
      actions.notify('error', plan.reason)
      return
    }
    actions.applyPatches(plan.patches, { select: plan.id })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const next = nextFocusIndex(event.key, focusIndex, PALETTE_ITEMS.length)
    if (next === undefined) return
    event.preventDefault()
    setFocusIndex(next)
    items.current[next]?.focus()
  }

  return (
    <section
      className={`palette${compact ? ' is-compact' : ''}${narrow ? ' is-narrow' : ''}`}
      data-testid="palette"
      aria-labelledby={headingId}
    >
      <header className="palette__header">
        <h2 id={headingId} className={`palette__title${narrow ? ' visually-hidden' : ''}`}>
          Resources
        </h2>
        {!narrow && (
          <button
            type="button"
            className="palette__toggle"
            data-testid="palette.toggle"
            aria-expanded={!compact}
            aria-label={compact ? 'Show resource names and hints' : 'Show icons only'}
            title={compact ? 'Show names and hints' : 'Icons only'}
            onClick={() => setCompact(!compactChosen)}
          >
            {compact ? '⊞' : '⊟'}
          </button>
        )}
      </header>
      {!compact && <p className="palette__help">Drag onto the canvas, or press Enter to add.</p>}
      <ul className="palette__list" aria-labelledby={headingId} onKeyDown={onKeyDown}>
        {PALETTE_ITEMS.map((item, index) => (
          <li key={item.kind}>
            <PaletteButton
              item={item}
              enabled={parses}
              reasonId={reasonId}
              tabIndex={index === focusIndex ? 0 : -1}
              buttonRef={(el) => {
                items.current[index] = el
              }}
              onFocus={() => setFocusIndex(index)}
              onAdd={() => add(item.kind)}
            />
          </li>
        ))}
      </ul>
      {!parses && (
        <p id={reasonId} className="palette__disabled" role="status">
          {BROKEN_YAML_REASON}
        </p>
      )}
    </section>
  )
}

interface PaletteButtonProps {
  readonly item: PaletteItem
  readonly enabled: boolean
  readonly reasonId: string
  readonly tabIndex: number
  readonly buttonRef: (el: HTMLButtonElement | null) => void
  readonly onFocus: () => void
  readonly onAdd: () => void
}

/** Disabled with `aria-disabled`, not `disabled`: it stays focusable and its tooltip says why. */
function PaletteButton(props: PaletteButtonProps) {
  const { item, enabled } = props
  const onDragStart = (event: DragEvent<HTMLButtonElement>) => {
    if (!enabled) {
      event.preventDefault()
      return
    }
    event.dataTransfer.setData(RESOURCE_KIND_MIME, item.kind)
    event.dataTransfer.effectAllowed = 'copy'
  }
  return (
    <button
      ref={props.buttonRef}
      type="button"
      className={`palette__item tone-${item.tone}`}
      data-testid={`palette.${item.kind}`}
      tabIndex={props.tabIndex}
      draggable={enabled}
      aria-disabled={enabled ? undefined : true}
      aria-describedby={enabled ? undefined : props.reasonId}
      aria-label={`Add ${item.label}: ${item.hint}`}
      title={enabled ? `${item.label}: ${item.hint}` : BROKEN_YAML_REASON}
      onDragStart={onDragStart}
      onFocus={props.onFocus}
      onClick={() => {
        if (enabled) props.onAdd()
      }}
    >
      <span className="palette__icon">
        <KindIcon kind={item.kind} />
      </span>
      <span className="palette__text">
        <span className="palette__label">{item.label}</span>
        <span className="palette__hint">{item.hint}</span>
      </span>
    </button>
  )
}
