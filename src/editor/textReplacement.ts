/** Replace `[start, end)` of the old text with `text` to get the new one. Offsets in UTF-16 units. */
export interface TextReplacement {
  readonly start: number
  readonly end: number
  readonly text: string
}

/**
 * The smallest single replacement turning `before` into `after`: everything outside the common
 * prefix and suffix. Applying only that to the editor keeps the cursor, the selection and the
 * undo stack of the untouched text, where replacing the whole document would reset them.
 */
export function minimalReplacement(before: string, after: string): TextReplacement | null {
  if (before === after) return null
  const limit = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++
  }
  // Never split a surrogate pair: widen the replacement to the whole character instead.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--
  return {
    start: prefix,
    end: before.length - suffix,
    text: after.slice(prefix, after.length - suffix),
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * Where an offset of the old text lands in the new one after `replacement`: before it, it stays;
 * after it, it shifts by the change in length; inside the replaced text (rewritten elsewhere, so
 * there is no better answer) it moves to the replacement's start. The editor applies this to
 * the user's cursor and selections, so an edit made on the canvas never moves them.
 */
export function carryOffset(offset: number, replacement: TextReplacement): number {
  if (offset <= replacement.start) return offset
  if (offset >= replacement.end) {
    return offset + replacement.text.length - (replacement.end - replacement.start)
  }
  return replacement.start
}
