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
    // The drawer was open: it comes back open.
    await expect(cost.panel).toBeVisible()
    await expect(cost.rps(0)).toHaveValue('37')
  })
})

test.describe('cost views', () => {
  test.beforeEach(async ({ designer }) => {
    await designer.open('rest-api-dynamodb')
  })

  test('free-tier use per allowance, and what it would cover when switched off', async ({
    page,
  }) => {
    const cost = new CostPage(page)
    await cost.open()
    await expect(cost.allowance('Lambda requests')).toContainText('of 1,000,000 requests')
    await expect(cost.allowance('REST API calls')).toContainText('12 months')
    const summary = page.getByTestId('results.freeTier.summary')
    await expect(summary).toContainText('The free tier takes $')

    await cost.freeTier.click()
    await expect(summary).toContainText('The free tier is off; it would take $')
    await expect(cost.allowance('Lambda requests')).toBeVisible()
  })

  test('reads and writes per invocation change the DynamoDB lines and are kept', async ({
    designer,
    page,
  }) => {
    const cost = new CostPage(page)
    await cost.open()
    // GET routes read by default, the other methods write.
    await expect(cost.access('reads', 'function:getUser', 'table:UsersTable')).toHaveValue('1')
    await expect(cost.access('writes', 'function:getUser', 'table:UsersTable')).toHaveValue('0')
    await expect(cost.access('writes', 'function:createUser', 'table:UsersTable')).toHaveValue('1')
    const writes = cost.line('Write request units', 'UsersTable')
    const before = await writes.innerText()

    await cost.access('writes', 'function:getUser', 'table:UsersTable').fill('2')
    await expect(writes).not.toHaveText(before)
    const { scenario } = await designer.state()
    expect(scenario.access).toEqual([
      expect.objectContaining({
        from: 'function:getUser',
        to: 'table:UsersTable',
        writesPerInvocation: 2,
      }),
    ])
  })

  test('cost against memory and on demand against provisioned, with their formulas', async ({
    page,
  }) => {
    const cost = new CostPage(page)
    await cost.open()
    const cheapest = page.getByTestId('results.memory.cheapest')
    await expect(cheapest).toContainText('Cheapest at')
    await page.getByTestId('results.memory.function').selectOption('listUsers')
    await expect(cheapest).toContainText('Now 512 MB')
    const ioBound = await cheapest.innerText()
    await page.getByTestId('results.memory.cpuShare').fill('100')
    await expect(cheapest).not.toHaveText(ioBound)

    await expect(page.getByTestId('results.tableMode.summary')).toContainText(/cheaper|break-even/)
    await expect(page.getByTestId('results.tableMode')).toContainText('on-demand(f) =')
    await expect(page.getByTestId('results.cost.total.formula')).toContainText('Total = ')
  })

  test('the drawer keeps its height across a reload', async ({ designer, page }) => {
    const cost = new CostPage(page)
    await cost.open()
    const body = page.getByTestId('results.body')
    const splitter = page.getByRole('separator', { name: 'Resize the results' })
    await splitter.focus()
    await page.keyboard.press('Shift+ArrowUp')
    await expect.poll(async () => (await body.boundingBox())?.height).toBe(424)

    await page.reload()
    await designer.waitForPanes()
    await expect(cost.panel).toBeVisible()
    await expect.poll(async () => (await body.boundingBox())?.height).toBe(424)
  })

  test('a traffic shape is chosen, edited and checked like any field', async ({
    designer,
    page,
  }) => {
    const cost = new CostPage(page)
    await cost.open()
    await page.getByTestId('results.scenario.patternType.0').selectOption('spike')
    await expect(page.getByTestId('results.scenario.pattern.0')).toContainText('rps on average')
    await page.getByTestId('results.scenario.peakRps.0').fill('250')
    await expect
      .poll(async () => (await designer.state()).scenario.traffic[0]?.pattern)
      .toMatchObject({ type: 'spike', peakRps: 250 })

    await page.getByTestId('results.scenario.patternType.0').selectOption('step')
    await page.getByTestId('results.scenario.steps.0').fill('0:5, later:9')
    await expect(page.getByTestId('results.scenario.steps.0.error')).toBeVisible()
    await page.getByTestId('results.scenario.steps.0').fill('0:5, 1800:9')
    await expect
      .poll(async () => (await designer.state()).scenario.traffic[0]?.pattern)
      .toEqual({
        type: 'step',
        steps: [
          { atS: 0, rps: 5 },
          { atS: 1800, rps: 9 },
        ],
      })
  })
})
