import { useRef, useState } from 'react'
import { selectActions, selectCanvasModel } from '../../store/selectors'
import { useDesigner } from '../../store/useDesigner'
import { useDesignLibrary } from '../designs/DesignLibraryContext'
import { Modal } from '../layout/Modal'
import { MAX_DESIGN_FILE_BYTES } from './designFile'
import { planApiImport } from './importApi'

interface ImportApiDialogProps {
  readonly open: boolean
  readonly onClose: () => void
}

/**
 * Design-first: a Swagger 2.0 or OpenAPI 3 file scaffolds a function and an event per operation,
 * into the open design or as a new one.
 */
export function ImportApiDialog({ open, onClose }: ImportApiDialogProps) {
  const model = useDesigner(selectCanvasModel)
  const { applyPatches, notify } = useDesigner(selectActions)
  const library = useDesignLibrary()
  const input = useRef<HTMLInputElement>(null)
  const [mode, setMode] = useState<'merge' | 'new'>('new')
  const [target, setTarget] = useState<'rest' | 'http'>('http')
  const [problem, setProblem] = useState<string | null>(null)

  const importFile = async (file: File) => {
    if (file.size > MAX_DESIGN_FILE_BYTES) {
      return setProblem(`${file.name} is larger than 2 MB: not an API document we can read.`)
    }
    const plan = planApiImport(await file.text(), { mode, target, existing: model })
    if (!plan.ok) return setProblem(`${file.name}: ${plan.error}`)
    if (plan.newDesign) {
      await library.openNew(plan.newDesign.name, plan.newDesign.yamlText)
    } else {
      const applied = applyPatches(plan.patches)
      if (!applied.ok) return setProblem(applied.error)
    }
    setProblem(null)
    onClose()
    notify('info', plan.summary.join(' '))
  }

  return (
    <Modal open={open} onClose={onClose} title="Import an API" testId="import.dialog">
      <p>
        A Swagger 2.0 or OpenAPI 3 file (JSON or YAML) becomes a function and an event for each
        operation; routes the design already has are left alone.
      </p>
      <div className="export__options">
        <select
          aria-label="Where to import"
          data-testid="import.mode"
          value={mode}
          onChange={(event) => setMode(event.target.value === 'merge' ? 'merge' : 'new')}
        >
          <option value="new">As a new design</option>
          <option value="merge">Into this design</option>
        </select>
        <select
          aria-label="API type"
          data-testid="import.target"
          value={target}
          onChange={(event) => setTarget(event.target.value === 'rest' ? 'rest' : 'http')}
        >
          <option value="http">HTTP API (httpApi events)</option>
          <option value="rest">REST API (http events)</option>
        </select>
        <button type="button" data-testid="import.choose" onClick={() => input.current?.click()}>
          Choose a file…
        </button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".json,.yml,.yaml"
          data-testid="import.input"
          aria-label="API document to import"
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file) void importFile(file)
          }}
        />
      </div>
      {problem && (
        <p role="alert" data-testid="import.error">
          {problem}
        </p>
      )}
    </Modal>
  )
}
