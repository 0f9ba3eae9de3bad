import type { Example } from './exampleCatalog'
import { Modal } from './layout/Modal'

interface ExamplesDialogProps {
  readonly open: boolean
  readonly examples: readonly Example[]
  readonly onOpen: (example: Example) => void
  readonly onClose: () => void
}

/** The gallery of bundled examples; choosing one opens it as a new design. */
export function ExamplesDialog({ open, examples, onOpen, onClose }: ExamplesDialogProps) {
  return (
    <Modal
      open={open}
      onClose={onClose}
      title="Open an example"
      testId="app.examples"
      className="modal--wide"
    >
      <ul className="gallery">
        {examples.map((example) => (
          <li key={example.name}>
            <button
              type="button"
              className="gallery__card"
              data-testid={`app.examples.${example.name}`}
              onClick={() => onOpen(example)}
            >
              <span className="gallery__title">{example.title}</span>
              {example.summary && <span className="gallery__summary">{example.summary}</span>}
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  )
}
