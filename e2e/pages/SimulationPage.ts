import { expect, type Download, type Locator, type Page } from '@playwright/test'

/** The Simulation tab of the results drawer: run controls, what-if, summary and charts. */
export class SimulationPage {
  readonly tab: Locator
  readonly panel: Locator
  readonly run: Locator
  readonly cancel: Locator
  readonly status: Locator
  readonly summary: Locator
  readonly functionRows: Locator
  readonly whatIfKind: Locator
  readonly whatIfAmount: Locator

  constructor(readonly page: Page) {
    this.tab = page.getByTestId('results.tab.simulation')
    this.panel = page.getByTestId('simulation')
    this.run = page.getByTestId('simulation.run')
    this.cancel = page.getByTestId('simulation.cancel')
    this.status = page.getByTestId('simulation.status')
    this.summary = page.getByTestId('simulation.summary')
    this.functionRows = page.getByTestId('simulation.summary.function')
    this.whatIfKind = page.getByTestId('simulation.whatIf.kind')
    this.whatIfAmount = page.getByTestId('simulation.whatIf.amount')
  }

  async open(): Promise<void> {
    await this.tab.click()
    await expect(this.panel).toBeVisible()
  }

  /** Runs and waits for the summary of a finished run. */
  async runToEnd(): Promise<void> {
    await this.run.click()
    await expect(this.status).toContainText('simulated', { timeout: 60_000 })
    await expect(this.summary).toBeVisible()
  }

  chart(name: string): Locator {
    return this.page.getByTestId(`simulation.chart.${name}`)
  }

  /** Clicks a chart's export button and returns the download. */
  async export(chart: string, format: 'png' | 'csv'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`simulation.chart.${chart}.${format}`).click(),
    ])
    return download
  }

  /** A field of the shared scenario form. */
  field(testId: string): Locator {
    return this.page.getByTestId(`results.scenario.${testId}`)
  }
}
