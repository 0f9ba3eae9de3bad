import { CanvasPage } from './pages/CanvasPage'
import { CostPage } from './pages/CostPage'
import { InspectorPage } from './pages/InspectorPage'
import { SimulationPage } from './pages/SimulationPage'
import { WorkshopPage } from './pages/WorkshopPage'
import { expect, test, watch } from './fixtures'

/** The workshop as a learner and a presenter meet it, on the bundled lessons. */

const EXAMPLE = 'http-api'

test.describe('workshop', () => {
  // A classroom laptop or projector: room for the lesson, palette, canvas, inspector and editor.
  test.use({ viewport: { width: 1600, height: 900 } })

  test('a learner completes the API Gateway lesson from start to finish', async ({
    designer,
    page,
  }) => {
    const workshop = new WorkshopPage(page)
    const canvas = new CanvasPage(page)
    const inspector = new InspectorPage(page)
    await designer.open(EXAMPLE)

    await workshop.startLesson('api-gateway-basics')
    await workshop.expectStep(1, 4)
    await expect(designer.canvasNode('function:hello')).toBeVisible()
    await workshop.expectCheck('failed')

    // Step 1: an HTTP API, dropped in the corner farthest from hello (so it brings a function
    // of its own; dropped beside hello it would route to hello and pass step 2 at once).
    const hello = await designer.canvasNode('function:hello').boundingBox()
    const pane = await canvas.pane.boundingBox()
    if (!hello || !pane) throw new Error('the canvas is not on screen')
    const helloLeft = hello.x + hello.width / 2 < pane.x + pane.width / 2
    const helloTop = hello.y + hello.height / 2 < pane.y + pane.height / 2
    await canvas.dropKind('httpApi', { x: helloLeft ? 0.97 : 0.03, y: helloTop ? 0.97 : 0.03 })
    await workshop.expectCheck('passed')
    await workshop.next.click()

    // Step 2: route a request to hello.
    await workshop.expectStep(2, 4)
    await workshop.expectCheck('failed')
    await canvas.fitView()
    await canvas.connect('httpApi', 'function:hello')
    await workshop.expectCheck('passed')
    await workshop.next.click()

    // Step 3: answer before API Gateway gives up.
    await workshop.expectStep(3, 4)
    await workshop.expectCheck('failed')
    await designer.canvasNode('function:hello').click()
    await inspector.commit('timeout', '6')
    await workshop.expectCheck('passed')
    await workshop.next.click()

    // Step 4: a table that hello uses.
    await workshop.expectStep(4, 4)
    await workshop.expectCheck('failed')
    await canvas.dropKind('table', { x: 0.6, y: 0.5 })
    await expect
      .poll(async () => (await canvas.state()).canvasModel.resources.map((r) => r.id))
      .toContain('table:NewTable')
    await canvas.fitView()
    await canvas.connect('function:hello', 'table:NewTable')
    await workshop.expectCheck('passed')

    await expect(page.getByTestId('lessons.finished')).toContainText('4 of 4 steps done')
    expect(await workshop.outcomes()).toEqual(['passed', 'passed', 'passed', 'passed'])
    const yaml = (await canvas.state()).yamlText
    expect(yaml).toContain('timeout: 6')
    expect(yaml).toContain('NewTable')
  })

  test('hints one at a time, a skipped step, and progress kept across a reload', async ({
    designer,
    page,
  }) => {
    const workshop = new WorkshopPage(page)
    await designer.open(EXAMPLE)
    await workshop.startLesson('cold-starts')
    await workshop.expectStep(1, 5)
    await expect(workshop.hintTexts).toHaveCount(0)
    await workshop.hint.click()
    await expect(workshop.hintTexts).toHaveCount(1)
    await workshop.hint.click()
    await expect(workshop.hintTexts).toHaveCount(2)
    await expect(workshop.hint).toBeHidden()

    await workshop.skip.click()
    await workshop.expectStep(2, 5)
    expect((await workshop.outcomes())[0]).toBe('skipped')

    await page.reload()
    await designer.waitForPanes()
    await expect(workshop.panel).toBeVisible()
    await workshop.expectStep(2, 5)
    expect((await workshop.outcomes())[0]).toBe('skipped')
    await workshop.previous.click()
    await workshop.expectStep(1, 5)
    await expect(workshop.hintTexts).toHaveCount(2)
  })

  test('a simulation check waits for a run of the design as it is, then turns green', async ({
    designer,
    page,
  }) => {
    const workshop = new WorkshopPage(page)
    const simulation = new SimulationPage(page)
    await designer.open(EXAMPLE)
    await workshop.startLesson('cold-starts')
    await workshop.expectCheck('waiting')

    await simulation.open()
    await simulation.runToEnd()
    await workshop.expectCheck('passed')
    await expect(workshop.check).toContainText(/cold-start share is \d+(\.\d+)?%/)
  })

  test('the bill lesson is played through the cost settings and the inspector', async ({
    designer,
    page,
  }) => {
    const workshop = new WorkshopPage(page)
    const cost = new CostPage(page)
    const inspector = new InspectorPage(page)
    await designer.open(EXAMPLE)
    await workshop.startLesson('the-bill')
    await cost.open()
    await expect(cost.freeTier).not.toBeChecked()
    const without = await cost.totalUsd()
    await workshop.expectCheck('failed')

    await cost.freeTier.check()
    expect(await cost.totalChangedFrom(without)).toBeLessThan(without)
    await workshop.expectCheck('passed')
    await workshop.next.click()

    await workshop.expectCheck('failed')
    await cost.priceBook.selectOption('2018')
    await workshop.expectCheck('passed')
    await workshop.next.click()

    await cost.priceBook.selectOption('current')
    await workshop.expectCheck('failed')
    await designer.canvasNode('function:status').click()
    await inspector.choose('architecture', 'arm64')
    await workshop.expectCheck('passed')
    expect(await workshop.outcomes()).toEqual([
      'passed',
      'passed',
      'passed',
      'open',
      'open',
      'open',
    ])
  })

  test('presenter view: the editor on demand, a laser pointer, steps from the keyboard', async ({
    designer,
    page,
  }) => {
    const workshop = new WorkshopPage(page)
    await designer.open(EXAMPLE)
    await workshop.startLesson('the-bill')
    const app = page.getByTestId('app')
    const editorPane = page.getByTestId('app.editorPane')

    await page.getByTestId('lessons.presenter').check()
    await expect(app).toHaveAttribute('data-presenter', 'true')
    await expect(editorPane).toBeHidden()

    await page.keyboard.press('e')
    await expect(editorPane).toBeVisible()
    await page.getByTestId('lessons.toggleEditor').click()
    await expect(editorPane).toBeHidden()

    await page.keyboard.press('l')
    const laser = page.getByTestId('lessons.laserPointer')
    await expect(laser).toBeVisible()
    await page.mouse.move(400, 300)
    await page.keyboard.press('l')
    await expect(laser).toBeHidden()

    await page.keyboard.press('PageDown')
    await workshop.expectStep(2, 6)
    await page.keyboard.press('ArrowLeft')
    await workshop.expectStep(1, 6)
    await page.keyboard.press('ArrowRight')
    await workshop.expectStep(2, 6)

    await page.getByTestId('lessons.presenter').uncheck()
    await expect(app).toHaveAttribute('data-presenter', 'false')
    await expect(editorPane).toBeVisible()
  })

  test('a room link opens the same lesson at the same step in a fresh browser', async ({
    designer,
    page,
    browser,
  }) => {
    const workshop = new WorkshopPage(page)
    await designer.open(EXAMPLE)
    await workshop.startLesson('throttling')
    await workshop.next.click()
    await workshop.next.click()
    await workshop.expectStep(3, 5)
    await page.getByTestId('lessons.roomLink').click()
    const url = await page.getByTestId('lessons.roomLinkUrl').inputValue()
    expect(url).toContain('lesson=throttling')
    expect(url).toContain('step=3')

    const context = await browser.newContext()
    const learner = await context.newPage()
    const problems = await watch(context, learner)
    await learner.goto(url)
    const theirs = new WorkshopPage(learner)
    await expect(theirs.panel).toBeVisible()
    await expect(learner.getByTestId('lessons.lesson')).toHaveAttribute('data-lesson', 'throttling')
    await theirs.expectStep(3, 5)
    await expect(theirs.stepTitle).toHaveText('Reserved concurrency is a cap too')
    await expect(learner.getByTestId('canvas.node.function:order')).toBeVisible()
    expect(new URL(learner.url()).searchParams.get('lesson')).toBeNull()
    await context.close()
    expect(problems).toEqual({ uncaughtErrors: [], consoleMessages: [], externalRequests: [] })
  })

  test('a lesson link that cannot be opened says why and changes nothing', async ({
    designer,
    page,
  }) => {
    await designer.open(EXAMPLE)
    const before = await designer.state()
    await expect.poll(async () => (await designer.state()).saveState).toBe('saved')

    await page.goto('/?testApi&lesson=no-such-lesson&step=2')
    await designer.waitForPanes()
    await expect(page.getByTestId('app.notice')).toContainText('This lesson link cannot be opened')
    await expect(page.getByTestId('app.notice')).toContainText('no-such-lesson')
    let after = await designer.state()
    expect([after.designId, after.yamlText]).toEqual([before.designId, before.yamlText])

    await page.goto('/?testApi#lesson=AAAAbroken')
    await designer.waitForPanes()
    await expect(page.getByTestId('app.notice')).toContainText('This lesson link cannot be opened')
    after = await designer.state()
    expect([after.designId, after.yamlText]).toEqual([before.designId, before.yamlText])
    await expect(page.getByTestId('lessons.lesson')).toHaveCount(0)
  })

  test("a teacher's lesson file loads, travels in a room link; a broken one is refused", async ({
    designer,
    page,
    browser,
  }) => {
    const workshop = new WorkshopPage(page)
    await designer.open(EXAMPLE)
    await workshop.open()
    const lesson = {
      format: 'serverless-canvas/lesson',
      version: 1,
      id: 'my-arm64',
      title: 'Graviton for everyone',
      summary: 'Move every function to arm64.',
      minutes: 5,
      steps: [
        {
          id: 'arm',
          title: 'Switch to arm64',
          goal: 'Every function runs on arm64.',
          instructions: 'Select each function and choose arm64.',
          hints: ['provider.architecture sets it for all functions.'],
          start: { example: 'rest-api-dynamodb' },
          check: {
            kind: 'property',
            select: 'function',
            property: 'architecture',
            equals: 'arm64',
          },
        },
      ],
    }
    const input = page.getByTestId('lessons.fileInput')
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ ...lesson, steps: [{ ...lesson.steps[0], check: { kind: 'vibes' } }] }),
      ),
    })
    await expect(page.getByTestId('lessons.fileError')).toContainText('steps[0].check')
    await expect(workshop.card('file:my-arm64')).toHaveCount(0)

    await input.setInputFiles({
      name: 'arm64.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(lesson)),
    })
    await expect(page.getByTestId('lessons.lesson')).toHaveAttribute('data-lesson', 'file:my-arm64')
    await workshop.expectStep(1, 1)
    await expect(designer.canvasNode('function:getUser')).toBeVisible()
    await workshop.expectCheck('failed')

    // The room needs no file: the link carries the whole lesson.
    await page.getByTestId('lessons.roomLink').click()
    const url = await page.getByTestId('lessons.roomLinkUrl').inputValue()
    expect(url).toContain('#lesson=')
    const context = await browser.newContext()
    const learner = await context.newPage()
    const problems = await watch(context, learner)
    await learner.goto(url)
    await expect(learner.getByTestId('lessons.lesson')).toHaveAttribute(
      'data-lesson',
      'file:my-arm64',
    )
    await expect(new WorkshopPage(learner).stepTitle).toHaveText('Switch to arm64')
    await expect(learner.getByTestId('canvas.node.function:getUser')).toBeVisible()
    await context.close()
    expect(problems).toEqual({ uncaughtErrors: [], consoleMessages: [], externalRequests: [] })
  })

  test('the calculators show their figures and formulas', async ({ designer, page }) => {
    const workshop = new WorkshopPage(page)
    await designer.open(EXAMPLE)
    await workshop.open()
    await page.getByTestId('lessons.tab.calculators').click()

    await expect(page.getByTestId('lessons.calc.capacity.strongReads')).toContainText('10')
    await expect(page.getByTestId('lessons.calc.capacity.eventualReads')).toContainText('20')
    await expect(page.getByTestId('lessons.calc.capacity.formula')).toContainText('RCU')
    await page.getByTestId('lessons.calc.capacity.rcu').fill('30')
    await expect(page.getByTestId('lessons.calc.capacity.strongReads')).toContainText('30')
    await expect(page.getByTestId('lessons.calc.capacity.eventualReads')).toContainText('60')

    await page.getByTestId('lessons.calc.capacity.itemSizeKb').fill('-1')
    await expect(page.getByTestId('lessons.calc.capacity.error')).toBeVisible()
    await expect(page.getByTestId('lessons.calc.capacity.itemSizeKb')).toHaveValue('-1')

    await expect(page.getByTestId('lessons.calc.lambda.gbSeconds')).not.toBeEmpty()
    await expect(page.getByTestId('lessons.calc.lambda.formula')).toContainText('GB')
    await expect(page.getByTestId('lessons.calc.partitions.count')).not.toBeEmpty()
    await expect(page.getByTestId('lessons.calc.apiGateway.total')).toContainText('$')
  })
})
