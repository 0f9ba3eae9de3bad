import { test as base, expect, type BrowserContext, type Page } from '@playwright/test'
import { DesignerPage } from './pages/DesignerPage'
import { ToolbarPage } from './pages/ToolbarPage'

/** What a test must leave behind empty: the app works offline and runs without complaint. */
export interface PageProblems {
  readonly uncaughtErrors: string[]
  /** Console errors and warnings, prefixed by their type. */
  readonly consoleMessages: string[]
  /** Requests to any host but this machine's; each one is blocked. */
  readonly externalRequests: string[]
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

function isExternal(url: string): boolean {
  const { protocol, hostname } = new URL(url)
  // data:, blob: and the like never leave the browser.
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(protocol)) return false
  return !LOCAL_HOSTS.has(hostname)
}

export async function watch(context: BrowserContext, page: Page): Promise<PageProblems> {
  const problems: PageProblems = { uncaughtErrors: [], consoleMessages: [], externalRequests: [] }
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (!isExternal(url)) return route.fallback()
    problems.externalRequests.push(url)
    return route.abort('blockedbyclient')
  })
  page.on('pageerror', (error) => problems.uncaughtErrors.push(error.stack ?? error.message))
  page.on('console', (message) => {
    const type = message.type()
    if (type === 'error' || type === 'warning') {
      problems.consoleMessages.push(`${type}: ${message.text()} (${message.location().url})`)
    }
  })
  page.on('websocket', (socket) => {
    if (isExternal(socket.url())) problems.externalRequests.push(socket.url())
  })
  return problems
}

export const test = base.extend<{
  problems: PageProblems
  designer: DesignerPage
  toolbar: ToolbarPage
}>({
  problems: [
    async ({ context, page }, use) => {
      const problems = await watch(context, page)
      await use(problems)
      expect(problems.uncaughtErrors, 'uncaught errors in the page').toEqual([])
      expect(problems.consoleMessages, 'console errors and warnings').toEqual([])
      expect(problems.externalRequests, 'requests to other hosts').toEqual([])
    },
    // Every test is watched, whether or not it asks for the list.
    { auto: true },
  ],
  designer: async ({ page }, use) => {
    await use(new DesignerPage(page))
  },
  toolbar: async ({ page }, use) => {
    await use(new ToolbarPage(page))
  },
})

export { expect }
