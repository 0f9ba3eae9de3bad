import { useRef } from 'react'
import { selectActions, selectCanRedo, selectCanUndo } from '../store/selectors'
import { useDesigner } from '../store/useDesigner'
import { DesignNameField } from './toolbar/DesignNameField'
import { DesignsMenu } from './toolbar/DesignsMenu'
import { SaveStateBadge } from './toolbar/SaveStateBadge'

interface ToolbarProps {
  readonly onOpenFile: (file: File) => void
  readonly onShowExamples: () => void
  readonly onDownload: () => void
  readonly onShare: () => void
  readonly onExport: () => void
  readonly onImportApi: () => void
  readonly onShowShortcuts: () => void
  readonly workshopOpen: boolean
  readonly onToggleWorkshop: () => void
}

/** The top bar: which design is open, where designs come from and go to, undo and help. */
export function Toolbar(props: ToolbarProps) {
  const { onOpenFile, onShowExamples, onDownload, onShare, onShowShortcuts } = props
  const { onExport, onImportApi, workshopOpen, onToggleWorkshop } = props
  const { undo, redo } = useDesigner(selectActions)
  const canUndo = useDesigner(selectCanUndo)
  const canRedo = useDesigner(selectCanRedo)
  const fileInput = useRef<HTMLInputElement>(null)

  return (
    <header className="toolbar" data-testid="toolbar">
      <div className="toolbar__brand">
        <svg className="toolbar__logo" viewBox="0 0 24 24" aria-hidden="true">
          <rect x="2" y="4" width="7" height="6" rx="1.5" />
          <rect x="15" y="14" width="7" height="6" rx="1.5" />
          <path d="M9 7h3a2 2 0 0 1 2 2v6a2 2 0 0 0 2 2" fill="none" />
        </svg>
        <span className="toolbar__product">Serverless Canvas</span>
      </div>
      <span className="toolbar__divider" aria-hidden="true" />
      <DesignNameField />
      <SaveStateBadge />
      <div className="toolbar__spacer" />
      <nav className="toolbar__group" aria-label="Designs">
        <DesignsMenu />
        <button
          type="button"
          className="toolbar__button"
          data-testid="toolbar.open"
          title="Open a serverless.yml from your computer as a new design"
          onClick={() => fileInput.current?.click()}
        >
          Open…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".yml,.yaml,.json"
          hidden
          data-testid="toolbar.openInput"
          aria-label="Open a serverless.yml file"
          onChange={(event) => {
            const file = event.target.files?.[0]
            // Cleared, so picking the same file again opens it again.
            event.target.value = ''
            if (file) onOpenFile(file)
          }}
        />
        <button
          type="button"
          className="toolbar__button"
          data-testid="toolbar.examples"
          aria-haspopup="dialog"
          onClick={onShowExamples}
        >
          Examples
        </button>
        <button
          type="button"
          className="toolbar__button"
          data-testid="toolbar.download"
          title="Download serverless.yml (Ctrl+S)"
          onClick={onDownload}
        >
          Download
        </button>
        <button
          type="button"
          className="toolbar__button"
          data-testid="toolbar.share"
          aria-haspopup="dialog"
          title="A link to this design, or its project file"
          onClick={onShare}
        >
          Share
        </button>
        <button
          type="button"
          className="toolbar__button"
          data-testid="toolbar.export"
          aria-haspopup="dialog"
          title="Swagger / OpenAPI for API Gateway, a Mermaid flowchart"
          onClick={onExport}
        >
          Export
        </button>
        <button
          type="button"
          className="toolbar__button"
          data-testid="toolbar.importApi"
          aria-haspopup="dialog"
          title="Start from a Swagger or OpenAPI file"
          onClick={onImportApi}
        >
          Import API
        </button>
      </nav>
      <span className="toolbar__divider" aria-hidden="true" />
      <button
        type="button"
        className="toolbar__button"
        data-testid="toolbar.workshop"
        aria-pressed={workshopOpen}
        aria-controls="pane-workshop"
        title="Lessons, calculators and presenter view"
        onClick={onToggleWorkshop}
      >
        Workshop
      </button>
      <span className="toolbar__divider" aria-hidden="true" />
      <div className="toolbar__group" role="group" aria-label="History">
        <button
          type="button"
          className="icon-button toolbar__icon"
          data-testid="toolbar.undo"
          aria-label="Undo"
          title="Undo (Ctrl+Z)"
          disabled={!canUndo}
          onClick={undo}
        >
          ↶
        </button>
        <button
          type="button"
          className="icon-button toolbar__icon"
          data-testid="toolbar.redo"
          aria-label="Redo"
          title="Redo (Ctrl+Shift+Z)"
          disabled={!canRedo}
          onClick={redo}
        >
          ↷
        </button>
      </div>
      <button
        type="button"
        className="icon-button toolbar__icon"
        data-testid="toolbar.help"
        aria-label="Keyboard shortcuts"
        aria-haspopup="dialog"
        title="Keyboard shortcuts (?)"
        onClick={onShowShortcuts}
      >
        ?
      </button>
    </header>
  )
}
