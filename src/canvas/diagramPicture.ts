import { getNodesBounds, getViewportForBounds, type ReactFlowInstance } from '@xyflow/react'
// Pinned to 1.11.11: later releases drop React Flow's edges from the picture (reactflow.dev,
// "Download Image" example, checked 2026-11).
import { toPng, toSvg } from 'html-to-image'

/**
 * PNG and SVG pictures of the diagram — the whole design or the selected resources — with the
 * legend of line styles below, for slides and documents. Drawn from the diagram itself
 * (html-to-image copies the nodes' own styles), at a size that fits the resources, whatever the
 * canvas is zoomed to.
 */

export type PictureFormat = 'png' | 'svg'
export type PictureScope = 'all' | 'selection'

export type PictureResult =
  | { readonly ok: true; readonly dataUrl: string; readonly width: number; readonly height: number }
  | { readonly ok: false; readonly reason: string }

const PADDING = 40
const MAX_SIDE = 4000
const LEGEND_HEIGHT = 36

/** Line styles as the canvas draws them (canvas.css), for the legend under the picture. */
const LEGEND: readonly { readonly label: string; readonly dash: string; readonly color: string }[] =
  [
    { label: 'Synchronous', dash: '', color: '#64748b' },
    { label: 'Asynchronous', dash: '6 4', color: '#64748b' },
    { label: 'Polled', dash: '1 5', color: '#64748b' },
    { label: 'Uses', dash: '', color: '#3b82f6' },
  ]

type Instance = Pick<ReactFlowInstance, 'getNodes' | 'getEdges'>

let current: { instance: Instance; element: () => HTMLElement | null } | null = null

/** The diagram on screen registers itself, so the app can ask for a picture of it. */
export function registerDiagram(instance: Instance, element: () => HTMLElement | null): () => void {
  const entry = { instance, element }
  current = entry
  return () => {
    if (current === entry) current = null
  }
}

export async function diagramPicture(
  format: PictureFormat,
  scope: PictureScope,
): Promise<PictureResult> {
  const viewport = current?.element()?.querySelector<HTMLElement>('.react-flow__viewport')
  if (!current || !viewport) return { ok: false, reason: 'The diagram is not on screen.' }
  const all = current.instance.getNodes()
  const nodes = scope === 'selection' ? all.filter((n) => n.selected) : all
  if (nodes.length === 0) {
    return {
      ok: false,
      reason: scope === 'selection' ? 'Select resources first.' : 'The design is empty.',
    }
  }
  const keep = new Set(nodes.map((n) => n.id))
  const edgesKept = new Set(
    current.instance
      .getEdges()
      .filter((e) => keep.has(e.source) && keep.has(e.target))
      .map((e) => e.id),
  )
  const bounds = getNodesBounds(nodes)
  const width = Math.min(MAX_SIDE, Math.ceil(bounds.width + 2 * PADDING))
  const height = Math.min(MAX_SIDE, Math.ceil(bounds.height + 2 * PADDING))
  const view = getViewportForBounds(bounds, width, height, 0.1, 2, PADDING / width)
  const options = {
    width,
    height,
    backgroundColor: '#ffffff',
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})`,
    },
    // Only the resources asked for, and the edges between them.
    filter: (element: HTMLElement) => {
      const id = element.dataset?.id
      if (id === undefined) return true
      if (element.classList?.contains('react-flow__node')) return keep.has(id)
      if (element.classList?.contains('react-flow__edge')) return edgesKept.has(id)
      return true
    },
  }
  const picture = await (format === 'png' ? toPng : toSvg)(viewport, options)
  return withLegend(picture, format, width, height)
}

/** The picture with the legend of line styles in a strip below it. */
async function withLegend(
  picture: string,
  format: PictureFormat,
  width: number,
  height: number,
): Promise<PictureResult> {
  const total = height + LEGEND_HEIGHT
  const legend = LEGEND.map((entry, i) => {
    const x = 16 + i * 150
    const y = height + LEGEND_HEIGHT / 2
    return (
      `<line x1="${x}" y1="${y}" x2="${x + 32}" y2="${y}" stroke="${entry.color}" stroke-width="2"` +
      `${entry.dash ? ` stroke-dasharray="${entry.dash}"` : ''} stroke-linecap="round"/>` +
      `<text x="${x + 40}" y="${y + 4}" font-family="sans-serif" font-size="12" fill="#334155">${entry.label}</text>`
    )
  }).join('')
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ` +
    `width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<image href="${picture}" x="0" y="0" width="${width}" height="${height}"/>` +
    `${legend}</svg>`
  if (format === 'svg') {
    return {
      ok: true,
      dataUrl: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
      width,
      height: total,
    }
  }
  const image = new Image()
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = width * 2
  canvas.height = total * 2
  const context = canvas.getContext('2d')
  if (!context) return { ok: false, reason: 'This browser cannot draw the picture.' }
  context.scale(2, 2)
  context.drawImage(image, 0, 0)
  return { ok: true, dataUrl: canvas.toDataURL('image/png'), width: width * 2, height: total * 2 }
}
