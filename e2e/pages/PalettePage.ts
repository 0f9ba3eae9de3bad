import type { Locator, Page } from '@playwright/test'

/** The palette of resource kinds: drag onto the canvas or add from the keyboard. */
export class PalettePage {
  readonly root: Locator
  readonly toggle: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('palette')
    this.toggle = page.getByTestId('palette.toggle')
  }

  /** The item of a kind: `function`, `table`, `eventBus`... */
  item(kind: string): Locator {
    return this.page.getByTestId(`palette.${kind}`)
  }

  /** Adds a resource as a keyboard user does: focus its item and press Enter. */
  async addWithKeyboard(kind: string): Promise<void> {
    await this.item(kind).focus()
    await this.page.keyboard.press('Enter')
  }
}
