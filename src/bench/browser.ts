/**
 * The designer's sync speed in a real browser, on a generated 300-function serverless.yml:
 * - text → canvas: from the last keystroke in the editor to the model holding the change and
 *   the canvas having rendered it (two animation frames after the store changed);
 * - canvas → text: from committing a value in the inspector to the new text in the store and
 *   the editor having rendered it.
 * Printed as medians; never asserted. Builds the app, serves it on a port of its own and drives
 * Debian's Chromium (or CHROMIUM_PATH).
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { syntheticService } from './syntheticService'

const root = resolve(import.meta.dirname, '../..')
const PORT = 4180
const RUNS = 7
const FUNCTIONS = 300
/** Where `syntheticService` writes fn0's memorySize. */
const MEMORY_LINE = 47

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

// In-page code is passed as source text: tsx's transform would otherwise wrap the functions with
// a helper (`__name`) that does not exist in the page.

/** Resolves when the store satisfies `predicate`, plus two frames so the views have painted. */
async function timeUntil(page: Page, predicate: string): Promise<number> {
  return page.evaluate(`(async () => {
    const test = ${predicate}
    const frame = () => new Promise((done) => requestAnimationFrame(() => done()))
    while (!test(window.__designer.getState())) await frame()
    await frame()
    await frame()
    return performance.now() - window.__benchStart
  })()`)
}

/** Marks the moment of the next key press in the page. */
async function markNextKey(page: Page): Promise<void> {
  await page.evaluate(`window.addEventListener('keydown', () => { window.__benchStart = performance.now() },
    { capture: true, once: true })`)
}

const SIM_RUNS = 3

/** One function invoked directly: the benchmark's case (a), charted in the browser. */
const ONE_FUNCTION = `service: bench
provider:
  name: aws
  runtime: nodejs22.x
functions:
  api:
    handler: handler.api
`

/**
 * From pressing Run to the summary and every chart drawn, for one simulated hour at 1,000 rps
 * (worker start, simulation, transfer and rendering included): on one function invoked directly,
 * and on the REST API example (5 functions and a table).
 */
async function simulationToCharts(
  page: Page,
  open: () => Promise<void>,
  charts: number,
): Promise<{ times: number[]; requests: number }> {
  await open()
  // The drawer remembers being open on a tab: click only when it is not open on Simulation.
  const tab = page.getByTestId('results.tab.simulation')
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click()
  await page.getByTestId('results.scenario.rps.0').fill('1000')
  await page.getByTestId('results.scenario.durationS').fill('3600')
  const times: number[] = []
  let requests = 0
  for (let run = 0; run < SIM_RUNS; run++) {
    await page.evaluate(`window.__benchStart = undefined
      document.querySelector('[data-testid="simulation.run"]').addEventListener('click',
        () => { window.__benchStart = performance.now() }, { capture: true, once: true })`)
    const before = run === 0 ? '' : await page.getByTestId('simulation.status').innerText()
    await page.getByTestId('simulation.run').click()
    times.push(
      await page.evaluate(`(async () => {
        const frame = () => new Promise((done) => requestAnimationFrame(() => done()))
        const drawn = () => {
          const status = document.querySelector('[data-testid="simulation.status"]')?.textContent ?? ''
          return status.includes('simulated') && status !== ${JSON.stringify(before)} &&
            document.querySelectorAll('[data-testid^="simulation.chart."] svg').length >= ${charts}
        }
        while (!drawn()) await frame()
        await frame()
        await frame()
        return performance.now() - window.__benchStart
      })()`),
    )
    const status = await page.getByTestId('simulation.status').innerText()
    requests = Number(status.split(' requests')[0]?.replace(/,/g, ''))
    // The next run must differ to be seen: change the seed.
    await page.getByTestId('results.scenario.seed').fill(String(run + 2))
  }
  return { times, requests }
}

