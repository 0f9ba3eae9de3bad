import { lazy, Suspense, useCallback, useState } from 'react'
import Canvas from '../canvas/Canvas'
import { useDesignerStore } from '../store/useDesigner'
import { useDesignLibrary } from './designs/DesignLibraryContext'
import { EditorStatus } from './EditorStatus'
import type { Example } from './exampleCatalog'
import { ExamplesDialog } from './ExamplesDialog'
import { downloadText } from './files/downloadText'
import { projectFileName, projectFileOf, sharedDesignOf } from './files/shareDesign'
import { ExportDialog } from './files/ExportDialog'
import { ImportApiDialog } from './files/ImportApiDialog'
import { ShareDialog } from './files/ShareDialog'
import { SharedBanner } from './files/SharedBanner'
import { FileDropZone } from './files/FileDropZone'
import { Inspector } from './inspector/Inspector'
import { openDesignFile } from './files/openDesignFile'
import { Splitter } from './layout/Splitter'
import { usePaneLayout } from './layout/usePaneLayout'
import { NoticeToast } from './NoticeToast'
import { Palette } from './palette/Palette'
import { PanelErrorBoundary } from './PanelErrorBoundary'
import { ProblemsPanel } from './ProblemsPanel'
import { ResultsDrawer } from './results/ResultsDrawer'
import { ShortcutsSheet } from './shortcuts/ShortcutsSheet'
import { useGlobalShortcuts } from './shortcuts/useGlobalShortcuts'
import { Toolbar } from './Toolbar'
import { WorkshopPane } from './workshop/WorkshopPane'
import { useWorkshop, useWorkshopSession } from '../lessons/WorkshopContext'

// Monaco is ~4 MB: load it after the canvas is up, never in the entry chunk.
const YamlEditor = lazy(() => import('../editor/YamlEditor'))

interface AppProps {
  readonly examples: readonly Example[]
}

type OpenDialog = 'examples' | 'shortcuts' | 'share' | 'export' | 'import' | null

/** The download keeps the name the framework expects, whatever the design is called. */
const DOWNLOAD_NAME = 'serverless.yml'

/** The palette beside the workshop panel: icons only, so the canvas keeps its room. */
const NARROW_PALETTE_WIDTH = 64

/**
 * The designer window: toolbar on top; palette, canvas with the inspector at its right edge, and
 * the editor side by side; problems at the bottom. Panes resize; sizes are remembered.
 */
