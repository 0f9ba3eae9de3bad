import { createStore, type StoreApi } from 'zustand/vanilla'
import { starterScenario, type Scenario } from '../model/scenario'
import type { ResourceId, ServiceModel } from '../model/types'
import {
  applyPatches as applyServerlessPatches,
  parse as parseServerless,
  type ParseResult,
  type Patch,
} from '../serverless'
import {
  emptyHistory,
  record,
  redo,
  samePositions,
  undo,
  type History,
  type Positions,
  type Snapshot,
  type XY,
} from './history'

export type { Positions, XY } from './history'

/**
 * Who caused a change. The editor skips changes it made itself (`yaml`), so the two panes never
 * echo each other; `history` marks undo/redo so it is not recorded again; `canvas` is any edit
 * made outside the editor (canvas, inspector, palette, toolbar).
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

/** Which view selected the resource: the others follow, the origin does not echo. */
export type SelectionOrigin = 'canvas' | 'editor' | 'inspector' | 'app'

export interface Selection {
  readonly id: ResourceId | null
  readonly origin: SelectionOrigin
}

/** A short message for the user: a refused connection, a failed save, a restored design. */
export interface Notice {
  readonly kind: 'error' | 'info'
  readonly message: string
  /** Increases per notice, so the same message twice is shown twice. */
  readonly seq: number
}

/** A request for the editor to scroll to and highlight a place in the text. */
export interface RevealRequest {
  readonly line: number
  readonly column: number
  readonly seq: number
}

export interface DesignerData {
  /** The saved design this is (the key in browser storage). */
  readonly designId: string
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
  /** Node positions by resource id: designer data, never written into serverless.yml. */
  readonly positions: Positions
  readonly selection: Selection
  readonly history: History
  /** The state when the current drag started, committed as one undo step when it ends. */
  readonly dragStart: Snapshot | null
  readonly notice: Notice | null
  readonly reveal: RevealRequest | null
  /** The traffic and behaviour that drive cost and simulation: designer data, not YAML. */
  readonly scenario: Scenario
  /**
   * False while the scenario is the starter one derived from the design: it then follows the
   * design's entry points as they change. The first edit makes it the user's own.
   */
  readonly scenarioCustomised: boolean
  /**
   * Figures the last simulation run gives each resource (by id), shown on its node; empty until
   * a run, and again when another design is opened.
   */
  readonly nodeFigures: NodeFigures
  /**
   * A design opened from a share link: shown exactly as shared, never edited or saved, until the
   * user keeps a copy (which opens as a design of their own).
   */
  readonly readOnly: boolean
}

/** What a refused edit of a read-only design says. */
export const READ_ONLY_MESSAGE =
  'This shared design is read-only. Keep a copy to edit it; the copy is yours.'

/** A resource's figures from a simulation, in a few words; `alert` when it throttled. */
export interface NodeFigure {
  readonly text: string
  readonly alert: boolean
}
export type NodeFigures = Readonly<Record<string, NodeFigure>>

export type PatchOutcome = { readonly ok: true } | { readonly ok: false; readonly error: string }

export interface NodeMove {
  readonly id: string
  readonly position: XY
}

export interface OpenDesignInput {
  readonly designId: string
  readonly name: string
  readonly yamlText: string
  readonly positions?: Positions
  /** A scenario saved with the design; absent: the starter scenario. */
  readonly scenario?: Scenario
  /** Opened from a share link: shown, never edited (see `DesignerData.readOnly`). */
  readonly readOnly?: boolean
}

