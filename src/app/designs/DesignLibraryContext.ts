import {
  createContext,
  createElement,
  useContext,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import type { DesignLibrary } from './designLibrary'
import type { SaveState } from './saveStatus'

const DesignLibraryContext = createContext<DesignLibrary | null>(null)

export function DesignLibraryProvider(props: { library: DesignLibrary; children: ReactNode }) {
  return createElement(DesignLibraryContext.Provider, { value: props.library }, props.children)
}

export function useDesignLibrary(): DesignLibrary {
  const library = useContext(DesignLibraryContext)
  if (!library) throw new Error('useDesignLibrary must be used inside <DesignLibraryProvider>')
  return library
}

/** Whether the open design is saved, following autosave as it writes. */
export function useSaveState(): SaveState {
  const { saveStatus } = useDesignLibrary()
  return useSyncExternalStore(saveStatus.subscribe, saveStatus.getSnapshot)
}
