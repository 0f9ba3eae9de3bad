import { describe, expect, it } from 'vitest'
import { defaultColdStart, PACKAGE_INIT_MS_PER_MB } from './coldStart'

describe('defaultColdStart', () => {
  it('takes the median Init Duration by runtime, architecture and package type', () => {
    const node = { runtime: 'nodejs22.x', image: false } as const
    expect(defaultColdStart({ ...node, architecture: 'x86_64' }).ms).toBe(140)
    expect(defaultColdStart({ ...node, architecture: 'arm64' }).ms).toBe(128)
    expect(defaultColdStart({ ...node, architecture: 'x86_64', image: true }).ms).toBe(303)
    expect(defaultColdStart({ runtime: 'java21', architecture: 'x86_64', image: false }))
      .toMatchInlineSnapshot(`
        {
          "basis": "median Init Duration of java21, ZIP x86_64: 239 ms (maxday/lambda-perf)",
          "ms": 239,
        }
      `)
  })

  it('falls back to the family, then to Node.js 22, and says so', () => {
    expect(
      defaultColdStart({ runtime: 'python3.11', architecture: 'x86_64', image: false }),
    ).toEqual({
      ms: 85,
      basis:
        'median Init Duration of python3.12 (for python3.11), ZIP x86_64: 85 ms (maxday/lambda-perf)',
    })
    expect(defaultColdStart({ architecture: 'x86_64', image: false }).ms).toBe(140)
    expect(defaultColdStart({ runtime: 'cobol', architecture: 'x86_64', image: false }).ms).toBe(
      140,
    )
  })

  it('adds the package-size assumption to ZIP packages only', () => {
    const zip = defaultColdStart({
      runtime: 'nodejs20.x',
      architecture: 'x86_64',
      image: false,
      packageSizeMb: 2,
    })
    expect(zip.ms).toBe(142 + 2 * PACKAGE_INIT_MS_PER_MB)
    expect(zip.basis).toContain('2 MB × 725 ms/MB')
    expect(
      defaultColdStart({
        runtime: 'nodejs20.x',
        architecture: 'x86_64',
        image: true,
        packageSizeMb: 2,
      }).ms,
    ).toBe(260)
  })
})