export interface DesignerActions {
  /** Replace the text after an edit in one of the panes. A no-op when the text is unchanged. */
  setYamlText(text: string, origin: ChangeOrigin): void
  /**
   * Apply canvas edits to the text as one undo step. Refused (with a notice) while the text does
   * not parse, or when the codec refuses a patch; the text is then unchanged.
   */
  applyPatches(
    patches: readonly Patch[],
    options?: { readonly select?: ResourceId; readonly positions?: Positions },
  ): PatchOutcome
  /** Open a design (an example, a file, a saved one): a new document, not an edit. */
  openDesign(design: OpenDesignInput): void
  renameDesign(name: string): void
  /** Nodes dragged on the canvas: `drag` while moving (no history), `end` commits one step. */
  moveNodes(moves: readonly NodeMove[], phase: 'drag' | 'end'): void
  /** Set positions computed by a layout; `record` makes it an undo step (tidy up). */
  placeNodes(positions: Positions, options: { readonly record: boolean }): void
  select(id: ResourceId | null, origin: SelectionOrigin): void
  undo(): void
  redo(): void
  revealLine(line: number, column?: number): void
  notify(kind: Notice['kind'], message: string): void
  dismissNotice(): void
  /** Replace the scenario (already validated); it is the user's own from then on. */
  setScenario(scenario: Scenario): void
  /** Back to the starter scenario derived from the design. */
  resetScenario(): void
  /** The figures of a finished simulation run, by resource id (empty clears them). */
  setNodeFigures(figures: NodeFigures): void
}

export type DesignerState = DesignerData & { readonly actions: DesignerActions }
export type DesignerStore = StoreApi<DesignerState>

export interface DesignerStoreOptions {
  readonly designId: string
  readonly name: string
  readonly yamlText: string
  readonly positions?: Positions
  readonly scenario?: Scenario
  /** A shared design, opened read-only. */
  readonly readOnly?: boolean
  /** The codec; replaceable so the store's own logic can be tested in isolation. */
  readonly parse?: ParseServerless
}

