import { describe, expect, it } from 'vitest'
import { withDefaults } from './usage'

describe('lambda usage entries', () => {
  it('fills every documented default', () => {
    expect(withDefaults({})).toEqual({
      ok: true,
      usage: {
        name: 'function',
        requests: 0,
        durationMs: 100,
        memoryMb: 128,
        architecture: 'x86_64',
        ephemeralStorageMb: 512,
        provisionedConcurrency: 0,
        provisionedHours: null,
        provisionedRequests: 0,
        provisionedDurationMs: 100,
      },
    })
  })

  it('defaults the provisioned duration to the on-demand duration', () => {
    const result = withDefaults({ durationMs: 250 })
    expect(result.ok && result.usage.provisionedDurationMs).toBe(250)
  })

  it('names the field and what it must be', () => {
    expect(withDefaults({ name: 'api', requests: '3M' })).toEqual({
      ok: false,
      error: 'lambda "api": "requests" must be a number ≥ 0, got "3M"',
    })
    expect(withDefaults({ name: 'api', durationMs: -1 })).toMatchObject({
      error: 'lambda "api": "durationMs" must be a number ≥ 0, got -1',
    })
    expect(withDefaults({ name: 'api', memoryMb: 1536.5 })).toMatchObject({
      error: 'lambda "api": "memoryMb" must be a whole number, got 1536.5',
    })
    expect(withDefaults({ name: 'api', architecture: 'arm' })).toMatchObject({
      error: 'lambda "api": "architecture" must be one of x86_64, arm64, got "arm"',
    })
    expect(withDefaults({ name: '' })).toMatchObject({
      error: 'lambda: "name" must be a non-empty string',
    })
    expect(withDefaults([])).toMatchObject({ error: 'lambda: each entry must be an object' })
  })

  it('refuses unknown fields, so a typo is not silently priced as a default', () => {
    const result = withDefaults({ name: 'api', durationMS: 120 })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatch(/^lambda "api": unknown field "durationMS"/)
  })

  it('refuses provisioned invocations without provisioned concurrency enabled', () => {
    expect(withDefaults({ name: 'pc', provisionedRequests: 10 })).toMatchObject({ ok: false })
    expect(
      withDefaults({
        name: 'pc',
        provisionedRequests: 10,
        provisionedConcurrency: 1,
        provisionedHours: 0,
      }),
    ).toMatchObject({ ok: false })
    expect(
      withDefaults({ name: 'pc', provisionedRequests: 10, provisionedConcurrency: 1 }),
    ).toMatchObject({ ok: true })
  })
})
