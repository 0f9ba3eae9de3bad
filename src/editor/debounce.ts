export interface Debounced {
  /** (Re)start the wait; the call runs once input has been quiet for the whole delay. */
  (): void
  /** Run a pending call now, if there is one. */
  flush(): void
  /** Drop a pending call. */
  cancel(): void
  readonly pending: boolean
}

/** Trailing-edge debounce of a call without arguments (the callee reads the latest state itself). */
export function debounce(run: () => void, delayMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }
  const flush = () => {
    if (timer === undefined) return
    cancel()
    run()
  }
  const debounced = () => {
    cancel()
    timer = setTimeout(flush, delayMs)
  }
  return Object.defineProperties(debounced, {
    flush: { value: flush },
    cancel: { value: cancel },
    pending: { get: () => timer !== undefined },
  }) as Debounced
}
