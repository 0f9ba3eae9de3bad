import { readFile } from 'node:fs/promises'
import { parse } from '../src/serverless'
import { simulate } from '../workers/engine'
import { expect, test } from './fixtures'
import { SimulationPage } from './pages/SimulationPage'

test.describe('simulation', () => {
  test.beforeEach(async ({ designer }) => {
    await designer.open('rest-api-dynamodb')
  })

  test('runs the scenario in a worker and shows the summary, the charts and node figures', async ({
    designer,
    page,
  }) => {
    const sim = new SimulationPage(page)
    await sim.open()
    await sim.field('rps.0').fill('20')
    await sim.runToEnd()
    await expect(sim.functionRows).toHaveCount(5)
    for (const chart of ['traffic', 'instances', 'coldStarts', 'latency', 'heatmap', 'cost']) {
      await expect(sim.chart(chart)).toBeVisible()
    }
    const { nodeFigures } = await designer.state()
    expect(nodeFigures['function:getUser']).toMatchObject({ alert: false })
    expect(nodeFigures['function:getUser']?.text).toMatch(/^p99 \d+ ms · .* cold$/)
    await expect(designer.canvasNode('function:getUser').getByTestId(/figure$/)).toHaveText(
      nodeFigures['function:getUser']?.text ?? '',
    )
    // An edit after the run leaves the results up, marked as older than the design.
    await expect(page.getByTestId('simulation.stale')).toBeHidden()
    await sim.field('rps.0').fill('30')
    await expect(page.getByTestId('simulation.stale')).toBeVisible()
  })

  test('traffic above the account token bucket is throttled, and the API node turns red', async ({
    designer,
    page,
  }) => {
    const sim = new SimulationPage(page)
    await sim.open()
    await sim.field('durationS').fill('20')
    await sim.field('rps.0').fill('20000')
    await sim.runToEnd()
    const figure = (await designer.state()).nodeFigures.restApi
    expect(figure?.alert).toBe(true)
    expect(figure?.text).toContain('throttled')
    await expect(designer.canvasNode('restApi').getByTestId(/figure$/)).toHaveAttribute(
      'data-alert',
      'true',
    )
  })

  test('a what-if runs beside the design on the same traffic', async ({ page }) => {
    const sim = new SimulationPage(page)
    await sim.open()
    await sim.whatIfKind.selectOption('memory')
    await sim.whatIfAmount.fill('2048')
    await sim.runToEnd()
    // Five functions, once as designed and once with createUser at 2,048 MB.
    await expect(sim.functionRows).toHaveCount(10)
    await expect(sim.summary).toContainText('createUser at 2,048 MB')
    await expect(sim.chart('instances')).toContainText('Busy, createUser at 2,048 MB')
  })

  test('charts export as CSV and PNG', async ({ page }) => {
    const sim = new SimulationPage(page)
    await sim.open()
    await sim.runToEnd()
    const csv = await sim.export('traffic', 'csv')
    expect(csv.suggestedFilename()).toMatch(/\.csv$/)
    const text = await readFile(await csv.path(), 'utf8')
    expect(text.split('\r\n')[0]).toBe('time_s,Offered,Served,Throttled')
    expect(text.split('\r\n').length).toBeGreaterThan(100)
    const png = await sim.export('latency', 'png')
    expect(png.suggestedFilename()).toMatch(/^latency-of-createuser\.png$/)
    const bytes = await readFile(await png.path())
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
  })

  test('a long run can be cancelled, and a new run replaces it', async ({ page }) => {
    const sim = new SimulationPage(page)
    await sim.open()
    await sim.field('durationS').fill('2592000')
    await sim.field('rps.0').fill('200')
    await sim.run.click()
    await expect(sim.cancel).toBeVisible()
    await sim.cancel.click()
    await expect(sim.status).toHaveText('Cancelled.')
    await sim.field('durationS').fill('600')
    await sim.runToEnd()
    await expect(sim.status).toContainText('over 600 s simulated')
  })

  test('a cap on a function’s instances makes it throttle, in red on its node', async ({
    designer,
    page,
  }) => {
    const sim = new SimulationPage(page)
    await sim.open()
    await sim.field('durationS').fill('60')
    await sim.field('rps.0').fill('100')
    await sim.field('maxConcurrency.function:getUser').fill('1')
    await expect
      .poll(async () => (await designer.state()).scenario.functions['function:getUser'])
      .toMatchObject({ maxConcurrency: 1 })
    await sim.runToEnd()
    const { nodeFigures } = await designer.state()
    expect(nodeFigures['function:getUser']).toMatchObject({ alert: true })
    expect(nodeFigures['function:listUsers']).toMatchObject({ alert: false })
    await expect(sim.functionRows.filter({ hasText: 'getUser' })).toHaveClass(/is-alert/)
  })

  test('the same seed gives the same run in the browser as in Node', async ({ designer, page }) => {
    const sim = new SimulationPage(page)
    await sim.open()
    await sim.field('durationS').fill('600')
    await sim.field('rps.0').fill('40')
    await sim.field('seed').fill('42')
    await sim.runToEnd()
    const { scenario, yamlText } = await designer.state()
    const inNode = simulate(parse(yamlText).model, scenario)
    if (!inNode.ok) throw new Error(inNode.error)
    for (const [id, f] of Object.entries(inNode.value.summary.functions)) {
      const row = page.locator(`[data-testid="simulation.summary.function"][data-id="${id}"]`)
      await expect(row.locator('td').nth(1)).toHaveText(f.invocations.toLocaleString('en-US'))
      await expect(row.locator('td').nth(2)).toContainText(
        `${f.coldStarts.toLocaleString('en-US')} (`,
      )
    }
  })

  test('a provisioned table gets auto scaling for the run, kept in the scenario', async ({
    designer,
    page,
  }) => {
    await designer.openExample('scheduled-job')
    const sim = new SimulationPage(page)
    await sim.open()
    const tableId = (await designer.state()).canvasModel.resources.find(
      (r) => r.kind === 'table',
    )?.id
    await sim.field(`autoScaling.${tableId}`).fill('50')
    await expect
      .poll(async () => (await designer.state()).scenario.tables[tableId ?? '']?.autoScaling)
      .toMatchObject({ targetUtilization: 50 })
    await sim.field(`autoScaling.${tableId}`).fill('95')
    await expect(page.getByTestId(`results.scenario.autoScaling.${tableId}.error`)).toBeVisible()
    await sim.runToEnd()
  })

  test('a queue shows how far its consumers keep up', async ({ designer, page }) => {
    await designer.openExample('sqs-worker-dlq')
    const sim = new SimulationPage(page)
    await sim.open()
    await sim.field('durationS').fill('300')
    await sim.runToEnd()
    await expect(sim.chart('queue')).toContainText('Waiting')
  })

  test('a route throttle refuses what its bucket cannot hold, and the API turns red', async ({
    designer,
    page,
  }) => {
    const sim = new SimulationPage(page)
    await sim.open()
    await sim.field('durationS').fill('60')
    await sim.field('rps.0').fill('50')
    await sim.field('throttleRps.restApi.GET /users').fill('2')
    await sim.field('throttleBurst.restApi.GET /users').fill('5')
    await expect
      .poll(async () => (await designer.state()).scenario.apis)
      .toEqual({ restApi: { routes: { 'GET /users': { rps: 2, burst: 5 } } } })
    await sim.runToEnd()
    expect((await designer.state()).nodeFigures.restApi?.alert).toBe(true)
    // The bucket admits 5 + 2 × 60 = 125 of GET /users' ~600 requests; the rest are 429s.
    const row = sim.summary.locator('tr', { hasText: 'restApi' })
    const byRoute = Number((await row.locator('td').nth(4).innerText()).replace(/,/g, ''))
    expect(byRoute).toBeGreaterThan(400)
  })
})
