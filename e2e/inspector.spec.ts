import { expect, test } from './fixtures'
import { InspectorPage } from './pages/InspectorPage'
import { PalettePage } from './pages/PalettePage'

const EXAMPLE = 'rest-api-dynamodb'

/** The lines between the common prefix and suffix of two texts: what an edit removed and added. */
function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n')
  const b = after.split('\n')
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) }
}

function functionNames(state: {
  canvasModel: { resources: readonly { kind: string; name: string }[] }
}) {
  return state.canvasModel.resources.filter((r) => r.kind === 'function').map((r) => r.name)
}

test.describe('inspector and palette', () => {
  test('setting a function memory writes exactly one line of serverless.yml', async ({
    designer,
    page,
  }) => {
    const inspector = new InspectorPage(page)
    await designer.open(EXAMPLE)
    await expect(inspector.summary).toContainText('Select a resource to edit it')

    await designer.canvasNode('function:getUser').click()
    await inspector.expectShowing('getUser')
    // getUser inherits the provider's 256 MB.
    await expect(inspector.field('memorySize')).toHaveValue('256')
    const before = (await designer.state()).yamlText

    await inspector.commit('memorySize', '512')

    await expect.poll(async () => (await designer.state()).yamlText).not.toBe(before)
    const after = (await designer.state()).yamlText
    const diff = lineDiff(before, after)
    expect(diff.removed.length + diff.added.length).toBe(1)
    expect([...diff.removed, ...diff.added][0]).toContain('memorySize: 512')
    await expect(inspector.field('memorySize')).toHaveValue('512')
    await expect(inspector.error('memorySize')).toHaveCount(0)
  })

  test('an invalid memory size is explained inline and writes nothing', async ({
    designer,
    page,
  }) => {
    const inspector = new InspectorPage(page)
    await designer.open(EXAMPLE)
    await designer.canvasNode('function:getUser').click()
    await inspector.expectShowing('getUser')
    const before = await designer.state()

    await inspector.commit('memorySize', '64')

    await expect(inspector.error('memorySize')).toBeVisible()
    await expect(inspector.error('memorySize')).toContainText('128')
    await expect(inspector.field('memorySize')).toHaveAttribute('aria-invalid', 'true')
    const after = await designer.state()
    expect(after.yamlText).toBe(before.yamlText)
    expect(after.canUndo).toBe(before.canUndo)

    // Escape gives the field back the file's value.
    await inspector.field('memorySize').press('Escape')
    await expect(inspector.field('memorySize')).toHaveValue('256')
    await expect(inspector.error('memorySize')).toHaveCount(0)
  })

  test('adds a function from the palette with the keyboard', async ({ designer, page }) => {
    const palette = new PalettePage(page)
    const inspector = new InspectorPage(page)
    await designer.open(EXAMPLE)
    const before = await designer.state()

    await palette.addWithKeyboard('function')

    await expect
      .poll(async () => functionNames(await designer.state()).length)
      .toBe(functionNames(before).length + 1)
    const after = await designer.state()
    const added = functionNames(after).filter((name) => !functionNames(before).includes(name))
    expect(added).toHaveLength(1)
    const name = added[0]!
    expect(after.yamlText).toContain(`\n  ${name}:\n`)
    await expect(designer.canvasNode(`function:${name}`)).toBeVisible()
    // The new function is selected, so the inspector shows it.
    expect(after.selectedId).toBe(`function:${name}`)
    await inspector.expectShowing(name)
  })

  test('moves through the palette with the arrow keys', async ({ designer, page }) => {
    const palette = new PalettePage(page)
    await designer.open(EXAMPLE)
    await palette.item('function').focus()
    await page.keyboard.press('ArrowDown')
    await expect(palette.item('restApi')).toBeFocused()
    await page.keyboard.press('End')
    await expect(palette.item('eventBus')).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(palette.item('function')).toBeFocused()
    // One item in the tab order at a time.
    await expect(palette.item('function')).toHaveAttribute('tabindex', '0')
    await expect(palette.item('eventBus')).toHaveAttribute('tabindex', '-1')
  })

  test('switching a table to provisioned capacity writes its throughput', async ({
    designer,
    page,
  }) => {
    const inspector = new InspectorPage(page)
    await designer.open(EXAMPLE)
    await designer.canvasNode('table:UsersTable').click()
    await inspector.expectShowing('UsersTable')

    await inspector.choose('billingMode', 'PROVISIONED')

    await expect
      .poll(async () => (await designer.state()).yamlText)
      .toContain('ProvisionedThroughput')
    const state = await designer.state()
    expect(state.yamlText).toContain('BillingMode: PROVISIONED')
    await expect(inspector.field('rcu')).toBeVisible()
    await expect(inspector.field('wcu')).toBeVisible()

    // Undo puts the file back, and the inspector follows at once.
    await page.getByTestId('toolbar.undo').click()
    await expect(inspector.field('billingMode')).toHaveValue('PAY_PER_REQUEST')
    await expect(inspector.field('rcu')).toHaveCount(0)
  })
})
