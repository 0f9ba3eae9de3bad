import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateScenario } from '../../model/scenario'
import {
  decodeShareFragment,
  encodeShareFragment,
  isShareFragment,
  MAX_SHARE_FRAGMENT_CHARS,
  SHARE_FORMAT,
  type SharedDesign,
} from './shareLink'

const scenario = validateScenario({
  traffic: [
    { target: 'restApi', pattern: { type: 'spike', baseRps: 5, peakRps: 80, atS: 60, forS: 30 } },
  ],
})
if (!scenario.ok) throw new Error(scenario.error)

const design: SharedDesign = {
  name: 'Orders — v2',
  yamlText:
    'service: orders\nprovider:\n  name: aws\nfunctions:\n  a:\n    handler: a.h # ünïcode ✓\n',
  positions: { 'function:a': { x: 10.5, y: -20 } },
  scenario: scenario.scenario,
}

/** A fragment carrying `payload` as-is, compressed like a real link. */
async function fragmentOf(payload: unknown): Promise<string> {
  const stream = new Blob([JSON.stringify(payload)])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'))
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer())
  return `#share=${btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')}`
}

describe('share links', () => {
  it('carry the design, layout and scenario exactly', async () => {
    const encoded = await encodeShareFragment(design)
    if (!encoded.ok) throw new Error(encoded.reason)
    expect(isShareFragment(encoded.fragment)).toBe(true)
    expect(encoded.fragment).toMatch(/^#share=[A-Za-z0-9_-]+$/)
    expect(await decodeShareFragment(encoded.fragment)).toEqual({ ok: true, design })
  })

  it('refuses a design too large for a link, offering the project file', async () => {
    // Random text does not compress: a few dozen KB of it cannot fit.
    // xorshift32: text without repeats, which deflate cannot shrink much.
    let x = 2463534242
    const noise = Array.from({ length: 40_000 }, () => {
      x ^= x << 13
      x ^= x >>> 17
      x ^= x << 5
      return String.fromCharCode(33 + ((x >>> 0) % 90))
    }).join('')
    const result = await encodeShareFragment({ ...design, yamlText: `# ${noise}\n` })
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('project file') })
    expect(MAX_SHARE_FRAGMENT_CHARS).toBe(24_000)
  })

  it('explains a damaged, cut or hostile link and never throws', async () => {
    const good = await encodeShareFragment(design)
    if (!good.ok) throw new Error(good.reason)
    const reasons = await Promise.all([
      decodeShareFragment('#other=1'),
      decodeShareFragment('#share=%%%'),
      decodeShareFragment(good.fragment.slice(0, good.fragment.length / 2)),
      decodeShareFragment(await fragmentOf([1, 2])),
      decodeShareFragment(await fragmentOf({ format: 'something/else', version: 1 })),
      decodeShareFragment(await fragmentOf({ format: SHARE_FORMAT, version: 9 })),
      decodeShareFragment(
        await fragmentOf({
          format: SHARE_FORMAT,
          version: 1,
          name: 'x',
          yamlText: 42,
          positions: {},
        }),
      ),
      decodeShareFragment(
        await fragmentOf({
          format: SHARE_FORMAT,
          version: 1,
          name: 'x',
          yamlText: 'a'.repeat(5e6),
          positions: {},
        }),
      ),
    ])
    expect(reasons.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
      'this link holds no shared design',
      'the link is damaged (it is not valid base64url)',
      expect.stringMatching(/damaged or cut short|not valid base64url/),
      'the link holds something that is not a design',
      'the link holds something that is not a Serverless Canvas design',
      'the link was made by a newer version of Serverless Canvas',
      expect.stringContaining('the shared design is not valid'),
      'the link unpacks to more than a design can be',
    ])
  })

  it('drops a damaged scenario with a note but keeps the design', async () => {
    const decoded = await decodeShareFragment(
      await fragmentOf({
        format: SHARE_FORMAT,
        version: 1,
        name: 'x',
        yamlText: 'service: x\n',
        positions: {},
        scenario: { traffic: 'lots' },
      }),
    )
    expect(decoded).toMatchObject({ ok: true, note: expect.stringContaining('starter scenario') })
    expect(decoded.ok && decoded.design).not.toHaveProperty('scenario')
  })

  it('decodes any random fragment to a design or a reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (junk) => {
        const result = await decodeShareFragment(`#share=${junk}`)
        expect(typeof result.ok).toBe('boolean')
      }),
      { numRuns: 200 },
    )
  })
})