async function main(): Promise<void> {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (build.status !== 0) throw new Error('vite build failed')
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
    ],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    for (let attempt = 0; ; attempt++) {
      try {
        await page.goto(`http://127.0.0.1:${PORT}/?testApi`)
        break
      } catch (error) {
        if (attempt > 40) throw error
        await new Promise((done) => setTimeout(done, 250))
      }
    }
    const file = join(mkdtempSync(join(tmpdir(), 'bench-')), 'serverless.yml')
    writeFileSync(file, syntheticService(FUNCTIONS))
    await page.getByTestId('toolbar.openInput').setInputFiles(file)
    await page.waitForFunction(
      (n) =>
        window.__designer?.getState().canvasModel.resources.filter((r) => r.kind === 'function')
          .length === n,
      FUNCTIONS,
    )
    await page.locator('[data-testid="editor.yaml"] .monaco-editor').waitFor()

    // Text → canvas: retype fn0's memorySize (line 47 of the generated file) in the editor.
    const textToCanvas: number[] = []
    const editor = page.locator('[data-testid="editor.yaml"] .view-lines')
    for (let run = 0; run < RUNS; run++) {
      const value = String(512 + 64 * run)
      await editor.click()
      await page.keyboard.press('ControlOrMeta+Home')
      for (let line = 1; line < MEMORY_LINE; line++) await page.keyboard.press('ArrowDown')
      await page.keyboard.press('End')
      await page.keyboard.press('ControlOrMeta+Backspace')
      await page.keyboard.type(value.slice(0, -1))
      await markNextKey(page)
      await page.keyboard.type(value.slice(-1))
      textToCanvas.push(
        await timeUntil(
          page,
          `(s) => s.canvasModel.resources.find((r) => r.id === 'function:fn0')?.memorySize === ${value} &&
            document.querySelector('[data-testid="canvas.node.function:fn0"]')?.textContent?.includes('${value}')`,
        ),
      )
    }

    // Canvas → text: select a function, commit a memory size in the inspector.
    const canvasToText: number[] = []
    await page.keyboard.press('Escape')
    await page.getByTestId('canvas.node.function:fn0').click()
    const memory = page.getByTestId('inspector.memorySize')
    for (let run = 0; run < RUNS; run++) {
      const value = 1024 + 64 * run
      await memory.fill(String(value))
      await markNextKey(page)
      await memory.press('Enter')
      canvasToText.push(
        await timeUntil(page, `(s) => s.yamlText.includes('memorySize: ${value}\\n')`),
      )
    }

    const oneFunction = await simulationToCharts(
      page,
      async () => {
        await page.goto(`http://127.0.0.1:${PORT}/?testApi`)
        const yml = join(mkdtempSync(join(tmpdir(), 'bench-')), 'serverless.yml')
        writeFileSync(yml, ONE_FUNCTION)
        await page.getByTestId('toolbar.openInput').setInputFiles(yml)
        await page.waitForFunction(() =>
          window.__designer?.getState().canvasModel.resources.some((r) => r.id === 'function:api'),
        )
      },
      6,
    )
    const restApi = await simulationToCharts(
      page,
      () => page.goto(`http://127.0.0.1:${PORT}/?example=rest-api-dynamodb&testApi`).then(() => {}),
      8,
    )

    console.log(`browser, ${FUNCTIONS} functions (median of ${RUNS}):`)
    console.log(
      `  last keystroke → model and canvas updated  ${median(textToCanvas).toFixed(0)} ms (includes the editor's typing debounce)`,
    )
    console.log(
      `  inspector commit → text and editor updated ${median(canvasToText).toFixed(0)} ms`,
    )
    console.log(`browser, simulation (median of ${SIM_RUNS}):`)
    for (const [what, sim] of [
      ['one function', oneFunction],
      ['REST API, 5 functions, a table', restApi],
    ] as const) {
      console.log(
        `  1 simulated hour at 1,000 rps, ${what} (${sim.requests.toLocaleString('en-US')} requests): Run → charts drawn ${median(sim.times).toFixed(0)} ms`,
      )
    }
  } finally {
    await browser.close()
    if (server.pid) process.kill(-server.pid)
  }
}

main().catch((error) => {
  console.error(String(error))
  process.exit(1)
})
