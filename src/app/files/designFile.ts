/**
 * Deciding whether a file the user picked or dropped can be opened as a design, and what it is
 * called. Pure: the caller reads the bytes.
 */

/** Larger than any real `serverless.yml` by far; beyond it the editor and parser would crawl. */
export const MAX_DESIGN_FILE_BYTES = 2 * 1024 * 1024

export type DesignFileResult =
  | { readonly ok: true; readonly name: string; readonly yamlText: string }
  | { readonly ok: false; readonly reason: string }

/** `orders-api.serverless.yml` → `orders-api.serverless`; an empty stem falls back to a name. */
export function designNameFromFileName(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
  const stem = base.replace(/\.ya?ml$/i, '').trim()
  return stem || 'Opened design'
}

/** Refuses before reading: a file too large to be a `serverless.yml`. */
export function checkFileSize(fileName: string, size: number): DesignFileResult | undefined {
  if (size <= MAX_DESIGN_FILE_BYTES) return undefined
  const megabytes = (size / (1024 * 1024)).toFixed(1)
  return {
    ok: false,
    reason: `${fileName} is ${megabytes} MB: a serverless.yml is at most 2 MB. Nothing was opened.`,
  }
}

/** The file's text, or a refusal when it is not UTF-8 text (an image, an archive...). */
export function decodeDesignFile(fileName: string, bytes: Uint8Array): DesignFileResult {
  const tooLarge = checkFileSize(fileName, bytes.byteLength)
  if (tooLarge) return tooLarge
  const notText: DesignFileResult = {
    ok: false,
    reason: `${fileName} is not a text file, so it cannot be a serverless.yml. Nothing was opened.`,
  }
  // NUL never occurs in text, and a fatal decoder rejects anything that is not UTF-8.
  if (bytes.includes(0)) return notText
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return notText
  }
  return { ok: true, name: designNameFromFileName(fileName), yamlText: text }
}
