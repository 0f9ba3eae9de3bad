import { expect, type Locator, type Page } from '@playwright/test'

export type CheckStatus = 'passed' | 'failed' | 'waiting'

/** The workshop panel: lessons, their steps and checks, calculators and presenter view. */
export class WorkshopPage {
  readonly panel: Locator
  readonly check: Locator
  readonly stepTitle: Locator
  readonly stepCounter: Locator
  readonly next: Locator
  readonly previous: Locator
  readonly skip: Locator
  readonly hint: Locator
  readonly hintTexts: Locator
  readonly stepDots: Locator

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('lessons.panel')
    this.check = page.getByTestId('lessons.check')
    this.stepTitle = page.getByTestId('lessons.stepTitle')
    this.stepCounter = page.getByTestId('lessons.stepCounter')
    this.next = page.getByTestId('lessons.next')
    this.previous = page.getByTestId('lessons.previous')
    this.skip = page.getByTestId('lessons.skip')
    this.hint = page.getByTestId('lessons.hint')
    this.hintTexts = page.getByTestId('lessons.hintText')
    this.stepDots = page.getByTestId('lessons.stepDot')
  }

  /** Opens the panel from the toolbar (if it is not open already). */
  async open(): Promise<void> {
    if (!(await this.panel.isVisible())) await this.page.getByTestId('toolbar.workshop').click()
    await expect(this.panel).toBeVisible()
  }

  card(lessonKey: string): Locator {
    return this.page.locator(`[data-testid="lessons.card"][data-lesson="${lessonKey}"]`)
  }

  /** Starts (or continues) a lesson from the list. */
  async startLesson(lessonKey: string): Promise<void> {
    await this.open()
    await this.card(lessonKey).getByTestId('lessons.open').click()
    await expect(this.page.getByTestId('lessons.lesson')).toHaveAttribute('data-lesson', lessonKey)
  }

  async expectStep(n: number, total: number): Promise<void> {
    await expect(this.stepCounter).toHaveText(`Step ${n} of ${total}`)
  }

  async expectCheck(status: CheckStatus): Promise<void> {
    await expect(this.check).toHaveAttribute('data-status', status)
  }

  /** The outcome each step dot shows: `passed`, `skipped` or `open`. */
  async outcomes(): Promise<string[]> {
    return this.stepDots.evaluateAll((dots) =>
      dots.map((d) => d.getAttribute('data-outcome') ?? ''),
    )
  }
}
