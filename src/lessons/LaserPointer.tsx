import { useEffect, useRef, useState } from 'react'

/** How long a point of the trail stays, in ms: long enough for a room to follow a gesture. */
const TRAIL_MS = 450

interface Point {
  readonly x: number
  readonly y: number
  readonly t: number
}

/**
 * A laser-style pointer for the presenter: a bright dot with a fading trail that follows the
 * mouse over the whole window. It never takes a click (pointer-events: none).
 */
export function LaserPointer() {
  const [trail, setTrail] = useState<readonly Point[]>([])
  const frame = useRef(0)

  useEffect(() => {
    let points: Point[] = []
    const draw = () => {
      const now = performance.now()
      points = points.filter((p) => now - p.t < TRAIL_MS)
      setTrail(points)
      frame.current = points.length > 1 ? requestAnimationFrame(draw) : 0
    }
    const onMove = (event: PointerEvent) => {
      points.push({ x: event.clientX, y: event.clientY, t: performance.now() })
      if (frame.current === 0) frame.current = requestAnimationFrame(draw)
    }
    window.addEventListener('pointermove', onMove)
    return () => {
      window.removeEventListener('pointermove', onMove)
      cancelAnimationFrame(frame.current)
    }
  }, [])

  const head = trail.at(-1)
  return (
    <svg className="laser" aria-hidden="true" data-testid="lessons.laserPointer">
      {trail.length > 1 && (
        <polyline className="laser__trail" points={trail.map((p) => `${p.x},${p.y}`).join(' ')} />
      )}
      {head && <circle className="laser__dot" cx={head.x} cy={head.y} r={9} />}
    </svg>
  )
}
