import { expect, type Locator, type Page } from '@playwright/test'
import type { DesignerSnapshot } from '../../src/app/testApi'

/** The drag data type the palette sets; the canvas accepts drops carrying it. */
const RESOURCE_KIND_MIME = 'application/x-serverless-canvas-kind'

interface Point {
  readonly x: number
  readonly y: number
}

async function centreOf(locator: Locator): Promise<Point> {
  const box = await locator.boundingBox()
  if (!box) throw new Error('The element is not on screen')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** The diagram: nodes, their handles, the canvas tools, the legend and the broken-YAML banner. */
export class CanvasPage {
  readonly root: Locator
  readonly pane: Locator
  readonly tidy: Locator
  readonly fit: Locator
  readonly legend: Locator
  readonly banner: Locator
  readonly bannerReveal: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('canvas')
    this.pane = this.root.locator('.react-flow__pane')
    this.tidy = page.getByTestId('canvas.tidy')
    this.fit = page.getByTestId('canvas.fit')
    this.legend = page.getByTestId('canvas.legend')
    this.banner = page.getByTestId('canvas.banner')
    this.bannerReveal = page.getByTestId('canvas.banner.reveal')
  }

  /** A resource's node by its id, e.g. `function:getUser`. */
  node(resourceId: string): Locator {
    return this.page.getByTestId(`canvas.node.${resourceId}`)
  }

  /** The handle connections start from, on the node's right edge. */
  sourceHandle(resourceId: string): Locator {
    return this.node(resourceId).locator('.react-flow__handle-right')
  }

  /** Draws an edge with the mouse: from a node's right handle onto another node. */
  async connect(fromId: string, toId: string): Promise<void> {
    const start = await centreOf(this.sourceHandle(fromId))
    const end = await centreOf(this.node(toId))
    await this.page.mouse.move(start.x, start.y)
    await this.page.mouse.down()
    await this.page.mouse.move(start.x + 20, start.y + 10, { steps: 4 })
    await this.page.mouse.move(end.x, end.y, { steps: 12 })
    await this.page.mouse.up()
  }

  /** Zooms to fit and waits for the animation to end, so node positions can be measured. */
  async fitView(): Promise<void> {
    await this.fit.click()
    const viewport = this.root.locator('.react-flow__viewport')
    let last = ''
    await expect
      .poll(async () => {
        const now = await viewport.evaluate((el) => getComputedStyle(el).transform)
        const settled = now === last
        last = now
        return settled
      })
      .toBe(true)
  }

  /** Drags a node by its body by `dx`, `dy` screen pixels. */
  async dragNode(resourceId: string, dx: number, dy: number): Promise<void> {
    const start = await centreOf(this.node(resourceId))
    await this.page.mouse.move(start.x, start.y)
    await this.page.mouse.down()
    await this.page.mouse.move(start.x + dx / 2, start.y + dy / 2, { steps: 6 })
    await this.page.mouse.move(start.x + dx, start.y + dy, { steps: 6 })
    await this.page.mouse.up()
  }

  /**
   * Drops a kind on the pane as the palette's drag does: the same data type and a drop at a
   * point, given as fractions of the pane's size.
   */
  async dropKind(kind: string, at: Point = { x: 0.35, y: 0.2 }): Promise<void> {
    const box = await this.pane.boundingBox()
    if (!box) throw new Error('The canvas pane is not on screen')
    const clientX = box.x + box.width * at.x
    const clientY = box.y + box.height * at.y
    const dataTransfer = await this.page.evaluateHandle(
      ([mime, value]) => {
        const transfer = new DataTransfer()
        transfer.setData(mime, value)
        return transfer
      },
      [RESOURCE_KIND_MIME, kind] as const,
    )
    await this.pane.dispatchEvent('dragover', { dataTransfer, clientX, clientY })
    await this.pane.dispatchEvent('drop', { dataTransfer, clientX, clientY })
  }

  /** The designer's state through `window.__designer` (open with `?testApi`). */
  async state(): Promise<DesignerSnapshot> {
    return this.page.evaluate(() => {
      if (!window.__designer) throw new Error('window.__designer is not installed')
      return window.__designer.getState()
    })
  }

  async expectStale(stale: boolean): Promise<void> {
    await expect(this.root).toHaveAttribute('data-stale', String(stale))
  }
}
