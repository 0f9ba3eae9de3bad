import type * as Monaco from 'monaco-editor/editor'

type CreateWebWorker = typeof Monaco.editor.createWebWorker
type WorkerOptions = Parameters<CreateWebWorker>[0]

/** The options monaco-yaml 5.5 still passes: a module id and label instead of a Worker. */
interface LegacyWorkerOptions {
  readonly moduleId?: string
  readonly label?: string
  readonly createData?: unknown
  readonly host?: WorkerOptions['host']
  readonly keepIdleModels?: boolean
  readonly worker?: Worker | Promise<Worker>
}

/**
 * A copy of `monaco` whose `editor.createWebWorker` also accepts the pre-0.53 options.
 *
 * Monaco >= 0.53 requires `{ worker }`, but monaco-yaml 5.5.1 (its latest release) passes
 * `{ moduleId, label, createData }`, so its worker never starts and YAML validation silently
 * stops. This does the old handshake (the same two messages as monaco's own
 * `internal/common/workers.js`). Pass the result only to `configureMonacoYaml`: the global
 * `monaco` stays untouched.
 */
export function withLegacyCreateWebWorker(monaco: typeof Monaco): typeof Monaco {
  const original = monaco.editor.createWebWorker
  function createWebWorker(options: LegacyWorkerOptions) {
    if (options.worker) return original({ ...options, worker: options.worker })
    const getWorker = globalThis.MonacoEnvironment?.getWorker
    if (!getWorker) throw new Error('MonacoEnvironment.getWorker is not defined')
    const worker = Promise.resolve(
      getWorker(options.moduleId ?? 'workerMain.js', options.label ?? 'editorWorkerService'),
    ).then((started) => {
      started.postMessage('ignore')
      started.postMessage(options.createData)
      return started
    })
    return original({
      worker,
      ...(options.host ? { host: options.host } : {}),
      ...(options.keepIdleModels !== undefined ? { keepIdleModels: options.keepIdleModels } : {}),
    })
  }
  return {
    ...monaco,
    editor: { ...monaco.editor, createWebWorker: createWebWorker as CreateWebWorker },
  }
}
