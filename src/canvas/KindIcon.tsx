import { memo, type ReactNode } from 'react'
import type { ResourceKind } from '../model/types'
import { assertNever } from '../model/types'

/**
 * The outline drawn for each kind: 24×24, stroked in the node's colour. Inline SVG so the canvas
 * works offline and scales crisply at any zoom.
 */
function pathsOf(kind: ResourceKind): ReactNode {
  switch (kind) {
    case 'function':
      // A lambda.
      return <path d="M6 20 12.5 9M7.5 4H10l7.5 16H20" />
    case 'restApi':
      // Curly braces: a resource-style API.
      return (
        <path d="M8 4c-2 0-2.5 1-2.5 3v2.5C5.5 11 4.5 12 3 12c1.5 0 2.5 1 2.5 2.5V17c0 2 .5 3 2.5 3M16 4c2 0 2.5 1 2.5 3v2.5c0 1.5 1 2.5 2.5 2.5-1.5 0-2.5 1-2.5 2.5V17c0 2-.5 3-2.5 3" />
      )
    case 'httpApi':
      // A globe: plain HTTP routes.
      return (
        <>
          <circle cx="12" cy="12" r="8.5" />
          <path d="M3.5 12h17M12 3.5c2.5 2.4 3.6 5.2 3.6 8.5s-1.1 6.1-3.6 8.5c-2.5-2.4-3.6-5.2-3.6-8.5S9.5 5.9 12 3.5" />
        </>
      )
    case 'websocketApi':
      // Arrows both ways: a connection that stays open.
      return <path d="M4 9h15m-4-4 4 4-4 4M20 15H5m4-4-4 4 4 4" />
    case 'table':
      // A database cylinder.
      return (
        <>
          <ellipse cx="12" cy="5.5" rx="7.5" ry="2.5" />
          <path d="M4.5 5.5v13c0 1.4 3.4 2.5 7.5 2.5s7.5-1.1 7.5-2.5v-13M4.5 12c0 1.4 3.4 2.5 7.5 2.5s7.5-1.1 7.5-2.5" />
        </>
      )
    case 'bucket':
      // A bucket.
      return (
        <>
          <ellipse cx="12" cy="6" rx="8" ry="2.5" />
          <path d="M4 6l2 12.5c.2 1.3 2.8 2.5 6 2.5s5.8-1.2 6-2.5L20 6" />
        </>
      )
    case 'queue':
      // Messages waiting in line.
      return (
        <>
          <rect x="2.5" y="7" width="5" height="10" rx="1" />
          <rect x="9.5" y="7" width="5" height="10" rx="1" />
          <path d="M17 12h4.5m-2-2.5 2.5 2.5-2.5 2.5" />
        </>
      )
    case 'topic':
      // One message fanned out to many.
      return (
        <>
          <circle cx="5" cy="12" r="2.5" />
          <path d="M7.5 12h6M7 10.5 13.5 5H17M7 13.5l6.5 5.5H17M13.5 12H17" />
          <circle cx="19" cy="5" r="1.5" />
          <circle cx="19" cy="12" r="1.5" />
          <circle cx="19" cy="19" r="1.5" />
        </>
      )
    case 'schedule':
      // A clock.
      return (
        <>
          <circle cx="12" cy="12" r="8.5" />
          <path d="M12 7v5l3.5 2" />
        </>
      )
    case 'eventBus':
      // A bus line with stops branching off.
      return (
        <>
          <path d="M3 12h18M7 12V6M12 12v6M17 12V6" />
          <circle cx="7" cy="5" r="1.5" />
          <circle cx="12" cy="19" r="1.5" />
          <circle cx="17" cy="5" r="1.5" />
        </>
      )
    case 'opaque':
      // A plain cube: a CloudFormation resource the designer only shows.
      return <path d="M12 3 20 7.5v9L12 21l-8-4.5v-9L12 3Zm0 9 8-4.5M12 12v9m0-9L4 7.5" />
    default:
      return assertNever(kind, 'resource kind')
  }
}

export const KindIcon = memo(function KindIcon({ kind }: { readonly kind: ResourceKind }) {
  return (
    <svg
      className="kind-icon"
      viewBox="0 0 24 24"
      width="22"
      height="22"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {pathsOf(kind)}
    </svg>
  )
})
