/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { assembleServerlessSchema } from './tooling/serverlessSchema.ts'

/**
 * `virtual:examples`: the text of every `public/examples/*.yml`, keyed by file name. The examples
 * live in public/ (they are also served as plain files and read by the tests), and Vite refuses
 * JavaScript imports from public/, so this plugin reads them at build time instead.
 */
function bundledExamples(): Plugin {
  const id = 'virtual:examples'
  const resolved = '\0' + id
  const dir = resolve(import.meta.dirname, 'public/examples')
  return {
    name: 'serverless-canvas-examples',
    resolveId: (source) => (source === id ? resolved : undefined),
    load(loading) {
      if (loading !== resolved) return undefined
      const files: Record<string, string> = {}
      for (const file of readdirSync(dir)
        .filter((f) => f.endsWith('.yml'))
        .sort()) {
        const path = join(dir, file)
        this.addWatchFile(path)
        files[file] = readFileSync(path, 'utf8')
      }
      return `export default ${JSON.stringify(files)}`
    },
  }
}

/** `virtual:serverless-schema`: the framework's own JSON schema, assembled once per build. */
function serverlessSchema(): Plugin {
  const id = 'virtual:serverless-schema'
  const resolved = '\0' + id
  return {
    name: 'serverless-canvas-schema',
    resolveId: (source) => (source === id ? resolved : undefined),
    async load(loading) {
      if (loading !== resolved) return undefined
      return `export default ${JSON.stringify(await assembleServerlessSchema())}`
    },
  }
}

export default defineConfig({
  plugins: [react(), bundledExamples(), serverlessSchema()],
  resolve: {
    alias: [
      // monaco-editor >= 0.56 maps "./*" to "./esm/vs/*.js" in its exports, so the deep path
      // 'monaco-editor/esm/vs/editor/editor.worker.js' that monaco-yaml's worker manager still
      // imports would resolve to esm/vs/esm/vs/... Rewrite it to the public path.
      { find: /^monaco-editor\/esm\/vs\/(.*)$/, replacement: 'monaco-editor/$1' },
    ],
  },
  optimizeDeps: {
    // Reached only from inside a worker, so the dev-server scan misses it and would re-optimise
    // (and reload the page) the first time the editor opens.
    include: ['monaco-yaml/yaml.worker.js'],
  },
  worker: { format: 'es' },
  // The Monaco chunk is ~4 MB but loaded lazily, after the canvas is up.
  build: { target: 'es2022', chunkSizeWarningLimit: 5000 },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'workers/**/*.test.ts', 'tooling/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/testing/fastCheckSetup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    testTimeout: 60_000,
  },
})
