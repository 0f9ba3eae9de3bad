import type { Scenario } from '../../model/scenario'
import { DESIGN_FORMAT, DESIGN_VERSION, validateSavedDesign, type Position } from './savedDesign'

/**
 * Share links: the whole design — YAML, layout, traffic scenario — compressed into the URL's
 * fragment (`#share=…`). Browsers never send the fragment to a server, so nothing leaves the
 * machine; whoever opens the link gets exactly that design. Deflate (the browser's own
 * CompressionStream), then base64url.
 */

export const SHARE_FORMAT = 'serverless-canvas/share'
export const SHARE_VERSION = 1
const PREFIX = '#share='

/**
 * The longest fragment a link may carry. Browsers accept far longer URLs (Chromium about 2 MB),
 * but chat apps, e-mail clients and address bars start cutting or choking past a few tens of
 * kilobytes; 24,000 characters keeps a link pasteable anywhere. A design beyond it is offered as
 * a project file instead.
 */
export const MAX_SHARE_FRAGMENT_CHARS = 24_000

/** A link is refused if it inflates past this: a real design is far smaller (a zip-bomb guard). */
const MAX_INFLATED_BYTES = 4 * 1024 * 1024

export interface SharedDesign {
  readonly name: string
  readonly yamlText: string
  readonly positions: Readonly<Record<string, Position>>
  readonly scenario?: Scenario
}

export type EncodeResult =
  { readonly ok: true; readonly fragment: string } | { readonly ok: false; readonly reason: string }

export type DecodeResult =
  | { readonly ok: true; readonly design: SharedDesign; readonly note?: string }
  | { readonly ok: false; readonly reason: string }

/** `#share=…` for the design, or why it cannot be a link (too large: use the project file). */
export async function encodeShareFragment(design: SharedDesign): Promise<EncodeResult> {
  const payload = {
    format: SHARE_FORMAT,
    version: SHARE_VERSION,
    name: design.name,
    yamlText: design.yamlText,
    positions: design.positions,
    ...(design.scenario !== undefined && { scenario: design.scenario }),
  }
  const bytes = await pipe(new TextEncoder().encode(JSON.stringify(payload)), 'compress')
  const fragment = `${PREFIX}${toBase64Url(bytes)}`
  if (fragment.length > MAX_SHARE_FRAGMENT_CHARS) {
    return {
      ok: false,
      reason:
        `This design needs a link of ${fragment.length.toLocaleString('en-US')} characters, more than ` +
        `${MAX_SHARE_FRAGMENT_CHARS.toLocaleString('en-US')} that a link can safely carry. ` +
        'Share the project file instead (Download → Project file).',
    }
  }
  return { ok: true, fragment }
}

/** Whether a URL fragment is a share link (whatever state its payload is in). */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(PREFIX)
}

/**
 * The design a `#share=…` fragment carries, checked as strictly as a stored design; a damaged,
 * truncated or hostile link gets a reason and nothing else.
 */
export async function decodeShareFragment(hash: string): Promise<DecodeResult> {
  if (!isShareFragment(hash)) return { ok: false, reason: 'this link holds no shared design' }
  const body = hash.slice(PREFIX.length)
  if (body.length > MAX_SHARE_FRAGMENT_CHARS) {
    return { ok: false, reason: 'the shared design in this link is too long to be one of ours' }
  }
  const bytes = fromBase64Url(body)
  if (!bytes) return { ok: false, reason: 'the link is damaged (it is not valid base64url)' }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(bytes, 'decompress'))
  } catch (error) {
    const tooLarge = error instanceof RangeError
    return {
      ok: false,
      reason: tooLarge
        ? 'the link unpacks to more than a design can be'
        : 'the link is damaged or cut short (its data does not unpack)',
    }
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'the link is damaged (its data is not JSON)' }
  }
  return readPayload(data)
}

function readPayload(data: unknown): DecodeResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: 'the link holds something that is not a design' }
  }
  const record = data as Record<string, unknown>
  if (record.format !== SHARE_FORMAT) {
    return { ok: false, reason: 'the link holds something that is not a Serverless Canvas design' }
  }
  if (record.version !== SHARE_VERSION) {
    return {
      ok: false,
      reason:
        typeof record.version === 'number' && record.version > SHARE_VERSION
          ? 'the link was made by a newer version of Serverless Canvas'
          : 'the link has an unknown format version',
    }
  }
  // The fields are checked by the stored-design reader, so a link is held to the same limits.
  const checked = validateSavedDesign({
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    id: 'shared',
    name: record.name,
    yamlText: record.yamlText,
    positions: record.positions,
    ...(record.scenario !== undefined && { scenario: record.scenario }),
    createdAt: 0,
    updatedAt: 0,
  })
  if (!checked.ok) return { ok: false, reason: `the shared design is not valid: ${checked.reason}` }
  const { name, yamlText, positions, scenario } = checked.design
  return {
    ok: true,
    design: { name, yamlText, positions, ...(scenario !== undefined && { scenario }) },
    ...(checked.note !== undefined && { note: checked.note }),
  }
}

async function pipe(bytes: Uint8Array, direction: 'compress' | 'decompress'): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(
      direction === 'compress'
        ? new CompressionStream('deflate-raw')
        : new DecompressionStream('deflate-raw'),
    )
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > MAX_INFLATED_BYTES) {
      await reader.cancel()
      throw new RangeError('too large')
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  // In slices: String.fromCharCode with a huge argument list overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    return Uint8Array.from(binary, (c) => c.charCodeAt(0))
  } catch {
    return undefined
  }
}