export function App({ examples }: AppProps) {
  const store = useDesignerStore()
  const library = useDesignLibrary()
  const { layout, resize, togglePalette, setProblemsOpen, setResultsOpen, showResults } =
    usePaneLayout()
  const workshop = useWorkshop()
  const workshopSession = useWorkshopSession()
  // Presenter view folds the editor away until it is asked for.
  const editorHidden = workshop.presenter && !workshop.editorShown
  const [dialog, setDialog] = useState<OpenDialog>(null)
  const closeDialog = useCallback(() => setDialog(null), [])

  const download = useCallback(
    () => downloadText(DOWNLOAD_NAME, store.getState().yamlText),
    [store],
  )
  const downloadProject = useCallback(() => {
    const state = store.getState()
    downloadText(
      projectFileName(state.document.name),
      projectFileOf(state, Date.now()),
      'application/json',
    )
  }, [store])
  const keepCopy = useCallback(() => {
    const state = store.getState()
    const { name, yamlText, positions, scenario } = sharedDesignOf(state)
    void library.openNew(name, yamlText, { positions, ...(scenario && { scenario }) }).then(() => {
      // The address no longer points at the shared design: a reload opens the copy.
      window.history.replaceState(null, '', window.location.pathname + window.location.search)
      store.getState().actions.notify('info', `“${name}” is yours now, saved in this browser.`)
    })
  }, [library, store])
  const openFile = useCallback(
    (file: File) => void openDesignFile(file, library, store.getState().actions.notify),
    [library, store],
  )
  const showShortcuts = useCallback(() => setDialog('shortcuts'), [])
  useGlobalShortcuts({ onDownload: download, onShowShortcuts: showShortcuts })

  const { sizes } = layout
  return (
    <div
      className={`app${workshop.open ? ' app--workshop' : ''}${workshop.presenter ? ' app--presenter' : ''}${workshop.presenter && workshop.laser ? ' app--laser' : ''}`}
      data-testid="app"
      data-presenter={workshop.presenter}
    >
      <Toolbar
        onOpenFile={openFile}
        onShowExamples={() => setDialog('examples')}
        onDownload={download}
        onShare={() => setDialog('share')}
        onExport={() => setDialog('export')}
        onImportApi={() => setDialog('import')}
        onShowShortcuts={showShortcuts}
        workshopOpen={workshop.open}
        onToggleWorkshop={() => workshopSession.setOpen(!workshop.open)}
      />
      {/* Always a row of the grid; empty (no height) unless a shared design is open. */}
      <div className="app__banner">
        <SharedBanner onKeepCopy={keepCopy} />
      </div>
      <WorkshopPane />
      <main className="workspace">
        {layout.paletteOpen ? (
          <>
            <aside
              id="pane-palette"
              className="pane pane--palette"
              aria-label="Palette"
              style={{ width: workshop.open ? NARROW_PALETTE_WIDTH : sizes.palette }}
            >
              <PaneToggle open onToggle={togglePalette} />
              <PanelErrorBoundary panel="The palette">
                <Palette narrow={workshop.open} />
              </PanelErrorBoundary>
            </aside>
            {!workshop.open && (
              <Splitter
                pane="palette"
                size={sizes.palette}
                onResize={(size) => resize('palette', size)}
                label="Resize the palette"
                orientation="vertical"
                growth={1}
                controls="pane-palette"
              />
            )}
          </>
        ) : (
          <aside id="pane-palette" className="pane pane--rail" aria-label="Palette">
            <PaneToggle open={false} onToggle={togglePalette} />
          </aside>
        )}
        <div className="canvas-area">
          <PanelErrorBoundary panel="The canvas">
            <Canvas />
          </PanelErrorBoundary>
        </div>
        <Splitter
          pane="inspector"
          size={sizes.inspector}
          onResize={(size) => resize('inspector', size)}
          label="Resize the inspector"
          orientation="vertical"
          growth={-1}
          controls="pane-inspector"
        />
        <aside
          id="pane-inspector"
          className="pane pane--inspector"
          aria-label="Inspector"
          style={{ width: sizes.inspector }}
        >
          <PanelErrorBoundary panel="The inspector">
            <Inspector />
          </PanelErrorBoundary>
        </aside>
        {!editorHidden && (
          <Splitter
            pane="editor"
            size={sizes.editor}
            onResize={(size) => resize('editor', size)}
            label="Resize the editor"
            orientation="vertical"
            growth={-1}
            controls="pane-editor"
          />
        )}
        <section
          id="pane-editor"
          className="editor-pane"
          aria-label="serverless.yml"
          style={{ width: sizes.editor }}
          hidden={editorHidden}
          data-testid="app.editorPane"
        >
          <header className="pane-header">
            <span className="pane-header__tab" aria-current="page">
              serverless.yml
            </span>
            <EditorStatus />
          </header>
          <PanelErrorBoundary panel="The editor">
            <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
              <YamlEditor />
            </Suspense>
          </PanelErrorBoundary>
        </section>
      </main>
      <footer className="drawer" id="pane-problems">
        {layout.problemsOpen && (
          <Splitter
            pane="problems"
            size={sizes.problems}
            onResize={(size) => resize('problems', size)}
            label="Resize the problems list"
            orientation="horizontal"
            growth={-1}
            controls="pane-problems"
          />
        )}
        <div style={layout.problemsOpen ? { height: sizes.problems } : undefined}>
          <ProblemsPanel open={layout.problemsOpen} onToggle={setProblemsOpen} />
        </div>
        <ResultsDrawer
          open={layout.resultsOpen}
          tab={layout.resultsTab}
          onClose={() => setResultsOpen(false)}
          onShow={showResults}
          height={sizes.results}
          onResize={(size) => resize('results', size)}
        />
      </footer>
      <NoticeToast />
      <FileDropZone onDropFile={openFile} />
      <ExamplesDialog
        open={dialog === 'examples'}
        examples={examples}
        onClose={closeDialog}
        onOpen={(example) => {
          closeDialog()
          void library.openNew(example.title, example.yamlText)
        }}
      />
      <ShortcutsSheet open={dialog === 'shortcuts'} onClose={closeDialog} />
      <ExportDialog open={dialog === 'export'} onClose={closeDialog} />
      <ImportApiDialog open={dialog === 'import'} onClose={closeDialog} />
      <ShareDialog
        open={dialog === 'share'}
        onClose={closeDialog}
        onDownloadProject={downloadProject}
      />
    </div>
  )
}

function PaneToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      className="icon-button pane-toggle"
      data-testid="app.palette.toggle"
      aria-expanded={open}
      aria-controls="pane-palette"
      aria-label={open ? 'Collapse the palette' : 'Expand the palette'}
      onClick={onToggle}
    >
      {open ? '«' : '»'}
    </button>
  )
}
