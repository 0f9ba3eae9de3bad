import { expect, test } from './fixtures'
import { functionKeys, readExample } from './support/serverlessYaml'

const EXAMPLE = 'rest-api-dynamodb'

test.describe('designer shell', () => {
  test('shows an example on the canvas and in the editor, and follows typing', async ({
    designer,
  }) => {
    const yamlText = readExample(EXAMPLE)
    const functions = functionKeys(yamlText)
    expect(functions.length).toBeGreaterThan(0)

    await designer.open(EXAMPLE)
    await expect(designer.toolbar).toBeVisible()

    // Every function of the file is a node on the canvas, and nothing else is a function node.
    for (const { name } of functions) {
      await expect(designer.canvasNode(`function:${name}`)).toBeVisible()
    }
    await expect(designer.functionNodes).toHaveCount(functions.length)

    // The editor holds the file, byte for byte, and shows its first line.
    expect((await designer.state()).yamlText).toBe(yamlText)
    const firstLine = yamlText.slice(0, yamlText.indexOf('\n'))
    await expect.poll(() => designer.visibleEditorText()).toContain(firstLine)

    // Rename the first function in the editor: the canvas follows.
    const renamed = functions[0]!
    const newName = `${renamed.name}Renamed`
    await designer.moveEditorCursor(renamed.line, renamed.column)
    await designer.typeOverInEditor(renamed.name.length, newName)

    await expect(designer.canvasNode(`function:${newName}`)).toBeVisible()
    await expect(designer.canvasNode(`function:${renamed.name}`)).toHaveCount(0)
    await expect(designer.functionNodes).toHaveCount(functions.length)
    const state = await designer.state()
    expect(state.yamlText).toBe(yamlText.replace(`  ${renamed.name}:`, `  ${newName}:`))
    expect(state.yamlParses).toBe(true)
  })

  test('keeps the last valid model on the canvas while the YAML is broken', async ({
    designer,
    page,
  }) => {
    const yamlText = readExample(EXAMPLE)
    const functions = functionKeys(yamlText)
    const first = functions[0]!
    await designer.open(EXAMPLE)

    // `name: bad: value` is not YAML (a mapping cannot start inside a plain scalar's line).
    await designer.moveEditorCursor(first.line, first.column + first.name.length + 1)
    const breakage = ' bad: value'
    await page.keyboard.type(breakage)
    await page.keyboard.press('Escape')

    await expect.poll(async () => (await designer.state()).yamlParses).toBe(false)
    await expect(designer.editorStatus).toContainText('Canvas shows the last valid YAML')
    await expect(designer.functionNodes).toHaveCount(functions.length)
    await expect(designer.canvasNode(`function:${first.name}`)).toBeVisible()

    // Deleting what was typed repairs the text, and the notice goes away.
    for (let i = 0; i < breakage.length; i++) await page.keyboard.press('Backspace')
    await expect.poll(async () => (await designer.state()).yamlParses).toBe(true)
    await expect(designer.editorStatus).not.toContainText('last valid')
    expect((await designer.state()).yamlText).toBe(yamlText)
  })

  test('opens another example from the toolbar, as a new design', async ({ designer, page }) => {
    const other = 'sqs-worker-dlq'
    const otherText = readExample(other)
    await designer.open(EXAMPLE)
    const first = await designer.state()

    await designer.openExample(other)

    for (const { name } of functionKeys(otherText)) {
      await expect(designer.canvasNode(`function:${name}`)).toBeVisible()
    }
    await expect(designer.functionNodes).toHaveCount(functionKeys(otherText).length)
    expect((await designer.state()).yamlText).toBe(otherText)
    await expect.poll(() => designer.visibleEditorText()).toContain(otherText.split('\n')[0]!)
    expect((await designer.state()).designId).not.toBe(first.designId)
    // The example was opened once; the address no longer asks for it, so a reload restores.
    expect(new URL(page.url()).searchParams.has('example')).toBe(false)
  })
})

test.describe('layout', () => {
  test('panes resize with the keyboard and the pointer, and keep their size', async ({
    designer,
    page,
  }) => {
    await designer.open(EXAMPLE)
    const splitter = page.getByTestId('app.splitter.editor')
    const editorPane = page.locator('#pane-editor')
    const start = Number(await splitter.getAttribute('aria-valuenow'))

    // The editor is right of its splitter: moving the splitter left makes it wider.
    await splitter.focus()
    await page.keyboard.press('ArrowLeft')
    await expect(splitter).toHaveAttribute('aria-valuenow', String(start + 16))
    await page.keyboard.press('Shift+ArrowRight')
    await expect(splitter).toHaveAttribute('aria-valuenow', String(start + 16 - 64))

    const box = (await splitter.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 - 100, box.y + box.height / 2, { steps: 5 })
    await page.mouse.up()
    const dragged = start + 16 - 64 + 100
    await expect(splitter).toHaveAttribute('aria-valuenow', String(dragged))
    expect(Math.round((await editorPane.boundingBox())!.width)).toBe(dragged)

    await page.reload()
    await designer.waitForPanes()
    await expect(page.getByTestId('app.splitter.editor')).toHaveAttribute(
      'aria-valuenow',
      String(dragged),
    )
  })

  test('the palette folds away and comes back', async ({ designer, page }) => {
    await designer.open(EXAMPLE)
    const toggle = page.getByTestId('app.palette.toggle')
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await toggle.click()
    await expect(page.getByTestId('app.palette.toggle')).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByTestId('app.splitter.palette')).toHaveCount(0)
    await page.getByTestId('app.palette.toggle').click()
    await expect(page.getByTestId('app.splitter.palette')).toBeVisible()
  })

  test('the problems list links every diagnostic to its line', async ({ designer, page }) => {
    const yamlText = readExample(EXAMPLE)
    const first = functionKeys(yamlText)[0]!
    await designer.open(EXAMPLE)
    await designer.moveEditorCursor(first.line, first.column + first.name.length + 1)
    await page.keyboard.type(' bad: value')
    await page.keyboard.press('Escape')
    await expect.poll(async () => (await designer.state()).yamlParses).toBe(false)

    const problems = page.getByTestId('problems')
    await problems.getByTestId('problems.toggle').click()
    const items = problems.getByTestId('problems.item')
    await expect(items).toHaveCount((await designer.state()).diagnostics.length)
    const diagnostic = (await designer.state()).diagnostics[0]!
    await items
      .first()
      .getByRole('button', { name: /Go to line/ })
      .click()
    expect((await designer.state()).reveal).toMatchObject({
      line: diagnostic.range!.start.line,
      column: diagnostic.range!.start.column,
    })
  })
})
