import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createDesignerStore } from '../store/designerStore'
import { DesignerProvider } from '../store/useDesigner'
import { App } from './App'
import { bundledExamples } from './bundledExamples'
import { chooseExample } from './exampleCatalog'
import { installTestApi, TEST_API_PARAM } from './testApi'

// Composition root: decides what opens first and wires the store into the views.

/** What a new design starts from when no example is bundled. */
const BLANK_DESIGN = `service: my-service

provider:
  name: aws
  runtime: nodejs20.x

functions: {}
`

const params = new URLSearchParams(window.location.search)
const example = chooseExample(bundledExamples, params.get('example'))

const store = createDesignerStore(
  example
    ? { designId: crypto.randomUUID(), name: example.title, yamlText: example.yamlText }
    : { designId: crypto.randomUUID(), name: 'Untitled design', yamlText: BLANK_DESIGN },
)

if (import.meta.env.DEV || params.has(TEST_API_PARAM)) installTestApi(store)

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

createRoot(container).render(
  <StrictMode>
    <DesignerProvider store={store}>
      <App examples={bundledExamples} initialExample={example?.name} />
    </DesignerProvider>
  </StrictMode>,
)
