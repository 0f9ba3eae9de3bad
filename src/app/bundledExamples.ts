import files from 'virtual:examples'
import { catalogFromFiles, type Example } from './exampleCatalog'

// Bundled as text rather than fetched, so the examples work offline and open instantly.
export const bundledExamples: readonly Example[] = catalogFromFiles(files)
