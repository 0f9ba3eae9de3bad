import { expect, type Locator, type Page } from '@playwright/test'

/** The Cost section of the bottom drawer: the scenario form and the monthly bill. */
export class CostPage {
  readonly toggle: Locator
  readonly panel: Locator
  readonly total: Locator
  readonly priceBook: Locator
  readonly freeTier: Locator
  readonly lines: Locator
  readonly scenario: Locator
  readonly reset: Locator

  constructor(readonly page: Page) {
    this.toggle = page.getByTestId('results.toggle')
    this.panel = page.getByTestId('results.cost')
    this.total = page.getByTestId('results.cost.total')
    this.priceBook = page.getByTestId('results.cost.priceBook')
    this.freeTier = page.getByTestId('results.cost.freeTier')
    this.lines = page.getByTestId('results.cost.line')
    this.scenario = page.getByTestId('results.scenario')
    this.reset = page.getByTestId('results.scenario.reset')
  }

  async open(): Promise<void> {
    await this.toggle.click()
    await expect(this.panel).toBeVisible()
  }

  rps(index: number): Locator {
    return this.page.getByTestId(`results.scenario.rps.${index}`)
  }

  /** A field of an access edge's row: `reads` or `writes` per invocation of `from` on `to`. */
  access(field: 'reads' | 'writes', from: string, to: string): Locator {
    return this.page.getByTestId(`results.scenario.${field}.${from}->${to}`)
  }

  /** The bill's line for `item` of `resource` ("Write request units" of "UsersTable"). */
  line(item: string, resource: string): Locator {
    return this.lines.filter({ hasText: item }).filter({ hasText: resource })
  }

  /** A row of the free-tier view by allowance name ("Lambda requests"). */
  allowance(name: string): Locator {
    return this.page.locator(`[data-testid="results.freeTier.row"][data-allowance="${name}"]`)
  }

  rpsError(index: number): Locator {
    return this.page.getByTestId(`results.scenario.rps.${index}.error`)
  }

  /** The total as a number of dollars, once it is displayed. */
  async totalUsd(): Promise<number> {
    await expect(this.total).toHaveText(/^\$\d/)
    return Number((await this.total.innerText()).replace(/[$,]/g, ''))
  }

  /** Waits for the total to differ from `before`, and returns it. */
  async totalChangedFrom(before: number): Promise<number> {
    await expect.poll(() => this.totalUsd()).not.toBe(before)
    return this.totalUsd()
  }
}

/**
 * The traffic rate of the first entry as stored in the browser for `designId`, read straight
 * from IndexedDB: what a reload will find.
 */
export async function savedFirstRps(page: Page, designId: string): Promise<number | undefined> {
  return page.evaluate(
    (id) =>
      new Promise<number | undefined>((resolve) => {
        const open = indexedDB.open('serverless-canvas')
        open.onerror = () => resolve(undefined)
        open.onsuccess = () => {
          const get = open.result.transaction('designs').objectStore('designs').get(id)
          get.onerror = () => resolve(undefined)
          get.onsuccess = () => {
            open.result.close()
            resolve(get.result?.scenario?.traffic?.[0]?.pattern?.rps)
          }
        }
      }),
    designId,
  )
}
