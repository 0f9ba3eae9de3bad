import { expect, type Locator, type Page } from '@playwright/test'
import type { DesignerSnapshot } from '../../src/app/testApi'

/** The designer window, by region: toolbar, canvas and the `serverless.yml` editor. */
export class DesignerPage {
  readonly toolbar: Locator
  readonly designName: Locator
  readonly examples: Locator
  readonly canvas: Locator
  readonly editor: Locator
  readonly editorStatus: Locator

  constructor(readonly page: Page) {
    this.toolbar = page.getByTestId('toolbar')
    this.designName = page.getByTestId('toolbar.designName')
    this.examples = page.getByTestId('toolbar.examples')
    this.canvas = page.getByTestId('canvas')
    this.editor = page.getByTestId('editor.yaml')
    this.editorStatus = page.getByTestId('editor.status')
  }

  /**
   * Opens the app on an example (as a new design), with the read-only test API, and waits for
   * both panes. The app then drops `example` from the address, so a reload restores the design.
   */
  async open(example: string): Promise<void> {
    await this.page.goto(`/?example=${encodeURIComponent(example)}&testApi`)
    await this.waitForPanes()
  }

  /** Waits for a design to be on the canvas and in the editor (after a load or a reload). */
  async waitForPanes(): Promise<void> {
    await expect(this.canvas.locator('.react-flow__node').first()).toBeVisible()
    await expect(this.editor.locator('.monaco-editor .view-lines')).toBeVisible()
  }

  /** Opens a bundled example from the toolbar's gallery, as a new design. */
  async openExample(name: string): Promise<void> {
    await this.examples.click()
    await this.page.getByTestId(`app.examples.${name}`).click()
    await expect(this.page.getByTestId('app.examples')).toBeHidden()
  }

  /** A resource on the canvas by its id, e.g. `function:getUser`. */
  canvasNode(resourceId: string): Locator {
    return this.page.getByTestId(`canvas.node.${resourceId}`)
  }

  get functionNodes(): Locator {
    return this.canvas.locator('[data-testid^="canvas.node.function:"]')
  }

  /** The designer's state through `window.__designer`. */
  async state(): Promise<DesignerSnapshot> {
    return this.page.evaluate(() => {
      if (!window.__designer)
        throw new Error('window.__designer is not installed: open with ?testApi')
      return window.__designer.getState()
    })
  }

  /** The editor's visible text. Monaco renders spaces as U+00A0 and only the lines in view. */
  async visibleEditorText(): Promise<string> {
    const text = await this.editor.locator('.view-lines').innerText()
    return text.replace(/\u00a0/g, ' ')
  }

  /** Puts the cursor at a 1-based line and column, using the keyboard as a user would. */
  async moveEditorCursor(line: number, column: number): Promise<void> {
    await this.editor.locator('.view-lines').click()
    await this.page.keyboard.press('ControlOrMeta+Home')
    for (let i = 1; i < line; i++) await this.page.keyboard.press('ArrowDown')
    for (let i = 1; i < column; i++) await this.page.keyboard.press('ArrowRight')
  }

  /** Selects `length` characters from the cursor and types `text` over them. */
  async typeOverInEditor(length: number, text: string): Promise<void> {
    for (let i = 0; i < length; i++) await this.page.keyboard.press('Shift+ArrowRight')
    await this.page.keyboard.type(text)
    // Close any suggestion list the typing opened; it would swallow the next Enter.
    await this.page.keyboard.press('Escape')
  }
}
