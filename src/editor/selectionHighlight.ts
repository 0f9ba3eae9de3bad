import type * as Monaco from 'monaco-editor/editor'
import type { TextRange } from '../model/diagnostics'
import type { DesignerState } from '../store/designerStore'
import { monaco } from './monacoSetup'
import { rangeLines } from './resourceAtOffset'

/** Classes of the highlight, in editor.css; tests find the selected resource's key by them. */
export const SelectionClass = {
  lines: 'yaml-editor__selected-lines',
  gutter: 'yaml-editor__selected-gutter',
  key: 'yaml-editor__selected-key',
} as const

/**
 * Shows the store's selection in the text: a background on the resource's lines, a bar in the
 * gutter and its key underlined, scrolled into view (focus stays where it is).
 */
export class SelectionHighlight {
  private readonly decorations: Monaco.editor.IEditorDecorationsCollection

  constructor(private readonly editor: Monaco.editor.ICodeEditor) {
    this.decorations = editor.createDecorationsCollection()
  }

  /**
   * Highlight what `state` selects; `reveal` also scrolls to it. A selection made in the editor
   * itself is not echoed: the cursor already marks it, and a background under the line being
   * typed would only distract.
   */
  show(state: DesignerState, reveal: boolean): void {
    const model = this.editor.getModel()
    const { id, origin } = state.selection
    const range = id !== null && origin !== 'editor' ? state.parsed.ranges[id] : undefined
    // Ranges describe the store's text; while newer typing is unparsed, keep what is drawn (the
    // decorations move with the edits).
    if (model && state.yamlText !== model.getValue()) return
    if (!model || !range) {
      this.decorations.clear()
      return
    }
    const { first, last } = rangeLines(range)
    const lines = new monaco.Range(first, 1, last, model.getLineMaxColumn(last))
    this.decorations.set([
      {
        range: lines,
        options: {
          isWholeLine: true,
          className: SelectionClass.lines,
          linesDecorationsClassName: SelectionClass.gutter,
        },
      },
      {
        range: keyRange(model, range),
        options: { inlineClassName: SelectionClass.key },
      },
    ])
    if (reveal) {
      this.editor.revealRangeInCenterIfOutsideViewport(lines, monaco.editor.ScrollType.Smooth)
    }
  }

  dispose(): void {
    this.decorations.clear()
  }
}

/** The resource's key on its first line: from where the declaration starts up to its colon. */
function keyRange(model: Monaco.editor.ITextModel, range: TextRange): Monaco.Range {
  const { line, column } = range.start
  const text = model.getLineContent(line)
  const colon = text.indexOf(':', column - 1)
  const end = colon > column - 1 ? colon + 1 : model.getLineMaxColumn(line)
  return new monaco.Range(line, column, line, end)
}