export function createDesignerStore(options: DesignerStoreOptions): DesignerStore {
  const parse = options.parse ?? parseServerless

  function opened(id: number, design: OpenDesignInput, revision: number): DesignerData {
    const parsed = parse(design.yamlText)
    return {
      designId: design.designId,
      document: { id, name: design.name },
      yamlText: design.yamlText,
      parsed,
      // Even when a freshly opened text is broken, the previous design's model must not linger:
      // take whatever the codec could recover.
      lastGoodModel: parsed.model,
      lastChange: { origin: 'open', revision },
      positions: design.positions ?? {},
      selection: { id: null, origin: 'app' },
      history: emptyHistory,
      dragStart: null,
      notice: null,
      reveal: null,
      scenario: design.scenario ?? starterScenario(parsed.model),
      scenarioCustomised: design.scenario !== undefined,
      nodeFigures: {},
      readOnly: design.readOnly ?? false,
    }
  }

  return createStore<DesignerState>()((set, get) => {
    const snapshot = (): Snapshot => ({ yamlText: get().yamlText, positions: get().positions })

    /** Show `text` (and positions) as the result of an edit from `origin`. */
    const commitText = (text: string, origin: ChangeOrigin, extra: Partial<DesignerData> = {}) => {
      const state = get()
      const parsed = text === state.yamlText ? state.parsed : parse(text)
      const followDesign = parsed.ok && !state.scenarioCustomised && parsed !== state.parsed
      set({
        yamlText: text,
        parsed,
        lastGoodModel: parsed.ok ? parsed.model : state.lastGoodModel,
        lastChange: { origin, revision: state.lastChange.revision + 1 },
        ...(followDesign && { scenario: starterScenario(parsed.model) }),
        ...extra,
      })
    }

    const travel = (step: typeof undo) => {
      const state = get()
      const moved = step(state.history, snapshot())
      if (!moved) return
      const [target, history] = moved
      commitText(target.yamlText, 'history', { positions: target.positions, history })
    }

    const notify = (kind: Notice['kind'], message: string) =>
      set({ notice: { kind, message, seq: (get().notice?.seq ?? 0) + 1 } })

    /** True (after saying so) when the open design is read-only and `what` would change it. */
    const refusedReadOnly = (): boolean => {
      if (!get().readOnly) return false
      notify('info', READ_ONLY_MESSAGE)
      return true
    }

    return {
      ...opened(1, options, 0),
      actions: {
        setYamlText(text, origin) {
          const state = get()
          if (text === state.yamlText) return
          if (refusedReadOnly()) return
          const history = origin === 'history' ? state.history : record(state.history, snapshot())
          commitText(text, origin, { history })
        },

        applyPatches(patches, opts = {}) {
          const state = get()
          if (refusedReadOnly()) return { ok: false, error: READ_ONLY_MESSAGE }
          if (!state.parsed.ok) {
            const error = 'Fix the YAML first: the canvas cannot edit a file that does not parse.'
            notify('error', error)
            return { ok: false, error }
          }
          const result = applyServerlessPatches(state.yamlText, patches)
          if (!result.ok) {
            notify('error', result.error)
            return result
          }
          const positions = { ...renamedPositions(state.positions, patches), ...opts.positions }
          const selection = opts.select
            ? { id: opts.select, origin: 'app' as const }
            : renamedSelection(state.selection, patches)
          commitText(result.text, 'canvas', {
            history: record(state.history, snapshot()),
            positions,
            selection,
          })
          return { ok: true }
        },

        openDesign(design) {
          const state = get()
          set(opened(state.document.id + 1, design, state.lastChange.revision + 1))
        },

        renameDesign(name) {
          const trimmed = name.trim()
          if (!trimmed || trimmed === get().document.name) return
          set({ document: { ...get().document, name: trimmed } })
        },

        moveNodes(moves, phase) {
          const state = get()
          // The canvas does not let nodes be dragged then; this is the store's own guard.
          if (state.readOnly) return
          const positions = { ...state.positions }
          for (const move of moves) positions[move.id] = move.position
          const dragStart = state.dragStart ?? snapshot()
          if (phase === 'drag') {
            set({ positions, dragStart })
            return
          }
          const changed = !samePositions(dragStart.positions, positions)
          set({
            positions,
            dragStart: null,
            history: changed ? record(state.history, dragStart) : state.history,
          })
        },

        placeNodes(positions, opts) {
          const state = get()
          // Laying out unplaced nodes is display only; tidying up is an edit.
          if (opts.record && refusedReadOnly()) return
          const next = { ...state.positions, ...positions }
          if (samePositions(next, state.positions)) return
          set({
            positions: next,
            history: opts.record ? record(state.history, snapshot()) : state.history,
          })
        },

        select(id, origin) {
          const current = get().selection
          if (current.id === id && current.origin === origin) return
          set({ selection: { id, origin } })
        },

        undo: () => {
          if (!get().readOnly) travel(undo)
        },
        redo: () => {
          if (!get().readOnly) travel(redo)
        },

        revealLine(line, column = 1) {
          set({ reveal: { line, column, seq: (get().reveal?.seq ?? 0) + 1 } })
        },

        notify,
        dismissNotice: () => set({ notice: null }),

        setScenario: (scenario) => {
          if (!refusedReadOnly()) set({ scenario, scenarioCustomised: true })
        },
        resetScenario: () => {
          if (refusedReadOnly()) return
          set({ scenario: starterScenario(get().lastGoodModel), scenarioCustomised: false })
        },
        setNodeFigures: (nodeFigures) => set({ nodeFigures }),
      },
    }
  })
}

/** A renamed function keeps its place on the canvas. */
function renamedPositions(positions: Positions, patches: readonly Patch[]): Positions {
  let out = positions
  for (const patch of patches) {
    if (patch.op !== 'renameFunction') continue
    const from = `function:${patch.from}`
    const at = out[from]
    if (!at) continue
    const { [from]: _moved, ...rest } = out
    out = { ...rest, [`function:${patch.to}`]: at }
  }
  return out
}

/** A renamed function stays selected under its new id. */
function renamedSelection(selection: Selection, patches: readonly Patch[]): Selection {
  let id = selection.id
  for (const patch of patches) {
    if (patch.op === 'renameFunction' && id === `function:${patch.from}`) {
      id = `function:${patch.to}` as ResourceId
    }
  }
  return id === selection.id ? selection : { id, origin: selection.origin }
}
