import { useMemo, useState } from 'react'
import { diagramPicture, type PictureFormat, type PictureScope } from '../../canvas/diagramPicture'
import { toMermaid } from '../../model/mermaid'
import { exportApiText } from '../../openapi'
import { selectCanvasModel, selectYamlText } from '../../store/selectors'
import { useDesigner } from '../../store/useDesigner'
import { Modal } from '../layout/Modal'
import { downloadText } from './downloadText'

interface ExportDialogProps {
  readonly open: boolean
  readonly onClose: () => void
}

type Spec = 'swagger' | 'openapi'
type Format = 'json' | 'yaml'
type Api = 'rest' | 'http'

const SPEC_LABEL: Readonly<Record<Spec, string>> = {
  swagger: 'Swagger 2.0',
  openapi: 'OpenAPI 3.0',
}

/**
 * The design's API as API Gateway imports it (Swagger 2.0 or OpenAPI 3.0, JSON or YAML, for the
 * REST or the HTTP API), and its architecture as a Mermaid flowchart for a README.
 */
export function ExportDialog({ open, onClose }: ExportDialogProps) {
  const yamlText = useDesigner(selectYamlText)
  const model = useDesigner(selectCanvasModel)
  const apis = model.resources.filter((r) => r.kind === 'restApi' || r.kind === 'httpApi')
  const [spec, setSpec] = useState<Spec>('openapi')
  const [format, setFormat] = useState<Format>('yaml')
  const [chosenApi, setApi] = useState<Api | null>(null)
  const api: Api = chosenApi ?? (apis.some((r) => r.kind === 'restApi') ? 'rest' : 'http')
  const apiResult = useMemo(
    () => (open && apis.length > 0 ? exportApiText(yamlText, spec, format, { api }) : null),
    [open, apis.length, yamlText, spec, format, api],
  )
  const mermaid = useMemo(() => (open ? toMermaid(model) : ''), [open, model])
  const [scope, setScope] = useState<PictureScope>('all')
  const [pictureProblem, setPictureProblem] = useState<string | null>(null)
  const picture = async (format: PictureFormat) => {
    const result = await diagramPicture(format, scope)
    if (!result.ok) return setPictureProblem(result.reason)
    setPictureProblem(null)
    const link = document.createElement('a')
    link.href = result.dataUrl
    link.download = `diagram.${format}`
    link.click()
  }

  return (
    <Modal open={open} onClose={onClose} title="Export" testId="export.dialog">
      <h3>API definition</h3>
      {apis.length === 0 ? (
        <p>The design has no REST or HTTP API to describe.</p>
      ) : (
        <>
          <div className="export__options">
            <select
              aria-label="Specification"
              data-testid="export.spec"
              value={spec}
              onChange={(event) =>
                setSpec(event.target.value === 'swagger' ? 'swagger' : 'openapi')
              }
            >
              <option value="openapi">{SPEC_LABEL.openapi}</option>
              <option value="swagger">{SPEC_LABEL.swagger}</option>
            </select>
            <select
              aria-label="Format"
              data-testid="export.format"
              value={format}
              onChange={(event) => setFormat(event.target.value === 'json' ? 'json' : 'yaml')}
            >
              <option value="yaml">YAML</option>
              <option value="json">JSON</option>
            </select>
            <select
              aria-label="API"
              data-testid="export.api"
              value={api}
              onChange={(event) => setApi(event.target.value === 'http' ? 'http' : 'rest')}
            >
              {apis.some((r) => r.kind === 'restApi') && <option value="rest">REST API</option>}
              {apis.some((r) => r.kind === 'httpApi') && <option value="http">HTTP API</option>}
            </select>
            <button
              type="button"
              data-testid="export.apiDownload"
              disabled={!apiResult?.ok}
              onClick={() => {
                if (apiResult?.ok) {
                  downloadText(
                    `${spec}-${api}.${format}`,
                    apiResult.text,
                    format === 'json' ? 'application/json' : 'text/yaml',
                  )
                }
              }}
            >
              Download
            </button>
          </div>
          {apiResult && !apiResult.ok && (
            <p role="alert" data-testid="export.apiError">
              No API definition: {apiResult.error}
            </p>
          )}
          {apiResult?.ok &&
            apiResult.notes.map((note) => (
              <p key={note} className="export__note">
                {note}
              </p>
            ))}
        </>
      )}
      <h3>Picture of the diagram</h3>
      <div className="export__options">
        <select
          aria-label="What to draw"
          data-testid="export.pictureScope"
          value={scope}
          onChange={(event) => setScope(event.target.value === 'selection' ? 'selection' : 'all')}
        >
          <option value="all">The whole design</option>
          <option value="selection">The selected resources</option>
        </select>
        <button type="button" data-testid="export.png" onClick={() => void picture('png')}>
          PNG
        </button>
        <button type="button" data-testid="export.svg" onClick={() => void picture('svg')}>
          SVG
        </button>
        <span className="export__note">with the legend of line styles</span>
      </div>
      {pictureProblem && (
        <p role="alert" data-testid="export.pictureError">
          {pictureProblem}
        </p>
      )}
      <h3>Mermaid flowchart</h3>
      <textarea
        readOnly
        className="export__mermaid"
        data-testid="export.mermaid"
        aria-label="Mermaid flowchart of the design"
        value={mermaid}
        rows={8}
      />
      <button
        type="button"
        data-testid="export.mermaidDownload"
        onClick={() => downloadText('architecture.mmd', mermaid, 'text/plain')}
      >
        Download .mmd
      </button>
    </Modal>
  )
}
