// A local entry so Vite's `?worker` can bundle monaco-yaml's language server; pointing
// `new Worker(new URL(...))` at the package directly breaks in the dev server.
import 'monaco-yaml/yaml.worker.js'
