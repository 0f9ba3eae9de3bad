/**
 * A line diff (longest common subsequence), used to check that an edit changed only the lines
 * it should. Lines are compared with their line endings, so a CRLF turned into LF shows up.
 */
export interface LineChange {
  /** 1-based line numbers in the old text of removed lines. */
  readonly removed: number[]
  /** 1-based line numbers in the new text of added lines. */
  readonly added: number[]
}

export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

export function diffLines(before: string, after: string): LineChange {
  const a = splitLines(before)
  const b = splitLines(after)
  // Common prefix and suffix first: edits are small, so the table stays tiny.
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++
  }
  const x = a.slice(head, a.length - tail)
  const y = b.slice(head, b.length - tail)
  const table: number[][] = Array.from({ length: x.length + 1 }, () =>
    new Array<number>(y.length + 1).fill(0),
  )
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      table[i]![j] =
        x[i] === y[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!)
    }
  }
  const removed: number[] = []
  const added: number[] = []
  let i = 0
  let j = 0
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      i++
      j++
    } else if (j < y.length && (i === x.length || table[i]![j + 1]! >= table[i + 1]![j]!)) {
      added.push(head + j + 1)
      j++
    } else {
      removed.push(head + i + 1)
      i++
    }
  }
  return { removed, added }
}

/** A unified-style rendering of the changed lines, for readable test expectations. */
export function describeDiff(before: string, after: string): string {
  const a = splitLines(before)
  const b = splitLines(after)
  const { removed, added } = diffLines(before, after)
  const show = (line: string) => line.replace(/\r\n$/, '⏎').replace(/\n$/, '')
  return [
    ...removed.map((n) => `-${n}: ${show(a[n - 1]!)}`),
    ...added.map((n) => `+${n}: ${show(b[n - 1]!)}`),
  ].join('\n')
}
