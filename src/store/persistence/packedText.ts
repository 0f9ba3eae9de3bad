/**
 * Text packed to travel in a URL: deflate (the browser's own CompressionStream), then base64url.
 * Share links and lesson links use it; unpacking never throws and refuses a zip bomb.
 */

/** A link is refused if it inflates past this: a real design or lesson is far smaller. */
const MAX_INFLATED_BYTES = 4 * 1024 * 1024

export async function packText(text: string): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(text), 'compress'))
}

export type UnpackResult =
  { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly reason: string }

/** The JSON a packed body holds, or why it cannot be read; `what` names it in the reason. */
export async function unpackJson(body: string, what: string): Promise<UnpackResult> {
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
        ? `the link unpacks to more than ${what} can be`
        : 'the link is damaged or cut short (its data does not unpack)',
    }
  }
  try {
    return { ok: true, data: JSON.parse(text) }
  } catch {
    return { ok: false, reason: 'the link is damaged (its data is not JSON)' }
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
