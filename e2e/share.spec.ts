import { readFile } from 'node:fs/promises'
import type { Browser, Page } from '@playwright/test'
import { expect, test, watch } from './fixtures'
import { CostPage } from './pages/CostPage'
import { DesignerPage } from './pages/DesignerPage'

/** A page in a browser context of its own: no storage, nothing shared with the first page. */
async function freshPage(browser: Browser) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const problems = await watch(context, page)
  return { context, page, problems, designer: new DesignerPage(page) }
}

/** The share link the dialog offers, pointed at the test API. */
async function shareLink(page: Page): Promise<string> {
  await page.getByTestId('toolbar.share').click()
  const link = page.getByTestId('share.link')
  await expect(link).toHaveValue(/#share=/)
  const url = new URL(await link.inputValue())
  url.search = '?testApi'
  await page.getByTestId('share.dialog').press('Escape')
  return url.toString()
}

test.describe('sharing', () => {
  test('a link opens exactly the design in a fresh browser, read-only until kept', async ({
    browser,
    designer,
    page,
  }) => {
    await designer.open('rest-api-dynamodb')
    const cost = new CostPage(page)
    await cost.open()
    await cost.rps(0).fill('7')
    await expect
      .poll(async () => (await designer.state()).scenario.traffic[0]?.pattern)
      .toEqual({
        type: 'constant',
        rps: 7,
      })
    const sent = await designer.state()
    const link = await shareLink(page)

    const other = await freshPage(browser)
    await other.page.goto(link)
    await other.designer.waitForPanes()
    await expect(other.page.getByTestId('share.banner')).toBeVisible()
    const received = await other.designer.state()
    expect(received.yamlText).toBe(sent.yamlText)
    expect(received.positions).toEqual(sent.positions)
    expect(received.scenario).toEqual(sent.scenario)
    expect(received.documentName).toBe(sent.documentName)

    // Read-only: the editor takes no typing, and nothing is written to this browser's storage.
    await other.page.locator('[data-testid="editor.yaml"] .view-lines').click()
    await other.page.keyboard.type('# typed')
    await expect.poll(async () => (await other.designer.state()).yamlText).toBe(sent.yamlText)
    await other.page.getByTestId('toolbar.designs').click()
    await expect(other.page.getByTestId('toolbar.designs.menu')).toBeVisible()
    await expect(other.page.getByTestId('toolbar.designs.item')).toHaveCount(0)
    await other.page.keyboard.press('Escape')

    await other.page.getByTestId('share.keepCopy').click()
    await expect(other.page.getByTestId('share.banner')).toBeHidden()
    expect(new URL(other.page.url()).hash).toBe('')
    await expect.poll(async () => (await other.designer.state()).saveState).toMatch(/saved/i)
    await other.page.reload()
    await other.designer.waitForPanes()
    expect((await other.designer.state()).yamlText).toBe(sent.yamlText)
    expect((await other.designer.state()).scenario).toEqual(sent.scenario)
    expect(other.problems).toEqual({
      uncaughtErrors: [],
      consoleMessages: [],
      externalRequests: [],
    })
    await other.context.close()
  })

  test('a damaged link says so and changes nothing the user had', async ({ designer, page }) => {
    await designer.open('http-api')
    const before = await designer.state()
    await expect.poll(async () => (await designer.state()).saveState).toBe('saved')
    await page.goto('/?testApi#share=AAAAbroken')
    await designer.waitForPanes()
    await expect(page.getByTestId('app.notice')).toContainText('This share link cannot be opened')
    const after = await designer.state()
    expect(after.notice?.message).toMatch(/Nothing you had was changed/)
    expect([after.designId, after.yamlText]).toEqual([before.designId, before.yamlText])
    await expect(page.getByTestId('share.banner')).toBeHidden()
  })

  test('the project file carries the design, layout and scenario to another browser', async ({
    browser,
    designer,
    page,
  }) => {
    await designer.open('sqs-worker-dlq')
    const cost = new CostPage(page)
    await cost.open()
    await cost.rps(0).fill('3')
    await expect
      .poll(async () => (await designer.state()).scenario.traffic[0]?.pattern)
      .toEqual({
        type: 'constant',
        rps: 3,
      })
    const sent = await designer.state()
    await page.getByTestId('toolbar.share').click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('share.project').click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.canvas\.json$/)
    const file = await download.path()
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      format: 'serverless-canvas/design',
      version: 3,
    })

    const other = await freshPage(browser)
    await other.page.goto('/?testApi')
    await other.designer.waitForPanes()
    await other.page.getByTestId('toolbar.openInput').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: await readFile(file),
    })
    await expect.poll(async () => (await other.designer.state()).yamlText).toBe(sent.yamlText)
    const received = await other.designer.state()
    expect(received.scenario).toEqual(sent.scenario)
    expect(received.positions).toEqual(sent.positions)
    await other.context.close()
  })
})
