import { useRef, useState, type ReactNode } from 'react'
import { fileNameOf } from './csv'
import { downloadBlob, downloadCsv, svgToPng } from './download'

interface ChartFrameProps {
  readonly title: string
  /** The chart's data as CSV, built only when asked for. */
  readonly csv: () => string
  readonly testId?: string
  readonly children: ReactNode
}

/** A chart with its title and two exports: the picture as PNG and the numbers as CSV. */
export function ChartFrame({ title, csv, testId, children }: ChartFrameProps) {
  const body = useRef<HTMLDivElement>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const png = async () => {
    // The chart's own SVG: recharts' surface, or the heat map's.
    const svg = body.current?.querySelector<SVGSVGElement>('svg.recharts-surface, svg[data-chart]')
    if (!svg) return setProblem('Nothing to export yet.')
    try {
      downloadBlob(await svgToPng(svg), `${fileNameOf(title)}.png`)
      setProblem(null)
    } catch (error) {
      setProblem(`The picture could not be made: ${(error as Error).message}`)
    }
  }
  return (
    <figure className="chart-frame" aria-label={title} data-testid={testId} style={{ margin: 0 }}>
      <figcaption className="chart-frame__caption">
        <span className="chart-frame__title">{title}</span>
        <button type="button" data-testid={testId && `${testId}.png`} onClick={() => void png()}>
          PNG
        </button>
        <button
          type="button"
          data-testid={testId && `${testId}.csv`}
          onClick={() => downloadCsv(title, csv())}
        >
          CSV
        </button>
      </figcaption>
      <div ref={body}>{children}</div>
      {problem && (
        <p role="alert" className="chart-frame__problem">
          {problem}
        </p>
      )}
    </figure>
  )
}
