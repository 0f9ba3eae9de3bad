import { expect, type Locator, type Page } from '@playwright/test'

export type MarkerKind = 'error' | 'warning'

/**
 * The `serverless.yml` editor, driven with the keyboard as a user would. Monaco draws only the
 * lines in view, with spaces as U+00A0; whole-file facts (marker counts) are read from the data
 * attributes the editor keeps on its container.
 */
export class EditorPage {
  readonly root: Locator
  readonly lines: Locator
  /** The key of the resource selected elsewhere (canvas, inspector), underlined in the text. */
  readonly selectedKey: Locator
  readonly selectedLines: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('editor.yaml')
    this.lines = this.root.locator('.monaco-editor .view-lines')
    this.selectedKey = this.root.locator('.yaml-editor__selected-key')
    this.selectedLines = this.root.locator('.yaml-editor__selected-lines')
  }

  /** Squiggles drawn in the visible lines. */
  squiggles(kind: MarkerKind): Locator {
    return this.root.locator(`.squiggly-${kind}`)
  }

  /** Puts the cursor at a 1-based line and column, with Ctrl+G like a keyboard user. */
  async goTo(line: number, column: number): Promise<void> {
    await this.focus()
    await this.page.keyboard.press('Control+G')
    const input = this.page.locator('.quick-input-widget input')
    await expect(input).toBeVisible()
    // The go-to-line box is quick access with the `:` prefix; filling replaces the prefix too.
    await input.fill(`:${line}:${column}`)
    await this.page.keyboard.press('Enter')
    await expect(input).toBeHidden()
  }

  /** Focuses the editor without moving its cursor. */
  async focus(): Promise<void> {
    // Chromium types through Monaco's EditContext element; other browsers through a textarea.
    await this.root
      .locator('.monaco-editor .native-edit-context, .monaco-editor textarea.inputarea')
      .first()
      .focus()
  }

  /**
   * Types `text` at the cursor, key by key. Each line after the first gets exactly the
   * indentation written in `text`, not the one Monaco suggests after Enter.
   */
  async type(text: string): Promise<void> {
    const [first = '', ...rest] = text.split('\n')
    await this.page.keyboard.type(first)
    for (const line of rest) {
      // A suggestion list would take the Enter.
      await this.page.keyboard.press('Escape')
      await this.page.keyboard.press('Enter')
      // Select the indentation Monaco added; the line's own text then replaces it.
      await this.page.keyboard.press('Shift+Home')
      await this.page.keyboard.type(line === '' ? ' ' : line)
      if (line === '') await this.page.keyboard.press('Backspace')
    }
    await this.page.keyboard.press('Escape')
  }

  /** The visible text, with Monaco's non-breaking spaces turned back into spaces. */
  async visibleText(): Promise<string> {
    return (await this.lines.innerText()).replace(/\u00a0/g, ' ')
  }

  /** Waits until the schema has been checked against the current text. */
  async waitForSchemaCheck(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-schema-check', 'done')
  }

  /** Markers of the whole file, scrolled into view or not. */
  async markerCount(kind: MarkerKind): Promise<number> {
    return Number(await this.root.getAttribute(`data-${kind}-markers`))
  }

  /** The text of the view line drawn at the same height as `element` (an overlay decoration). */
  async lineTextAt(element: Locator): Promise<string> {
    const box = await element.boundingBox()
    if (!box) throw new Error('the element is not rendered')
    const middle = box.y + box.height / 2
    for (const line of await this.lines.locator('.view-line').all()) {
      const lineBox = await line.boundingBox()
      if (lineBox && middle >= lineBox.y && middle < lineBox.y + lineBox.height) {
        return (await line.innerText()).replace(/\u00a0/g, ' ')
      }
    }
    throw new Error('no view line at the height of the element')
  }
}
