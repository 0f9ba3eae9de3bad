import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from './fixtures'
import { CanvasPage } from './pages/CanvasPage'
import { PalettePage } from './pages/PalettePage'
import { functionKeys, readExample } from './support/serverlessYaml'

const EXAMPLE = 'rest-api-dynamodb'
const OTHER_EXAMPLE = 'sqs-worker-dlq'
/** A real-world serverless.yml from the corpus kept beside the checkout. */
const CORPUS_FILE = path.resolve(
  import.meta.dirname,
  '../../shared/corpus/aws-node-rest-api-with-dynamodb__serverless.yml',
)

test.describe('designs and files', () => {
  test('a reload finds the same design: name, text and positions', async ({
    designer,
    toolbar,
    page,
  }) => {
    const yamlText = readExample(EXAMPLE)
    const first = functionKeys(yamlText)[0]!
    const moved = `function:${functionKeys(yamlText)[1]!.name}`
    const canvas = new CanvasPage(page)
    await designer.open(EXAMPLE)

    // A layout of the user's own: a node dragged away from where the auto layout put it.
    await expect.poll(async () => (await designer.state()).positions[moved]).toBeDefined()
    const placed = (await designer.state()).positions[moved]!
    await canvas.dragNode(moved, 60, 140)
    await expect.poll(async () => (await designer.state()).positions[moved]).not.toEqual(placed)
    await toolbar.renameDesign('Orders service')
    await designer.moveEditorCursor(first.line, first.column)
    await designer.typeOverInEditor(first.name.length, 'kept')
    await expect.poll(async () => (await designer.state()).yamlText).toContain('  kept:')
    await toolbar.waitUntilSaved()
    const before = await designer.state()

    await page.reload()
    await designer.waitForPanes()

    const after = await designer.state()
    expect(after.designId).toBe(before.designId)
    expect(after.documentName).toBe('Orders service')
    expect(after.yamlText).toBe(before.yamlText)
    expect(after.positions).toEqual(before.positions)
    expect(after.positions[moved]).not.toEqual(placed)
    await expect(toolbar.designName).toHaveText('Orders service')
    await expect(designer.canvasNode('function:kept')).toBeVisible()
  })

  test('opens a serverless.yml from disk as a new design', async ({ designer, toolbar }) => {
    const fileText = readFileSync(CORPUS_FILE, 'utf8')
    const functions = functionKeys(fileText)
    expect(functions.length).toBeGreaterThan(0)
    await designer.open(EXAMPLE)
    const example = await designer.state()

    await toolbar.openFile(CORPUS_FILE)

    for (const { name } of functions) {
      await expect(designer.canvasNode(`function:${name}`)).toBeVisible()
    }
    await expect(designer.functionNodes).toHaveCount(functions.length)
    const opened = await designer.state()
    expect(opened.yamlText).toBe(fileText)
    expect(opened.designId).not.toBe(example.designId)
    await expect(toolbar.designName).toHaveText('aws-node-rest-api-with-dynamodb__serverless')
  })

  test('a file dropped anywhere on the page opens as a new design', async ({
    designer,
    toolbar,
    page,
  }) => {
    const otherText = readExample(OTHER_EXAMPLE)
    await designer.open(EXAMPLE)

    // A drag from the desktop, as the browser reports it: events carrying a file.
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([text], 'dropped.yaml', { type: 'application/x-yaml' }))
      return transfer
    }, otherText)
    const canvas = page.getByTestId('canvas')
    await canvas.dispatchEvent('dragenter', { dataTransfer })
    await expect(page.getByTestId('app.dropOverlay')).toBeVisible()
    await canvas.dispatchEvent('dragover', { dataTransfer })
    await canvas.dispatchEvent('drop', { dataTransfer })

    await expect(page.getByTestId('app.dropOverlay')).toBeHidden()
    await expect(toolbar.designName).toHaveText('dropped')
    expect((await designer.state()).yamlText).toBe(otherText)
  })

  test('refuses a binary file with a notice and keeps the open design', async ({
    designer,
    toolbar,
  }) => {
    await designer.open(EXAMPLE)
    const before = await designer.state()

    await toolbar.openInput.setInputFiles({
      name: 'diagram.yml',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    })

    await expect(toolbar.notice).toContainText('not a text file')
    await toolbar.notice.getByTestId('app.notice.dismiss').click()
    await expect(toolbar.notice).toBeHidden()
    const after = await designer.state()
    expect(after.designId).toBe(before.designId)
    expect(after.yamlText).toBe(before.yamlText)
  })

  test('downloads serverless.yml with the text of the editor', async ({
    designer,
    toolbar,
    page,
  }) => {
    await designer.open(EXAMPLE)

    const download = await toolbar.download()

    expect(download.suggestedFilename()).toBe('serverless.yml')
    const content = readFileSync(await download.path(), 'utf8')
    expect(content).toBe((await designer.state()).yamlText)

    // Ctrl+S does the same, from anywhere, instead of saving the web page.
    await toolbar.designName.focus()
    const downloading = page.waitForEvent('download')
    await page.keyboard.press('ControlOrMeta+s')
    expect((await downloading).suggestedFilename()).toBe('serverless.yml')
  })

  test('without browser storage, the app starts and says designs will not be kept', async ({
    designer,
    toolbar,
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })
    })
    await designer.open(EXAMPLE)

    await expect(toolbar.notice).toContainText('will not be kept')
    await expect(toolbar.saveState).toHaveAttribute('data-state', 'memory')
    await toolbar.openExample(OTHER_EXAMPLE)
    await expect.poll(() => toolbar.listedDesignNames()).toHaveLength(2)
  })

  test('the designs menu lists, switches, renames and deletes designs', async ({
    designer,
    toolbar,
  }) => {
    await designer.open(EXAMPLE)
    await toolbar.renameDesign('First design')
    await toolbar.waitUntilSaved()
    const first = await designer.state()

    await toolbar.openExample(OTHER_EXAMPLE)
    await expect
      .poll(async () => (await designer.state()).yamlText)
      .toBe(readExample(OTHER_EXAMPLE))
    const second = await designer.state()
    await toolbar.waitUntilSaved()

    // Newest first: the one just opened, then the first.
    await expect
      .poll(() => toolbar.listedDesignNames())
      .toEqual([second.documentName, 'First design'])

    await toolbar.openSavedDesign('First design')
    const back = await designer.state()
    expect(back.designId).toBe(first.designId)
    expect(back.yamlText).toBe(first.yamlText)
    expect(back.positions).toEqual(first.positions)

    await toolbar.renameSavedDesign(second.documentName, 'Second, renamed')
    await toolbar.deleteSavedDesign('Second, renamed')
    expect(await toolbar.listedDesignNames()).toEqual(['First design'])
    expect((await designer.state()).designId).toBe(first.designId)
  })

  test('a saved design that cannot be read: the app starts, says so, and keeps it', async ({
    designer,
    toolbar,
    page,
  }) => {
    await designer.open(EXAMPLE)
    await toolbar.waitUntilSaved()
    // Damage: a record whose text is a number, made the design to reopen on the next start.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('serverless-canvas')
          request.onerror = () => reject(request.error)
          request.onsuccess = () => {
            const db = request.result
            const tx = db.transaction(['designs', 'meta'], 'readwrite')
            tx.objectStore('designs').put({
              format: 'serverless-canvas/design',
              version: 2,
              id: 'damaged',
              name: 'Damaged design',
              yamlText: 42,
              positions: {},
              createdAt: 1,
              updatedAt: 1,
            })
            tx.objectStore('meta').put('damaged', 'lastOpenedId')
            tx.oncomplete = () => {
              db.close()
              resolve()
            }
            tx.onerror = () => reject(tx.error)
          }
        }),
    )

    await page.reload()
    await designer.waitForPanes()

    await expect(toolbar.notice).toContainText('could not be restored')
    await expect(toolbar.notice).toHaveAttribute('role', 'alert')
    await toolbar.openDesignsMenu()
    await expect(toolbar.designItem('Damaged design')).toContainText('Cannot be opened')
  })

  test('? opens the keyboard shortcuts; Escape closes it and returns focus', async ({
    designer,
    toolbar,
    page,
  }) => {
    await designer.open(EXAMPLE)

    await toolbar.helpButton.focus()
    await page.keyboard.press('?')
    await expect(toolbar.shortcutsSheet).toBeVisible()
    for (const command of ['undo', 'redo', 'duplicate', 'download', 'zoomToFit', 'help']) {
      await expect(toolbar.shortcutsSheet.getByTestId(`app.shortcuts.${command}`)).toBeVisible()
    }
    await expect(toolbar.shortcutsSheet).toContainText('Shift+1')

    await page.keyboard.press('Escape')
    await expect(toolbar.shortcutsSheet).toBeHidden()
    await expect(toolbar.helpButton).toBeFocused()
  })

  test('Ctrl+Z and Ctrl+Shift+Z outside the editor undo and redo', async ({
    designer,
    toolbar,
    page,
  }) => {
    const yamlText = readExample(EXAMPLE)
    const first = functionKeys(yamlText)[0]!
    await designer.open(EXAMPLE)
    await expect(toolbar.undoButton).toBeDisabled()

    await designer.moveEditorCursor(first.line, first.column)
    await designer.typeOverInEditor(first.name.length, 'changed')
    await expect(designer.canvasNode('function:changed')).toBeVisible()
    const edited = (await designer.state()).yamlText

    // Focus away from the editor: the shortcuts are the designer's, not Monaco's.
    await toolbar.designName.focus()
    await page.keyboard.press('ControlOrMeta+z')
    await expect.poll(async () => (await designer.state()).yamlText).toBe(yamlText)
    await expect(designer.canvasNode(`function:${first.name}`)).toBeVisible()
    await expect(toolbar.redoButton).toBeEnabled()

    await page.keyboard.press('ControlOrMeta+Shift+z')
    await expect.poll(async () => (await designer.state()).yamlText).toBe(edited)
    await expect(toolbar.redoButton).toBeDisabled()
  })

  test('Ctrl+Z and Ctrl+Shift+Z undo and redo an edit made on the canvas side', async ({
    designer,
    toolbar,
    page,
  }) => {
    const palette = new PalettePage(page)
    await designer.open(EXAMPLE)
    const before = await designer.state()
    const functionCount = functionKeys(before.yamlText).length

    await palette.addWithKeyboard('function')
    await expect(designer.functionNodes).toHaveCount(functionCount + 1)
    const added = await designer.state()

    await page.keyboard.press('ControlOrMeta+z')
    await expect(designer.functionNodes).toHaveCount(functionCount)
    expect((await designer.state()).yamlText).toBe(before.yamlText)

    await page.keyboard.press('ControlOrMeta+Shift+z')
    await expect(designer.functionNodes).toHaveCount(functionCount + 1)
    expect((await designer.state()).yamlText).toBe(added.yamlText)
    await expect(toolbar.redoButton).toBeDisabled()
    await expect(toolbar.undoButton).toBeEnabled()
  })

  test('Ctrl+D duplicates the selected resource beside it', async ({ designer, page }) => {
    const yamlText = readExample(EXAMPLE)
    const original = `function:${functionKeys(yamlText)[0]!.name}`
    await designer.open(EXAMPLE)
    await expect.poll(async () => (await designer.state()).positions[original]).toBeDefined()

    await designer.canvasNode(original).click()
    await expect.poll(async () => (await designer.state()).selectedId).toBe(original)
    await page.keyboard.press('ControlOrMeta+d')

    const copy = `${original}Copy`
    await expect(designer.canvasNode(copy)).toBeVisible()
    const state = await designer.state()
    expect(state.selectedId).toBe(copy)
    expect(state.positions[copy]).toBeDefined()
    expect(state.positions[copy]).not.toEqual(state.positions[original])
  })
})
