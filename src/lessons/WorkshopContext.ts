import { createContext, useContext, useSyncExternalStore } from 'react'
import type { WorkshopSession, WorkshopState } from './workshopSession'

export const WorkshopContext = createContext<WorkshopSession | null>(null)

export function useWorkshopSession(): WorkshopSession {
  const session = useContext(WorkshopContext)
  if (!session) throw new Error('useWorkshopSession needs a WorkshopContext provider')
  return session
}

/** The workshop's state, re-rendering on every change. */
export function useWorkshop(): WorkshopState {
  const session = useWorkshopSession()
  return useSyncExternalStore(session.subscribe, session.getSnapshot)
}
