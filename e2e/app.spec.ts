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
    await expect(designer.examples).toHaveValue(EXAMPLE)

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

  test('opens another example from the toolbar', async ({ designer, page }) => {
    const other = 'sqs-worker-dlq'
    const otherText = readExample(other)
    await designer.open(EXAMPLE)

    await designer.examples.selectOption(other)

    for (const { name } of functionKeys(otherText)) {
      await expect(designer.canvasNode(`function:${name}`)).toBeVisible()
    }
    await expect(designer.functionNodes).toHaveCount(functionKeys(otherText).length)
    expect((await designer.state()).yamlText).toBe(otherText)
    await expect.poll(() => designer.visibleEditorText()).toContain(otherText.split('\n')[0]!)
    expect(new URL(page.url()).searchParams.get('example')).toBe(other)
  })
})
