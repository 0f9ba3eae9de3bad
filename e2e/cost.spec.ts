import { expect, test } from './fixtures'
import { CostPage, savedFirstRps } from './pages/CostPage'

test.describe('cost', () => {
  test.beforeEach(async ({ designer }) => {
    await designer.open('rest-api-dynamodb')
  })

  test('shows the monthly total and each line with its formula', async ({ page }) => {
    const cost = new CostPage(page)
    await cost.open()
    await expect(cost.total).toHaveText(/^\$\d/)
    await expect(cost.lines.first()).toBeVisible()
    const formula = cost.lines.first().getByTestId('results.cost.line.formula')
    await expect(formula).toBeVisible()
    await expect(formula).toContainText('=')
    await expect(page.getByTestId('results.architecture.saving')).toContainText('arm64 saves $')
    await expect(page.getByTestId('results.projection.year')).toHaveText(/^Year: \$\d/)
  })

  test('more traffic costs more; without the free tier never less', async ({ page }) => {
    const cost = new CostPage(page)
    await cost.open()
    const starter = await cost.totalUsd()

    await cost.rps(0).fill('50')
    const busy = await cost.totalChangedFrom(starter)
    expect(busy).toBeGreaterThan(starter)

    await expect(cost.freeTier).toBeChecked()
    await cost.freeTier.click()
    await expect(cost.freeTier).not.toBeChecked()
    expect(await cost.totalUsd()).toBeGreaterThanOrEqual(busy)

    await cost.priceBook.selectOption('2018')
    await expect(cost.total).toHaveText(/^\$\d/)
  })

  test('refuses an invalid rate inline and resets to the starter scenario', async ({ page }) => {
    const cost = new CostPage(page)
    await cost.open()
    const starter = await cost.totalUsd()

    await cost.rps(0).fill('-3')
    await expect(cost.rpsError(0)).toBeVisible()
    expect(await cost.totalUsd()).toBe(starter)

    await cost.rps(0).fill('20')
    await expect(cost.rpsError(0)).toBeHidden()
    await cost.totalChangedFrom(starter)

    await cost.reset.click()
    await expect(cost.rps(0)).toHaveValue('1')
    expect(await cost.totalUsd()).toBe(starter)
  })
})

test.describe('cost scenario', () => {
  test("the user's own scenario is saved with the design and found after a reload", async ({
    designer,
    page,
  }) => {
    await designer.open('rest-api-dynamodb')
    const cost = new CostPage(page)
    await cost.open()
    const starter = await cost.totalUsd()
    await cost.rps(0).fill('37')
    await cost.rps(0).press('Enter')
    await cost.totalChangedFrom(starter)
    const { designId } = await designer.state()
    await expect.poll(() => savedFirstRps(page, designId)).toBe(37)

    await page.reload()
    await designer.waitForPanes()
    if (!(await cost.panel.isVisible())) await cost.open()
    await expect(cost.rps(0)).toHaveValue('37')
  })
})
