import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { clampSize, PANE_LIMITS, steppedSize, type Pane } from './paneLayout'

interface SplitterProps {
  readonly pane: Pane
  readonly size: number
  readonly onResize: (size: number) => void
  /** Names the pane it resizes: "Resize the editor". */
  readonly label: string
  /** `vertical`: a bar between columns, moved left and right. `horizontal`: moved up and down. */
  readonly orientation: 'vertical' | 'horizontal'
  /** 1 when moving the bar right (or down) makes the pane larger; -1 when it makes it smaller. */
  readonly growth: 1 | -1
  /** The id of the pane's element, for `aria-controls`. */
  readonly controls: string
}

/**
 * A draggable, focusable bar between two panes: the WAI-ARIA window splitter. Arrow keys move it
 * (Shift for larger steps), Home and End take the pane to its smallest and largest size.
 */
export function Splitter(props: SplitterProps) {
  const { pane, size, onResize, label, orientation, growth, controls } = props
  const drag = useRef<{ readonly start: number; readonly size: number } | null>(null)
  const limits = PANE_LIMITS[pane]
  const along = (event: PointerEvent) =>
    orientation === 'vertical' ? event.clientX : event.clientY

  const onKeyDown = (event: KeyboardEvent) => {
    const [less, more] =
      orientation === 'vertical' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown']
    let next: number | undefined
    if (event.key === less) next = steppedSize(pane, size, growth === 1 ? -1 : 1, event.shiftKey)
    else if (event.key === more) next = steppedSize(pane, size, growth, event.shiftKey)
    else if (event.key === 'Home') next = limits.min
    else if (event.key === 'End') next = limits.max
    if (next === undefined) return
    event.preventDefault()
    onResize(next)
  }

  return (
    <div
      role="separator"
      tabIndex={0}
      className={`splitter splitter--${orientation}`}
      aria-label={label}
      aria-orientation={orientation}
      aria-controls={controls}
      aria-valuenow={size}
      aria-valuemin={limits.min}
      aria-valuemax={limits.max}
      data-testid={`app.splitter.${pane}`}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        if (event.button !== 0) return
        event.currentTarget.setPointerCapture(event.pointerId)
        drag.current = { start: along(event), size }
        event.preventDefault()
      }}
      onPointerMove={(event) => {
        if (!drag.current) return
        const moved = along(event) - drag.current.start
        onResize(clampSize(pane, drag.current.size + growth * moved))
      }}
      onPointerUp={(event) => {
        drag.current = null
        event.currentTarget.releasePointerCapture(event.pointerId)
      }}
      onPointerCancel={() => {
        drag.current = null
      }}
    />
  )
}
