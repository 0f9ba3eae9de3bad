import { catalogFromFiles, type Example } from './exampleCatalog'

// Bundled as text rather than fetched, so the examples work offline and open instantly.
const files = import.meta.glob<string>('/public/examples/*.yml', {
  query: '?raw',
  import: 'default',
  eager: true,
})

export const bundledExamples: readonly Example[] = catalogFromFiles(files)
