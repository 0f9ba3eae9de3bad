import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from './fixtures'
import { EditorPage } from './pages/EditorPage'
import { InspectorPage } from './pages/InspectorPage'
import { functionKeys, readExample } from './support/serverlessYaml'

const EXAMPLE = 'rest-api-dynamodb'

const EXAMPLES = readdirSync(fileURLToPath(new URL('../public/examples', import.meta.url)))
  .filter((file) => file.endsWith('.yml'))
  .map((file) => file.replace(/\.yml$/, ''))
  .sort()

/** The first function of the example and where its key is written. */
function firstFunction(example: string) {
  const first = functionKeys(readExample(example))[0]
  if (!first) throw new Error(`${example} declares no function`)
  return first
}

test.describe('YAML editor', () => {
  test('a function typed into the YAML appears on the canvas', async ({ designer, page }) => {
    const editor = new EditorPage(page)
    const first = firstFunction(EXAMPLE)
    await designer.open(EXAMPLE)

    // Insert a new function before the first one, at the same indentation.
    await editor.goTo(first.line, first.column)
    await editor.type('pingPong:\n    handler: src/ping.handler\n  ')

    await expect(designer.canvasNode('function:pingPong')).toBeVisible()
    await expect(designer.canvasNode(`function:${first.name}`)).toBeVisible()
    const state = await designer.state()
    expect(state.yamlText).toContain('  pingPong:\n    handler: src/ping.handler\n')
    expect(state.yamlParses).toBe(true)
  })

  test('broken YAML is marked while the canvas keeps its nodes; fixing it updates the canvas', async ({
    designer,
    page,
  }) => {
    const editor = new EditorPage(page)
    const first = firstFunction(EXAMPLE)
    await designer.open(EXAMPLE)
    const nodes = await designer.functionNodes.count()
    await expect(editor.squiggles('error')).toHaveCount(0)

    // `getUser: bad: value` is not YAML: a mapping cannot start inside a plain scalar's line.
    await editor.goTo(first.line, first.column + first.name.length + 1)
    await editor.type(' bad: value')

    await expect(editor.squiggles('error').first()).toBeVisible()
    await expect.poll(async () => (await designer.state()).yamlParses).toBe(false)
    await expect(designer.functionNodes).toHaveCount(nodes)
    await expect(designer.canvasNode(`function:${first.name}`)).toBeVisible()
    // The parser's copy of the syntax error is not shown next to the codec's.
    await editor.waitForSchemaCheck()
    const errors = (await designer.state()).diagnostics.filter((d) => d.severity === 'error')
    expect(await editor.markerCount('error')).toBe(errors.length)

    // Repair it differently from how it broke: rename the function while fixing the line.
    for (let i = 0; i < ' bad: value'.length + 1 + first.name.length; i++) {
      await page.keyboard.press('Backspace')
    }
    await editor.type('renamedFn:')

    await expect(designer.canvasNode('function:renamedFn')).toBeVisible()
    await expect(designer.canvasNode(`function:${first.name}`)).toHaveCount(0)
    await expect(designer.functionNodes).toHaveCount(nodes)
    await expect(editor.squiggles('error')).toHaveCount(0)
  })

  test('a value of the wrong type and an unknown property are marked; a variable is not', async ({
    designer,
    page,
  }) => {
    const editor = new EditorPage(page)
    const first = firstFunction(EXAMPLE)
    await designer.open(EXAMPLE)
    await editor.waitForSchemaCheck()

    await editor.goTo(first.line, first.column + first.name.length + 1)
    await editor.type('\n    memorySize: lots')
    // One marker: the schema's "Incorrect type" would only repeat the codec's error.
    await expect(editor.squiggles('error').first()).toBeVisible()
    await editor.waitForSchemaCheck()
    await expect(editor.root).toHaveAttribute('data-error-markers', '1')
    await expect(editor.root).toHaveAttribute('data-warning-markers', '0')

    // A variable is resolved by the framework before it validates: not the schema's business.
    for (let i = 0; i < 'lots'.length; i++) await page.keyboard.press('Backspace')
    await editor.type('${opt:memory, 512}')
    await expect(editor.squiggles('error')).toHaveCount(0)
    await editor.waitForSchemaCheck()
    await expect(editor.root).toHaveAttribute('data-error-markers', '0')
    await expect(editor.root).toHaveAttribute('data-warning-markers', '0')

    // A misspelt property is only the schema's to find.
    await page.keyboard.press('End')
    await editor.type('\n    memorySise: 1024')
    await expect(editor.squiggles('warning').first()).toBeVisible()
    await editor.waitForSchemaCheck()
    await expect(editor.root).toHaveAttribute('data-warning-markers', '1')
  })

  test('a node selected on the canvas is highlighted in the text; the cursor selects back', async ({
    designer,
    page,
  }) => {
    const editor = new EditorPage(page)
    const [, second] = functionKeys(readExample(EXAMPLE))
    if (!second) throw new Error(`${EXAMPLE} needs two functions`)
    await designer.open(EXAMPLE)

    await designer.canvasNode(`function:${second.name}`).click()

    await expect(editor.selectedKey).toHaveText(second.name)
    const line = await editor.lineTextAt(editor.selectedLines.first())
    expect(line.trim()).toBe(`${second.name}:`)
    // The canvas keeps the keyboard focus: selecting never steals it.
    await expect(editor.root.locator('.monaco-editor.focused')).toHaveCount(0)

    // Moving the cursor into another function selects that one; the editor does not echo it.
    const first = firstFunction(EXAMPLE)
    await editor.goTo(first.line + 1, 5)
    await expect
      .poll(async () => (await designer.state()).selectedId)
      .toBe(`function:${first.name}`)
    await expect(editor.selectedKey).toHaveCount(0)
  })

  test('Ctrl+Z in the editor undoes an edit made outside it: one history', async ({
    designer,
    page,
  }) => {
    const editor = new EditorPage(page)
    const inspector = new InspectorPage(page)
    const yamlText = readExample(EXAMPLE)
    const first = firstFunction(EXAMPLE)
    await designer.open(EXAMPLE)

    await designer.canvasNode(`function:${first.name}`).click()
    await inspector.commit('memorySize', '1536')
    await expect.poll(async () => (await designer.state()).yamlText).not.toBe(yamlText)
    const edited = (await designer.state()).yamlText
    expect(edited).toContain('1536')

    // Type something too: both steps come back off one stack, the typing first.
    await editor.goTo(1, 1)
    await editor.type('# note ')
    await page.keyboard.press('ControlOrMeta+Z')
    await expect.poll(async () => (await designer.state()).yamlText).toBe(edited)
    await page.keyboard.press('ControlOrMeta+Z')
    await expect.poll(async () => (await designer.state()).yamlText).toBe(yamlText)
    await expect.poll(() => editor.visibleText()).not.toContain('# note')
    await expect.poll(() => editor.visibleText()).toContain(first.name)

    await page.keyboard.press('ControlOrMeta+Shift+Z')
    await expect.poll(async () => (await designer.state()).yamlText).toBe(edited)
  })

  test('an edit made outside the editor keeps its cursor where it was in the text', async ({
    designer,
    page,
  }) => {
    const editor = new EditorPage(page)
    const inspector = new InspectorPage(page)
    const [first, second] = functionKeys(readExample(EXAMPLE))
    if (!first || !second) throw new Error(`${EXAMPLE} needs two functions`)
    await designer.open(EXAMPLE)
    await editor.goTo(second.line, second.column)

    // The inspector writes a line into the first function, above the cursor.
    await designer.canvasNode(`function:${first.name}`).click()
    await inspector.commit('memorySize', '1536')
    await expect.poll(async () => (await designer.state()).yamlText).toContain('1536')

    await editor.focus()
    await editor.type('x')
    await expect.poll(async () => (await designer.state()).yamlText).toContain(`  x${second.name}:`)
  })

  for (const example of EXAMPLES) {
    test(`${example} opens without a single marker`, async ({ designer, page }) => {
      const editor = new EditorPage(page)
      await designer.open(example)
      await editor.waitForSchemaCheck()
      await expect(editor.root).toHaveAttribute('data-error-markers', '0')
      await expect(editor.root).toHaveAttribute('data-warning-markers', '0')
      await expect(editor.squiggles('error')).toHaveCount(0)
      await expect(editor.squiggles('warning')).toHaveCount(0)
    })
  }
})
