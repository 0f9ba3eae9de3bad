/**
 * Every keyboard shortcut of the designer, in one table: the global handler matches key events
 * against it and the `?` sheet lists it, so the two never disagree. Pure: no DOM, no React.
 */

/** What a shortcut does. Commands the shell runs itself; the others are listed for reference. */
export const ShortcutCommand = {
  undo: 'undo',
  redo: 'redo',
  duplicate: 'duplicate',
  download: 'download',
  help: 'help',
  zoomToFit: 'zoomToFit',
  deleteSelection: 'deleteSelection',
  nextStep: 'nextStep',
  previousStep: 'previousStep',
  toggleEditor: 'toggleEditor',
  laserPointer: 'laserPointer',
} as const
export type ShortcutCommand = (typeof ShortcutCommand)[keyof typeof ShortcutCommand]

/** One key combination. `mod` is Ctrl, or Cmd on a Mac: either is accepted everywhere. */
export interface KeyBinding {
  /** `KeyboardEvent.key`, lower case for letters (`z`, `?`, `Delete`). */
  readonly key: string
  /** `KeyboardEvent.code`, so letters still match on non-Latin layouts (`KeyZ`). */
  readonly code?: string
  readonly mod?: boolean
  readonly ctrlOnly?: boolean
  readonly shift?: boolean
  /** `?` is typed with Shift on most layouts: the Shift key does not matter for it. */
  readonly anyShift?: boolean
}

/** Which part of the app acts on the shortcut. */
export type ShortcutOwner = 'app' | 'canvas' | 'workshop'

export interface Shortcut {
  readonly command: ShortcutCommand
  readonly description: string
  /** How the sheet writes it, one entry per alternative: `['Ctrl+Shift+Z', 'Ctrl+Y']`. */
  readonly labels: readonly string[]
  readonly bindings: readonly KeyBinding[]
  readonly owner: ShortcutOwner
  /** Also active while the focus is in a text field (it would do nothing useful there). */
  readonly whileTyping: boolean
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    command: 'undo',
    description: 'Undo',
    labels: ['Mod+Z'],
    bindings: [{ key: 'z', code: 'KeyZ', mod: true }],
    owner: 'app',
    whileTyping: false,
  },
  {
    command: 'redo',
    description: 'Redo',
    labels: ['Mod+Shift+Z', 'Ctrl+Y'],
    bindings: [
      { key: 'z', code: 'KeyZ', mod: true, shift: true },
      { key: 'y', code: 'KeyY', ctrlOnly: true },
    ],
    owner: 'app',
    whileTyping: false,
  },
  {
    command: 'duplicate',
    description: 'Duplicate the selected resource',
    labels: ['Mod+D'],
    bindings: [{ key: 'd', code: 'KeyD', mod: true }],
    owner: 'app',
    whileTyping: false,
  },
  {
    command: 'download',
    description: 'Download serverless.yml',
    labels: ['Mod+S'],
    bindings: [{ key: 's', code: 'KeyS', mod: true }],
    owner: 'app',
    // Saving from inside the editor is the habit of every editor; the browser's own dialog is not.
    whileTyping: true,
  },
  {
    command: 'zoomToFit',
    description: 'Zoom the canvas to fit',
    labels: ['Shift+1'],
    bindings: [],
    owner: 'canvas',
    whileTyping: false,
  },
  {
    command: 'deleteSelection',
    description: 'Delete the selected resource or connection',
    labels: ['Delete', 'Backspace'],
    bindings: [],
    owner: 'canvas',
    whileTyping: false,
  },
  {
    command: 'nextStep',
    description: 'Next lesson step (→ too, in presenter view)',
    labels: ['PageDown'],
    bindings: [],
    owner: 'workshop',
    whileTyping: false,
  },
  {
    command: 'previousStep',
    description: 'Previous lesson step (← too, in presenter view)',
    labels: ['PageUp'],
    bindings: [],
    owner: 'workshop',
    whileTyping: false,
  },
  {
    command: 'toggleEditor',
    description: 'Presenter view: show or hide the editor',
    labels: ['E'],
    bindings: [],
    owner: 'workshop',
    whileTyping: false,
  },
  {
    command: 'laserPointer',
    description: 'Presenter view: laser pointer on or off',
    labels: ['L'],
    bindings: [],
    owner: 'workshop',
    whileTyping: false,
  },
  {
    command: 'help',
    description: 'Show keyboard shortcuts',
    labels: ['?'],
    bindings: [{ key: '?', anyShift: true }],
    owner: 'app',
    whileTyping: false,
  },
]

/** The parts of a `KeyboardEvent` a match looks at. */
export interface KeyPress {
  readonly key: string
  readonly code: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly shiftKey: boolean
  readonly altKey: boolean
}

function matches(binding: KeyBinding, press: KeyPress): boolean {
  if (press.altKey) return false
  const keyMatches =
    press.key.toLowerCase() === binding.key ||
    (binding.code !== undefined && press.code === binding.code)
  if (!keyMatches) return false
  if (!binding.anyShift && press.shiftKey !== (binding.shift ?? false)) return false
  if (binding.ctrlOnly) return press.ctrlKey && !press.metaKey
  const mod = press.ctrlKey || press.metaKey
  return mod === (binding.mod ?? false)
}

/**
 * The app command a key press asks for, if any. `typing` says the focus is in a text field,
 * where only shortcuts marked `whileTyping` apply. Shortcuts the canvas owns never match here.
 */
export function commandFor(press: KeyPress, typing: boolean): ShortcutCommand | undefined {
  const shortcut = SHORTCUTS.find(
    (candidate) =>
      candidate.owner === 'app' &&
      (!typing || candidate.whileTyping) &&
      candidate.bindings.some((binding) => matches(binding, press)),
  )
  return shortcut?.command
}

const MAC_SYMBOLS: Readonly<Record<string, string>> = { Mod: '⌘', Shift: '⇧', Ctrl: '⌃' }

/** A label for display: `Mod+Shift+Z` is `⌘⇧Z` on a Mac and `Ctrl+Shift+Z` elsewhere. */
export function displayLabel(label: string, mac: boolean): string {
  // A lone `+` would be a key of its own; no shortcut uses one, so `+` only joins keys.
  const keys = label.split('+')
  if (mac) return keys.map((key) => MAC_SYMBOLS[key] ?? key).join('')
  return keys.map((key) => (key === 'Mod' ? 'Ctrl' : key)).join('+')
}
