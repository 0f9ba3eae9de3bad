import './styles.css'
import './layout/workspace.css'
import './layout/overlays.css'
import './toolbar/toolbar.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { DesignerProvider } from '../store/useDesigner'
import { App } from './App'
import { bundledExamples } from './bundledExamples'
import { DesignLibraryProvider } from './designs/DesignLibraryContext'
import { startDesigner } from './designs/startDesigner'
import { isShareFragment } from '../store/persistence'
import { chooseExample, DEFAULT_EXAMPLE } from './exampleCatalog'
import { installTestApi, TEST_API_PARAM } from './testApi'
import { WorkshopContext } from '../lessons/WorkshopContext'
import { startWorkshop } from './workshop/startWorkshop'

// Composition root: decides what opens first and wires the store and storage into the views.

const EXAMPLE_PARAM = 'example'

/**
 * `?example=` opens that example once, as a new design. It is then taken out of the address, so
 * a reload reopens the design (with the user's edits) rather than a fresh copy of the example.
 */
function takeExampleParam(params: URLSearchParams): string | null {
  const requested = params.get(EXAMPLE_PARAM)
  if (requested === null) return null
  const url = new URL(window.location.href)
  url.searchParams.delete(EXAMPLE_PARAM)
  window.history.replaceState(window.history.state, '', url)
  return requested
}

async function start(container: HTMLElement): Promise<void> {
  const params = new URLSearchParams(window.location.search)
  const requested = takeExampleParam(params)
  const { store, library } = await startDesigner({
    requestedExample: requested === null ? undefined : chooseExample(bundledExamples, requested),
    defaultExample: chooseExample(bundledExamples, DEFAULT_EXAMPLE),
    shareFragment: isShareFragment(window.location.hash) ? window.location.hash : undefined,
  })
  const workshop = await startWorkshop(store, library, bundledExamples)
  if (import.meta.env.DEV || params.has(TEST_API_PARAM)) installTestApi(store, library)

  createRoot(container).render(
    <StrictMode>
      <DesignerProvider store={store}>
        <DesignLibraryProvider library={library}>
          <WorkshopContext value={workshop}>
            <App examples={bundledExamples} />
          </WorkshopContext>
        </DesignLibraryProvider>
      </DesignerProvider>
    </StrictMode>,
  )
}

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
start(container).catch((error: unknown) => {
  console.error('Serverless Canvas could not start', error)
  container.textContent = `Serverless Canvas could not start: ${String(error)}`
})
