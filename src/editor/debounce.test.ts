import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { debounce } from './debounce'

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('runs once, after the input has been quiet for the delay', () => {
    const run = vi.fn()
    const debounced = debounce(run, 250)
    debounced()
    vi.advanceTimersByTime(200)
    debounced()
    vi.advanceTimersByTime(200)
    expect(run).not.toHaveBeenCalled()
    expect(debounced.pending).toBe(true)
    vi.advanceTimersByTime(50)
    expect(run).toHaveBeenCalledTimes(1)
    expect(debounced.pending).toBe(false)
  })

  it('flushes a pending call now, and only a pending one', () => {
    const run = vi.fn()
    const debounced = debounce(run, 250)
    debounced.flush()
    expect(run).not.toHaveBeenCalled()
    debounced()
    debounced.flush()
    expect(run).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1000)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('cancels a pending call', () => {
    const run = vi.fn()
    const debounced = debounce(run, 250)
    debounced()
    debounced.cancel()
    vi.advanceTimersByTime(1000)
    expect(run).not.toHaveBeenCalled()
  })
})
