import { expect, type Download, type Locator, type Page } from '@playwright/test'

/** The toolbar: the open design's name, the designs menu, files, examples, history and help. */
export class ToolbarPage {
  readonly designName: Locator
  readonly designNameInput: Locator
  readonly saveState: Locator
  readonly designsButton: Locator
  readonly designsMenu: Locator
  readonly designItems: Locator
  readonly newDesign: Locator
  readonly openButton: Locator
  readonly openInput: Locator
  readonly examplesButton: Locator
  readonly examplesDialog: Locator
  readonly downloadButton: Locator
  readonly undoButton: Locator
  readonly redoButton: Locator
  readonly helpButton: Locator
  readonly shortcutsSheet: Locator
  readonly notice: Locator

  constructor(readonly page: Page) {
    this.designName = page.getByTestId('toolbar.designName')
    this.designNameInput = page.getByTestId('toolbar.designNameInput')
    this.saveState = page.getByTestId('toolbar.saveState')
    this.designsButton = page.getByTestId('toolbar.designs')
    this.designsMenu = page.getByTestId('toolbar.designs.menu')
    this.designItems = this.designsMenu.getByTestId('toolbar.designs.item')
    this.newDesign = page.getByTestId('toolbar.designs.new')
    this.openButton = page.getByTestId('toolbar.open')
    this.openInput = page.getByTestId('toolbar.openInput')
    this.examplesButton = page.getByTestId('toolbar.examples')
    this.examplesDialog = page.getByTestId('app.examples')
    this.downloadButton = page.getByTestId('toolbar.download')
    this.undoButton = page.getByTestId('toolbar.undo')
    this.redoButton = page.getByTestId('toolbar.redo')
    this.helpButton = page.getByTestId('toolbar.help')
    this.shortcutsSheet = page.getByTestId('app.shortcuts')
    this.notice = page.getByTestId('app.notice')
  }

  /** Renames the open design by editing its name in place. */
  async renameDesign(name: string): Promise<void> {
    await this.designName.click()
    await this.designNameInput.fill(name)
    await this.designNameInput.press('Enter')
    await expect(this.designName).toHaveText(name)
  }

  /** Waits until autosave has written what is on screen. */
  async waitUntilSaved(): Promise<void> {
    await expect(this.saveState).toHaveAttribute('data-state', 'saved')
  }

  async openExample(name: string): Promise<void> {
    await this.examplesButton.click()
    await this.examplesDialog.getByTestId(`app.examples.${name}`).click()
    await expect(this.examplesDialog).toBeHidden()
  }

  /** Opens a file from disk through the (hidden) file input behind `toolbar.open`. */
  async openFile(path: string): Promise<void> {
    await this.openInput.setInputFiles(path)
  }

  async download(): Promise<Download> {
    const downloading = this.page.waitForEvent('download')
    await this.downloadButton.click()
    return downloading
  }

  async openDesignsMenu(): Promise<void> {
    if (!(await this.designsMenu.isVisible())) await this.designsButton.click()
    await expect(this.designsMenu).toBeVisible()
  }

  /** The names in the designs menu, as listed (newest first). */
  async listedDesignNames(): Promise<string[]> {
    await this.openDesignsMenu()
    return this.designItems.locator('.menu__name').allInnerTexts()
  }

  designItem(name: string): Locator {
    return this.designItems.filter({
      has: this.page.locator('.menu__name', { hasText: new RegExp(`^${escape(name)}$`) }),
    })
  }

  async openSavedDesign(name: string): Promise<void> {
    await this.openDesignsMenu()
    await this.designItem(name).getByTestId('toolbar.designs.open').click()
    await expect(this.designName).toHaveText(name)
  }

  async renameSavedDesign(name: string, newName: string): Promise<void> {
    await this.openDesignsMenu()
    await this.designItem(name).getByTestId('toolbar.designs.rename').click()
    const input = this.designsMenu.getByTestId('toolbar.designs.renameInput')
    await input.fill(newName)
    await input.press('Enter')
    await expect(this.designItem(newName)).toBeVisible()
  }

  async deleteSavedDesign(name: string): Promise<void> {
    await this.openDesignsMenu()
    await this.designItem(name).getByTestId('toolbar.designs.delete').click()
    await this.designsMenu.getByTestId('toolbar.designs.confirmDelete').click()
    await expect(this.designItem(name)).toHaveCount(0)
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
