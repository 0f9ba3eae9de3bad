import { createStore, type StoreApi } from 'zustand/vanilla'
import type { ServiceModel } from '../model/types'
import { parse as parseServerless, type ParseResult } from '../serverless'

/**
 * Who caused a change. The editor skips changes it made itself (`yaml`), so the two panes never
 * echo each other; `history` marks undo/redo so it is not recorded again.
 */
export type ChangeOrigin = 'canvas' | 'yaml' | 'history'

export type ParseServerless = (text: string) => ParseResult

/** The last change to `yamlText`: enough for a view to decide whether it must sync. */
export interface TextChange {
  /** `open` when a whole design was opened rather than edited. */
  readonly origin: ChangeOrigin | 'open'
  /** Increases on every change of `yamlText`, so repeated identical origins are told apart. */
  readonly revision: number
}

/** The design currently open. Opening another one replaces the text wholesale. */
export interface OpenDocument {
  /** Increases each time a design is opened: views reset (editor undo stack, viewport). */
  readonly id: number
  readonly name: string
}

export interface DesignerData {
  readonly document: OpenDocument
  /** The `serverless.yml` text: the source of truth for the service. */
  readonly yamlText: string
  /** `parse(yamlText)`: model, diagnostics and text ranges of the current text. */
  readonly parsed: ParseResult
  /**
   * The model of the last text that parsed as YAML. While the text is broken mid-edit the canvas
   * keeps showing this rather than flashing empty.
   */
  readonly lastGoodModel: ServiceModel
  readonly lastChange: TextChange
}

export interface DesignerActions {
  /** Replace the text after an edit in one of the panes. A no-op when the text is unchanged. */
  setYamlText(text: string, origin: ChangeOrigin): void
  /** Open a design (an example, a file): a new document, not an edit of the current one. */
  openDesign(design: { readonly name: string; readonly yamlText: string }): void
}

export type DesignerState = DesignerData & { readonly actions: DesignerActions }
export type DesignerStore = StoreApi<DesignerState>

export interface DesignerStoreOptions {
  readonly name: string
  readonly yamlText: string
  /** The codec; replaceable so the store's own logic can be tested in isolation. */
  readonly parse?: ParseServerless
}

export function createDesignerStore(options: DesignerStoreOptions): DesignerStore {
  const parse = options.parse ?? parseServerless

  function opened(id: number, name: string, yamlText: string): DesignerData {
    const parsed = parse(yamlText)
    return {
      document: { id, name },
      yamlText,
      parsed,
      // Even when a freshly opened text is broken, the previous design's model must not linger:
      // take whatever the codec could recover.
      lastGoodModel: parsed.model,
      lastChange: { origin: 'open', revision: 0 },
    }
  }

  return createStore<DesignerState>()((set, get) => ({
    ...opened(1, options.name, options.yamlText),
    actions: {
      setYamlText(text, origin) {
        const state = get()
        if (text === state.yamlText) return
        const parsed = parse(text)
        set({
          yamlText: text,
          parsed,
          lastGoodModel: parsed.ok ? parsed.model : state.lastGoodModel,
          lastChange: { origin, revision: state.lastChange.revision + 1 },
        })
      },
      openDesign(design) {
        const state = get()
        const next = opened(state.document.id + 1, design.name, design.yamlText)
        set({
          ...next,
          lastChange: { ...next.lastChange, revision: state.lastChange.revision + 1 },
        })
      },
    },
  }))
}
