/** Timers, injected so tests can drive time (fake timers) instead of waiting. */
export interface Scheduler {
  setTimeout(callback: () => void, ms: number): TimerHandle
  clearTimeout(handle: TimerHandle): void
}

export type TimerHandle = ReturnType<typeof globalThis.setTimeout>

/**
 * The real timers, looked up on each call rather than captured, so timers faked after start-up
 * (vi.useFakeTimers) are the ones used.
 */
export const globalScheduler: Scheduler = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle),
}
