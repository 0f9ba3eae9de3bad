import { readFile } from 'node:fs/promises'
import SwaggerParser from '@apidevtools/swagger-parser'
import { parse as parseYaml } from 'yaml'
import { expect, test } from './fixtures'

const petstore = {
  openapi: '3.0.3',
  info: { title: 'Pet Store', version: '1' },
  paths: {
    '/pets': {
      get: { operationId: 'listPets', responses: { '200': { description: 'ok' } } },
      post: { operationId: 'createPet', responses: { '201': { description: 'ok' } } },
    },
    '/pets/{petId}': {
      get: { operationId: 'showPetById', responses: { '200': { description: 'ok' } } },
    },
  },
}

test.describe('export and import', () => {
  test('OpenAPI and Swagger downloads are valid API Gateway documents', async ({
    designer,
    page,
  }) => {
    await designer.open('rest-api-dynamodb')
    await page.getByTestId('toolbar.export').click()
    for (const [spec, format] of [
      ['openapi', 'json'],
      ['swagger', 'yaml'],
    ] as const) {
      await page.getByTestId('export.spec').selectOption(spec)
      await page.getByTestId('export.format').selectOption(format)
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export.apiDownload').click(),
      ])
      expect(download.suggestedFilename()).toBe(`${spec}-rest.${format}`)
      const text = await readFile(await download.path(), 'utf8')
      const document = format === 'json' ? JSON.parse(text) : parseYaml(text)
      await SwaggerParser.validate(structuredClone(document))
      expect(Object.keys(document.paths)).toContain('/users/{id}')
      const get = document.paths['/users/{id}'].get
      expect(get['x-amazon-apigateway-integration']).toMatchObject({
        type: 'aws_proxy',
        httpMethod: 'POST',
      })
    }
    await expect(page.getByTestId('export.mermaid')).toHaveValue(/^flowchart LR/m)
    await expect(page.getByTestId('export.mermaid')).toHaveValue(/getUser/)
  })

  test('an OpenAPI file starts a new design, or merges into the open one', async ({
    designer,
    page,
  }) => {
    await designer.open('http-api')
    const before = await designer.state()
    const file = {
      name: 'petstore.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(petstore)),
    }
    await page.getByTestId('toolbar.importApi').click()
    await page.getByTestId('import.input').setInputFiles(file)
    await expect(page.getByTestId('import.dialog')).toBeHidden()
    await expect.poll(async () => (await designer.state()).documentName).toBe('Pet Store')
    const created = await designer.state()
    expect(created.designId).not.toBe(before.designId)
    const routes = created.canvasModel.resources.flatMap((r) =>
      r.kind === 'httpApi' ? r.routes.map((x) => `${x.method} ${x.path}`) : [],
    )
    expect(routes.sort()).toEqual(['GET /pets', 'GET /pets/{petId}', 'POST /pets'])

    // Into the open design: its own routes stay, the new ones join them, as one undo step.
    await designer.openExample('http-api')
    const functionsBefore = (await designer.state()).canvasModel.resources.filter(
      (r) => r.kind === 'function',
    ).length
    await page.getByTestId('toolbar.importApi').click()
    await page.getByTestId('import.mode').selectOption('merge')
    await page.getByTestId('import.input').setInputFiles(file)
    await expect
      .poll(
        async () =>
          (await designer.state()).canvasModel.resources.filter((r) => r.kind === 'function')
            .length,
      )
      .toBe(functionsBefore + 3)
    expect((await designer.state()).canUndo).toBe(true)
  })

  test('a file that is not an API document is refused, saying why', async ({ designer, page }) => {
    await designer.open('http-api')
    const before = await designer.state()
    await page.getByTestId('toolbar.importApi').click()
    await page.getByTestId('import.input').setInputFiles({
      name: 'notes.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from('service: hello\n'),
    })
    await expect(page.getByTestId('import.error')).toContainText('notes.yaml')
    expect((await designer.state()).yamlText).toBe(before.yamlText)
  })

  test('pictures of the diagram, whole or the selection, with the legend', async ({
    designer,
    page,
  }) => {
    await designer.open('rest-api-dynamodb')
    await page.getByTestId('toolbar.export').click()
    const picture = async (format: 'png' | 'svg') => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(`export.${format}`).click(),
      ])
      expect(download.suggestedFilename()).toBe(`diagram.${format}`)
      return readFile(await download.path())
    }
    const png = await picture('png')
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    const wholeWidth = png.readUInt32BE(16)
    expect(wholeWidth).toBeGreaterThan(400)
    const svg = (await picture('svg')).toString('utf8')
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg).toContain('Asynchronous')
    expect(svg).toContain('<image')
    expect(svg).toContain('react-flow__edge-path')

    await page.getByTestId('export.pictureScope').selectOption('selection')
    await page.getByTestId('export.png').click()
    await expect(page.getByTestId('export.pictureError')).toHaveText('Select resources first.')
    await page.getByTestId('export.dialog').press('Escape')
    await designer.canvasNode('function:getUser').click()
    await page.getByTestId('toolbar.export').click()
    await page.getByTestId('export.pictureScope').selectOption('selection')
    const one = await picture('png')
    expect(one.readUInt32BE(16)).toBeLessThan(wholeWidth)
  })
})
