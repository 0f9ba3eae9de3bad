/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
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
    include: ['src/**/*.test.ts', 'workers/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    testTimeout: 60_000,
  },
})
