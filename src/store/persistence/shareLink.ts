import type { Scenario } from '../../model/scenario'
import { packText, unpackJson } from './packedText'
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
  const fragment = `${PREFIX}${await packText(JSON.stringify(payload))}`
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
  const unpacked = await unpackJson(body, 'a design')
  return unpacked.ok ? readPayload(unpacked.data) : unpacked
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
