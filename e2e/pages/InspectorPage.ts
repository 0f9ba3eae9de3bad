import { expect, type Locator, type Page } from '@playwright/test'

/** The inspector docked at the canvas's right edge: the selected resource's settings. */
export class InspectorPage {
  readonly root: Locator
  readonly title: Locator
  readonly kind: Locator
  readonly summary: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('inspector')
    this.title = page.getByTestId('inspector.title')
    this.kind = page.getByTestId('inspector.kind')
    this.summary = page.getByTestId('inspector.summary')
  }

  /** A control by its field name: `memorySize` is `inspector.memorySize`. */
  field(name: string): Locator {
    return this.page.getByTestId(`inspector.${name}`)
  }

  /** The inline message under a field whose value was refused. */
  error(name: string): Locator {
    return this.page.getByTestId(`inspector.${name}.error`)
  }

  /** Types a value into a text or number field and commits it with Enter. */
  async commit(name: string, value: string): Promise<void> {
    const input = this.field(name)
    await input.fill(value)
    await input.press('Enter')
  }

  /** Picks an option of a select field; selects apply at once. */
  async choose(name: string, value: string): Promise<void> {
    await this.field(name).selectOption(value)
  }

  async expectShowing(name: string): Promise<void> {
    await expect(this.title).toHaveText(name)
  }
}
