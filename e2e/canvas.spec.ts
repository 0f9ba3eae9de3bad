import { expect, test } from './fixtures'
import { CanvasPage } from './pages/CanvasPage'
import { functionKeys, readExample } from './support/serverlessYaml'

const EXAMPLE = 'rest-api-dynamodb'

const functionIds = (state: {
  canvasModel: { resources: readonly { kind: string; id: string }[] }
}) => state.canvasModel.resources.filter((r) => r.kind === 'function').map((r) => r.id)

test.describe('canvas', () => {
  test('draws nodes with their figures and a legend of edge styles', async ({ designer, page }) => {
    const canvas = new CanvasPage(page)
    await designer.open(EXAMPLE)
    await expect(canvas.node('function:listUsers')).toContainText('512 MB')
    await expect(canvas.node('function:listUsers')).toContainText('nodejs22.x')
    await expect(canvas.node('table:UsersTable')).toContainText('On-demand')
    await expect(canvas.node('restApi')).toContainText('5 routes')
    await expect(canvas.legend).toBeVisible()
    await expect(canvas.legend).toContainText('Synchronous')
    await expect(canvas.legend).toContainText('Polled')
  })

  test('a dropped function connected from the API gains an http event', async ({
    designer,
    page,
  }) => {
    const canvas = new CanvasPage(page)
    await designer.open(EXAMPLE)
    const before = functionIds(await canvas.state())

    await canvas.dropKind('function')
    await expect.poll(async () => functionIds(await canvas.state()).length).toBe(before.length + 1)
    const state = await canvas.state()
    const added = functionIds(state).find((id) => !before.includes(id))!
    expect(state.selectedId).toBe(added)
    await expect(canvas.node(added)).toBeVisible()
    const name = added.slice('function:'.length)
    expect(state.yamlText).toContain(`  ${name}:`)

    await canvas.connect('restApi', added)

    await expect
      .poll(async () => (await canvas.state()).canvasModel.edges.map((e) => `${e.from}->${e.to}`))
      .toContain(`restApi->${added}`)
    const after = await canvas.state()
    const block = after.yamlText.slice(after.yamlText.indexOf(`  ${name}:`))
    expect(block).toMatch(/events:\s*\n\s*- http:/)
  })

  test('a refused connection says why and leaves the text alone', async ({ designer, page }) => {
    const canvas = new CanvasPage(page)
    await designer.open(EXAMPLE)
    const { yamlText } = await canvas.state()

    await canvas.connect('function:getUser', 'restApi')

    await expect
      .poll(async () => (await canvas.state()).notice?.message)
      .toMatch(/cannot trigger an API/)
    expect((await canvas.state()).notice?.kind).toBe('error')
    expect((await canvas.state()).yamlText).toBe(yamlText)
  })

  test('dragging a node moves it as one undo step', async ({ designer, page }) => {
    const canvas = new CanvasPage(page)
    await designer.open(EXAMPLE)
    const id = 'function:getUser'
    await expect.poll(async () => (await canvas.state()).positions[id]).toBeDefined()
    const start = await canvas.state()
    expect(start.canUndo).toBe(false)

    await canvas.dragNode(id, 40, 160)

    const moved = await canvas.state()
    expect(moved.positions[id]).not.toEqual(start.positions[id])
    expect(moved.positions[id]!.y).toBeGreaterThan(start.positions[id]!.y)
    expect(moved.canUndo).toBe(true)
    expect(moved.yamlText).toBe(start.yamlText)

    // One step back undoes the whole drag, and there is nothing left to undo.
    await page.keyboard.press('ControlOrMeta+z')
    await expect.poll(async () => (await canvas.state()).positions[id]).toEqual(start.positions[id])
    expect((await canvas.state()).canUndo).toBe(false)
  })

  test('Delete removes the selected function from the text', async ({ designer, page }) => {
    const canvas = new CanvasPage(page)
    await designer.open(EXAMPLE)
    await canvas.node('function:listUsers').click()
    await expect.poll(async () => (await canvas.state()).selectedId).toBe('function:listUsers')

    await page.keyboard.press('Delete')

    await expect(canvas.node('function:listUsers')).toHaveCount(0)
    const { yamlText } = await canvas.state()
    expect(yamlText).not.toContain('  listUsers:')
    expect(yamlText).toContain('  getUser:')
  })

  test('Tidy up lays the nodes out again as one undo step', async ({ designer, page }) => {
    const canvas = new CanvasPage(page)
    await designer.open(EXAMPLE)
    const id = 'function:createUser'
    await expect.poll(async () => (await canvas.state()).positions[id]).toBeDefined()
    const laidOut = (await canvas.state()).positions[id]
    await canvas.dragNode(id, 60, 200)
    const dragged = (await canvas.state()).positions[id]
    expect(dragged).not.toEqual(laidOut)

    await canvas.tidy.click()

    await expect.poll(async () => (await canvas.state()).positions[id]).toEqual(laidOut)
    await page.keyboard.press('ControlOrMeta+z')
    await expect.poll(async () => (await canvas.state()).positions[id]).toEqual(dragged)
  })

  test('broken YAML greys the canvas and names the error', async ({ designer, page }) => {
    const canvas = new CanvasPage(page)
    const first = functionKeys(readExample(EXAMPLE))[0]!
    await designer.open(EXAMPLE)
    await canvas.expectStale(false)
    await expect(canvas.root.locator('.react-flow__handle.connectable').first()).toBeAttached()

    await designer.moveEditorCursor(first.line, first.column + first.name.length + 1)
    await page.keyboard.type(' bad: value')
    await page.keyboard.press('Escape')

    await canvas.expectStale(true)
    await expect(canvas.banner).toBeVisible()
    await expect(canvas.banner).toContainText(/Line \d+: /)
    await expect(canvas.node(`function:${first.name}`)).toBeVisible()
    // Read-only while stale: nothing can be connected.
    await expect(canvas.root.locator('.react-flow__handle.connectable')).toHaveCount(0)
    await canvas.bannerReveal.click()
  })

  test('a schedule dropped next to a function runs that function', async ({ designer, page }) => {
    const canvas = new CanvasPage(page)
    await designer.open(EXAMPLE)
    await canvas.fitView()
    const target = 'function:getUser'
    const node = await canvas.node(target).boundingBox()
    const pane = await canvas.pane.boundingBox()
    if (!node || !pane) throw new Error('the canvas is not on screen')
    const before = functionIds(await canvas.state())

    await canvas.dropKind('schedule', {
      // Just beside its right edge, level with it: nearer to it than to any other node.
      x: (node.x + node.width + 30 - pane.x) / pane.width,
      y: (node.y + node.height / 2 - pane.y) / pane.height,
    })

    await expect
      .poll(async () =>
        (await canvas.state()).canvasModel.edges
          .filter((e) => e.kind === 'trigger' && e.event === 'schedule')
          .map((e) => e.to),
      )
      .toEqual([target])
    expect(functionIds(await canvas.state())).toEqual(before)
  })

  test('opening the results drawer keeps the whole design in view', async ({ designer, page }) => {
    const canvas = new CanvasPage(page)
    await designer.open(EXAMPLE)
    await page.getByTestId('results.tab.simulation').click()
    await expect(page.getByTestId('simulation')).toBeVisible()

    const inView = async () => {
      const pane = await canvas.pane.boundingBox()
      const nodes = await canvas.root.locator('.react-flow__node').all()
      for (const node of nodes) {
        const box = await node.boundingBox()
        if (!pane || !box) return false
        if (box.y < pane.y || box.y + box.height > pane.y + pane.height) return false
        if (box.x < pane.x || box.x + box.width > pane.x + pane.width) return false
      }
      return nodes.length > 0
    }
    await expect.poll(inView).toBe(true)
  })
})
