import { useSaveState } from '../designs/DesignLibraryContext'
import type { SaveState } from '../designs/saveStatus'

const LABELS: Readonly<Record<SaveState, string>> = {
  saved: 'Saved',
  saving: 'Saving…',
  failed: 'Not saved',
  memory: 'Not kept after this tab',
}

const DESCRIPTIONS: Readonly<Record<SaveState, string>> = {
  saved: 'Every change is saved in this browser.',
  saving: 'Saving the latest changes in this browser.',
  failed: 'The latest changes could not be saved. They are kept while this tab is open.',
  memory: 'This browser offers no storage here: download the design to keep it.',
}

/** Whether the open design is saved: autosave works quietly, this says what it has done. */
export function SaveStateBadge() {
  const state = useSaveState()
  return (
    <span
      className={`save-state is-${state}`}
      data-testid="toolbar.saveState"
      data-state={state}
      title={DESCRIPTIONS[state]}
    >
      {LABELS[state]}
    </span>
  )
}
