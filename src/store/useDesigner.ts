import { createContext, createElement, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { DesignerState, DesignerStore } from './designerStore'

// The one file of the store that knows React: everything else in src/store is plain TypeScript
// that runs (and is tested) in Node.

const DesignerStoreContext = createContext<DesignerStore | null>(null)

export function DesignerProvider(props: { store: DesignerStore; children: ReactNode }) {
  return createElement(DesignerStoreContext.Provider, { value: props.store }, props.children)
}

/** The store itself, for views that subscribe imperatively (the editor). */
export function useDesignerStore(): DesignerStore {
  const store = useContext(DesignerStoreContext)
  if (!store) throw new Error('useDesigner must be used inside <DesignerProvider>')
  return store
}

/** Subscribe a component to one slice of the designer state. Pass a module-level selector. */
export function useDesigner<T>(selector: (state: DesignerState) => T): T {
  return useStore(useDesignerStore(), selector)
}
