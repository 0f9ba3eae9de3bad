import { Panel } from '@xyflow/react'
import { memo } from 'react'
import { EdgeStyle, edgeClassOf } from './toFlow'

const ENTRIES: readonly {
  readonly style: EdgeStyle
  readonly label: string
  readonly hint: string
}[] = [
  { style: EdgeStyle.sync, label: 'Synchronous', hint: 'The caller waits (API Gateway)' },
  {
    style: EdgeStyle.async,
    label: 'Asynchronous',
    hint: 'Queued by Lambda and retried (S3, SNS, EventBridge, schedules)',
  },
  { style: EdgeStyle.poll, label: 'Polled', hint: 'Lambda reads batches (SQS, streams)' },
  { style: EdgeStyle.access, label: 'Uses', hint: 'A function reads or writes the resource' },
]

/** What the line styles mean, drawn with the same classes as the edges themselves. */
export const EdgeLegend = memo(function EdgeLegend() {
  return (
    <Panel position="top-right" className="canvas-legend" data-testid="canvas.legend">
      <ul aria-label="Connection styles">
        {ENTRIES.map(({ style, label, hint }) => (
          <li key={style} title={hint}>
            <svg
              className={`canvas-legend__line ${edgeClassOf(style)}`}
              viewBox="0 0 32 8"
              aria-hidden="true"
            >
              <path d="M1 4h26" />
              <path className="canvas-legend__arrow" d="M26 1l5 3-5 3z" />
            </svg>
            {label}
          </li>
        ))}
      </ul>
    </Panel>
  )
})
